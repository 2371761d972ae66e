const LABELS: Record<string, string> = {
  draft: "Draft",
  "in-review": "In review",
  approved: "Approved",
  archived: "Archived",
  invalid: "Cannot open",
};

export function statusLabel(status: string): string {
  return LABELS[status] ?? status;
}

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className="status" data-status={status}>
      {statusLabel(status)}
    </span>
  );
}
