// What a reader sees in a PDF, through poppler-utils (pdfinfo, pdffonts, pdftotext, pdftoppm) and the
// PDF's own bytes (Chromium's Skia writes the catalog and structure tree uncompressed).
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";

const run = promisify(execFile);

export async function pdfinfo(file: string): Promise<Record<string, string>> {
  const { stdout } = await run("pdfinfo", [file]);
  return Object.fromEntries(
    stdout
      .split("\n")
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1]!.trim(), match[2]!.trim()]),
  );
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

export async function pdffonts(file: string): Promise<PdfFont[]> {
  const { stdout } = await run("pdffonts", [file]);
  return stdout
    .split("\n")
    .slice(2)
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const match = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
      if (!match) throw new Error(`pdffonts line not understood: ${line}`);
      return { name: match[1]!, type: match[2]!, embedded: match[4] === "yes" };
    });
}

/**
 * The PDF's text. `raw` keeps the content-stream order and every character: by default pdftotext joins a
 * word hyphenated at a line end and drops its hyphen, which would hide a hyphen in a wrapped address.
 */
export async function pdftotext(file: string, options: { raw?: boolean } = {}): Promise<string> {
  const { stdout } = await run("pdftotext", [...(options.raw ? ["-raw"] : []), "-enc", "UTF-8", file, "-"]);
  return stdout;
}

/** Words and spaces as a reader copies them: runs of white space (line ends included) become one space. */
export function words(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The characters without any white space: for text that may wrap anywhere (addresses, citations). */
export function compact(text: string): string {
  return text.replace(/\s+/g, "");
}

/** A page as 8-bit grey pixels (pdftoppm's PGM), at `dpi`. */
export async function rasterize(
  file: string,
  page: number,
  dpi: number,
): Promise<{ width: number; height: number; grey: Uint8Array }> {
  const prefix = `${file}.p${page}`;
  await run("pdftoppm", [
    "-gray",
    "-r",
    String(dpi),
    "-f",
    String(page),
    "-l",
    String(page),
    "-singlefile",
    file,
    prefix,
  ]);
  const data = await readFile(`${prefix}.pgm`);
  // Header: "P5", width, height, maximum value, each followed by white space, then one byte a pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString("latin1"));
  if (!header) throw new Error("pdftoppm did not write a binary PGM");
  const [all, width, height] = header;
  return { width: Number(width), height: Number(height), grey: data.subarray(all.length) };
}

/** A PDF string object's text: (literal) or <hex>, UTF-16BE with a byte-order mark or PDFDocEncoding. */
function decodePdfString(raw: string): string {
  if (raw.startsWith("<")) {
    const hex = raw.slice(1, -1).replace(/\s+/g, "");
    const bytes = Buffer.from(hex, "hex");
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      const swapped = Buffer.from(bytes.subarray(2));
      swapped.swap16();
      return swapped.toString("utf16le");
    }
    return bytes.toString("latin1");
  }
  return raw
    .slice(1, -1)
    .replace(/\\([nrtbf()\\])/g, (_, c: string) => ({ n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" })[c] ?? c);
}

/** Every value of `/Key` that is a string in the PDF (e.g. "Alt", "Title", "Lang"), decoded. */
export function pdfStrings(pdf: Uint8Array, key: string): string[] {
  const text = Buffer.from(pdf).toString("latin1");
  const pattern = new RegExp(`/${key}\\s*(\\((?:\\\\.|[^\\\\)])*\\)|<[0-9A-Fa-f\\s]*>)`, "g");
  return [...text.matchAll(pattern)].map((match) => decodePdfString(match[1]!));
}

/** The catalog's /Lang: the document language a screen reader uses. */
export function catalogLang(pdf: Uint8Array): string | undefined {
  const text = Buffer.from(pdf).toString("latin1");
  const catalog = /<<\s*\/Type\s*\/Catalog\b([\s\S]*?)>>\s*endobj/.exec(text)?.[1] ?? "";
  const lang = /\/Lang\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/.exec(catalog)?.[1];
  return lang ? decodePdfString(lang) : undefined;
}
