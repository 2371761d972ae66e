/**
 * A streaming RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF, LF or CR line ends, a
 * UTF-8 byte-order mark. It holds one record at a time, so memory does not grow with the file.
 */
export interface CsvRecord {
  cells: string[];
  /** Set when the file ended inside a quoted field. */
  unterminated?: boolean;
}

export async function* readCsvRecords(chunks: AsyncIterable<string | Buffer>): AsyncGenerator<CsvRecord> {
  let cells: string[] = [];
  let cell = "";
  let inQuotes = false;
  /** The previous character closed a quoted section: `"a""b"` or `"a",`. */
  let afterQuote = false;
  let pendingCR = false;
  let first = true;
  let recordHasContent = false;

  for await (const raw of chunks) {
    let chunk = typeof raw === "string" ? raw : raw.toString("utf8");
    if (first) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      first = false;
    }
    const out: CsvRecord[] = [];
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk.charCodeAt(i);
      if (pendingCR) {
        pendingCR = false;
        if (ch === 10) {
          start = i + 1;
          continue;
        }
      }
      if (inQuotes) {
        if (ch === 34) {
          cell += chunk.slice(start, i);
          inQuotes = false;
          afterQuote = true;
          start = i + 1;
        }
        continue;
      }
      if (ch === 34) {
        // `""` inside a quoted field is a literal quote; a quote opening a field starts quoting.
        cell += chunk.slice(start, i);
        if (afterQuote) cell += '"';
        inQuotes = true;
        afterQuote = false;
        recordHasContent = true;
        start = i + 1;
      } else if (ch === 44) {
        cell += chunk.slice(start, i);
        cells.push(cell);
        cell = "";
        afterQuote = false;
        recordHasContent = true;
        start = i + 1;
      } else if (ch === 10 || ch === 13) {
        cell += chunk.slice(start, i);
        cells.push(cell);
        out.push({ cells });
        cells = [];
        cell = "";
        afterQuote = false;
        recordHasContent = false;
        if (ch === 13) pendingCR = true;
        start = i + 1;
      } else {
        afterQuote = false;
        recordHasContent = true;
      }
    }
    cell += chunk.slice(start);
    for (const record of out) yield record;
  }
  if (inQuotes) {
    cells.push(cell);
    yield { cells, unterminated: true };
  } else if (recordHasContent || cell !== "" || cells.length > 0) {
    cells.push(cell);
    yield { cells };
  }
}
