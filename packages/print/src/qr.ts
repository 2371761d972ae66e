import { encode } from "uqr";

/** Medium error correction (15 %): survives a smudge or a fold; the usual choice for print. */
export const QR_ECC = "M" as const;
/** The quiet zone the QR specification asks for around the symbol, in modules. */
export const QR_QUIET_ZONE = 4;

export interface QrPath {
  /** SVG path data of the dark modules, one unit per module. */
  d: string;
  version: number;
  /** Modules across the symbol, without its quiet zone. */
  modules: number;
}

/**
 * The QR code for `text` as SVG path data. Each run of dark modules on a row is one subpath, which
 * keeps the markup small and prints as crisp vector shapes at any size.
 */
export function qrPath(text: string): QrPath {
  const qr = encode(text, { ecc: QR_ECC, border: 0 });
  let d = "";
  qr.data.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run++;
      d += `M${x} ${y}h${run}v1h-${run}z`;
      x += run;
    }
  });
  return { d, version: qr.version, modules: qr.size };
}
