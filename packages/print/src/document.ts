import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Locale } from "@chorus/content";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { fontFaceCss } from "./fonts.js";
import { PAGE_SIZES, type PageSize } from "./page-sizes.js";
import { BASE_CSS } from "./styles.js";

const require = createRequire(import.meta.url);
let uiCss: string | undefined;

/** @chorus/ui's compiled stylesheet: tokens' defaults, then every component inside `@layer chorus`. */
function uiStyles(): string {
  uiCss ??= readFileSync(require.resolve("@chorus/ui/styles.css"), "utf8");
  return uiCss;
}

/**
 * What a layout tells the printer about itself, in `<meta name="chorus-print">`: the size it was laid
 * out for, how many pages it may take, and which blocks to name when it does not fit.
 */
export interface PrintMeta {
  kind: string;
  label: string;
  size: PageSize;
  maxPages: number;
  /** A fixed-size page box whose overflow is measured before printing (one-page layouts). */
  sheet?: string;
  /** [CSS selector, name in messages] of the blocks a writer can shorten. */
  fields: [string, string][];
  /** Type scales (--fit) to try in turn when the content does not fit, largest first. */
  fit?: number[];
}

export const META_NAME = "chorus-print";

/**
 * Type scales a layout may be printed at: as designed, then a little smaller, so a Spanish version (often
 * a fifth longer) still fits the page; beyond 86 % the writer is asked to shorten instead.
 */
export const FIT_STEPS = [1, 0.93, 0.86];

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface PrintDocument {
  meta: PrintMeta;
  locale: Locale;
  title: string;
  /** Page margins for `@page` (one-page layouts draw their own margins inside a full-page sheet). */
  margin: string;
  css: string;
  body: ReactElement;
}

/** A complete, self-contained HTML document: nothing in it is fetched (fonts and logos are data: URLs). */
export function printDocument({ meta, locale, title, margin, css, body }: PrintDocument): string {
  const page = PAGE_SIZES[meta.size];
  const pageCss = `@page{size:${page.width} ${page.height};margin:${margin}}\n:root{--page-w:${page.width};--page-h:${page.height}}`;
  return [
    "<!doctype html>",
    `<html lang="${locale}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="${META_NAME}" content="${escapeHtml(JSON.stringify(meta))}">`,
    `<style>${fontFaceCss()}</style>`,
    `<style>${uiStyles()}</style>`,
    `<style>${pageCss}\n${BASE_CSS}\n${css}</style>`,
    "</head>",
    `<body>${renderToStaticMarkup(body)}</body>`,
    "</html>",
  ].join("\n");
}

/** What a web document (a banner) tells `PdfPrinter.snapshot`: its pixel size and the box that must not overflow. */
export interface WebMeta {
  kind: string;
  label: string;
  width: number;
  height: number;
  box: string;
  fields: [string, string][];
}

export const WEB_META_NAME = "chorus-web";

/**
 * A self-contained HTML page of one fixed-size piece (a web banner), as a browser shows it: the shipped
 * font and @chorus/ui's styles inlined, nothing fetched, no margins.
 */
export function webDocument(
  document: WebMeta & { locale: Locale; title: string; body: ReactElement },
): string {
  const { locale, title, body, ...meta } = document;
  return [
    "<!doctype html>",
    `<html lang="${locale}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta name="viewport" content="width=${meta.width}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="${WEB_META_NAME}" content="${escapeHtml(JSON.stringify(meta))}">`,
    `<style>${fontFaceCss()}</style>`,
    `<style>${uiStyles()}</style>`,
    `<style>html,body{margin:0;padding:0;background:transparent}body{width:${meta.width}px;height:${meta.height}px;overflow:hidden}</style>`,
    "</head>",
    `<body>${renderToStaticMarkup(body)}</body>`,
    "</html>",
  ].join("\n");
}

/** A logo as a data: URL: printed from the bytes, never fetched. */
export function dataUrl(data: Uint8Array, type: string): string {
  return `data:${type};base64,${Buffer.from(data).toString("base64")}`;
}
