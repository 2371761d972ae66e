// Content, brands and themes the tests render: the collaborative's default theme, the sample partner's
// theme derived from its brand kit, and its logo from campaigns/_partners/.
import { readFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { defaultTheme, type Theme, themeFromBrandKit } from "@chorus/tokens";
import type { Brand, CardContent, CardInput } from "../src/index.js";

const partners = path.resolve(import.meta.dirname, "../../../campaigns/_partners");

export const exampleHealthTheme: Theme = themeFromBrandKit({
  id: "example-health",
  name: "Example Health System (sample partner)",
  colors: {
    primary: "#6A1B9A",
    secondary: "#00695C",
    accent: "#FFB300",
    text: "#212121",
    background: "#FAFAFA",
  },
}).theme;

export const collaborativeTheme: Theme = defaultTheme;

export const exampleHealthLogo: NonNullable<Brand["logo"]> = {
  data: new Uint8Array(readFileSync(path.join(partners, "logos/example-health.svg"))),
  type: "image/svg+xml",
};

export const exampleHealth: Brand = { name: "Example Health", logo: exampleHealthLogo };
export const exampleHealthNoLogo: Brand = { name: "Example Health" };
export const collaborative: Brand = { name: "Clinician Well-Being Collaborative" };

export const CONTENT: Record<"en" | "es", Record<CardContent["kind"], CardContent>> = {
  en: {
    fact: {
      kind: "fact",
      figure: "63%",
      statement: "of physicians reported at least one symptom of burnout in 2021.",
      source: "Mayo Clinic Proceedings, 2022",
    },
    "key-message": {
      kind: "key-message",
      text: "Burnout is a system problem, not a personal failing.",
    },
    "call-to-action": {
      kind: "call-to-action",
      text: "You care for everyone else. Let us care for you.",
      action: "Find support",
      url: "https://example-health.org/wellbeing",
    },
    "crisis-resource": {
      kind: "crisis-resource",
      name: "988 Suicide & Crisis Lifeline",
      contact: "Call or text 988",
      description: "Free, confidential support for anyone in distress, 24 hours a day.",
      url: "https://988lifeline.org",
    },
  },
  es: {
    fact: {
      kind: "fact",
      figure: "1 de cada 5",
      statement: "profesionales de la salud piensa dejar su trabajo en los próximos dos años.",
      source: "Mayo Clinic Proceedings, 2022",
    },
    "key-message": {
      kind: "key-message",
      text: "El agotamiento es un problema del sistema, no un fallo personal.",
    },
    "call-to-action": {
      kind: "call-to-action",
      text: "¿Necesitas ayuda? Llama o envía un mensaje al 988 — línea gratuita, confidencial.",
      action: "Busca apoyo",
      url: "https://example-health.org/bienestar",
    },
    "crisis-resource": {
      kind: "crisis-resource",
      name: "988 Línea de Prevención del Suicidio y Crisis",
      contact: "Llama o envía un mensaje al 988",
      description: "Apoyo gratuito y confidencial para cualquier persona en crisis, las 24 horas.",
      url: "https://988lifeline.org/es",
    },
  },
};

export function input(overrides: Partial<CardInput> & Pick<CardInput, "content">): CardInput {
  return {
    locale: "en",
    theme: exampleHealthTheme,
    brand: exampleHealth,
    collaborative,
    ...overrides,
  };
}

/** A tiny PNG made here: `width` × `height`, a purple square on white with a white cross. */
export function tinyPng(width = 48, height = 24): Uint8Array {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const inSquare = x < height;
      const cross = inSquare && (Math.abs(x - height / 2) < 3 || Math.abs(y - height / 2) < 3);
      const [r, g, b] = inSquare && !cross ? [0x6a, 0x1b, 0x9a] : [0xff, 0xff, 0xff];
      row.set([r, g, b], 1 + x * 3);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", header),
      chunk("IDAT", deflateSync(Buffer.concat(rows))),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
