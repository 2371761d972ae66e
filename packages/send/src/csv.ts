/**
 * A streaming RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF, LF or CR line ends, a
 * UTF-8 byte-order mark. It holds one record at a time, so memory does not grow with the file.
 * Bytes are decoded as UTF-8 across chunk boundaries (see `decodeUtf8`).
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

  for await (let chunk of decodeUtf8(chunks)) {
    // A read that holds only the first bytes of the BOM decodes to nothing: wait for the text.
    if (chunk === "") continue;
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

/**
 * One decoder for the whole file, not one per chunk: a file stream reads 64 KiB at a time, so
 * a character's bytes are often split between two reads, and decoding each read on its own turns
 * both halves into U+FFFD ("José" arrives as "Jos��"). The decoder keeps the incomplete bytes
 * until the next read completes them. Bytes that are not UTF-8 become U+FFFD rather than an error,
 * so one bad cell does not stop the import. The BOM is kept for the reader to remove, so bytes and
 * text chunks are treated alike.
 */
async function* decodeUtf8(chunks: AsyncIterable<string | Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  for await (const chunk of chunks) {
    if (typeof chunk === "string") {
      // Text needs no decoding; bytes left over from an earlier chunk can never be completed.
      yield decoder.decode();
      yield chunk;
    } else yield decoder.decode(chunk, { stream: true });
  }
  // Bytes cut off at the end of the input (a truncated file) become U+FFFD.
  yield decoder.decode();
}
