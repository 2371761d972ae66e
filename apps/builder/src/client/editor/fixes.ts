// Structural one-click fixes: changes to a material's blocks that a finding offers (the text fixes replace
// wording in a field and live with the fields).

/** A block as the editor holds it: the draft may be incomplete while it is being typed. */
type DraftBlock = { type?: unknown; resources?: unknown } & Record<string, unknown>;

/**
 * The blocks with `resourceId` listed: added to the first Resources block, or in a new Resources block
 * placed before the first call to action (where readers look for help), else at the end. Unchanged when it is
 * already listed.
 */
export function withResourceListed(blocks: readonly DraftBlock[], resourceId: string): DraftBlock[] {
  const listing = blocks.findIndex((block) => block?.type === "resource-list");
  if (listing !== -1) {
    const block = blocks[listing]!;
    const resources = Array.isArray(block.resources) ? (block.resources as unknown[]) : [];
    if (resources.includes(resourceId)) return [...blocks];
    return blocks.map((b, i) => (i === listing ? { ...b, resources: [...resources, resourceId] } : b));
  }
  const added: DraftBlock = { type: "resource-list", resources: [resourceId] };
  const action = blocks.findIndex((block) => block?.type === "call-to-action");
  const at = action === -1 ? blocks.length : action;
  return [...blocks.slice(0, at), added, ...blocks.slice(at)];
}
