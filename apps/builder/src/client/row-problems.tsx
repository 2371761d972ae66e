/** One problem in a recipients list: its row, the column (when one is to blame) and what is wrong. */
export interface RowProblem {
  row: number;
  column?: string | undefined;
  message: string;
}

/** The rows of a recipients list that have problems, as a table: the first `limit` of them. */
export function RowProblems({
  problems,
  caption,
  captionHidden = false,
  limit,
}: {
  problems: readonly RowProblem[];
  caption: string;
  /** Hidden where a heading or summary just above already says what the table is. */
  captionHidden?: boolean;
  limit: number;
}) {
  return (
    <table className="problems">
      <caption className={captionHidden ? "visually-hidden" : undefined}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Row</th>
          <th scope="col">Column</th>
          <th scope="col">Problem</th>
        </tr>
      </thead>
      <tbody>
        {problems.slice(0, limit).map((p, i) => (
          <tr key={`${p.row}-${i}`}>
            <td>{p.row}</td>
            <td>{p.column ?? "—"}</td>
            <td>{p.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
