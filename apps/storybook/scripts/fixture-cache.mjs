// What the graphics and print fixture scripts share: loading campaigns/ the way the kit does, a fingerprint of
// the code that draws (so a cached image is redrawn when that code changes), and writing files whole.
import { createHash } from "node:crypto";
import { readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadContent } from "@chorus/content/node";

const here = path.dirname(fileURLToPath(import.meta.url));
export const appRoot = path.resolve(here, "..");
export const repoRoot = path.resolve(here, "../../..");
export const generatedDir = path.join(appRoot, ".generated");

export function sha256(...parts) {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(typeof part === "string" ? part : JSON.stringify(part));
  return hash.digest("hex");
}

/** campaigns/ loaded and validated; exits with the errors when it does not validate (as the other fixtures). */
export async function loadCampaigns() {
  const { content, diagnostics } = await loadContent(path.join(repoRoot, "campaigns"));
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  if (errors.length > 0) {
    console.error(`campaigns/ has ${errors.length} error(s); fix them before building Storybook:`);
    for (const error of errors.slice(0, 20)) console.error(`  ${error.file ?? ""} ${error.message}`);
    process.exit(1);
  }
  // The collaborative first, as in the toolbar.
  const partners = content.partners
    .map((entry) => entry.partner)
    .filter(Boolean)
    .sort((a, b) => Number(b.kind === "collaborative") - Number(a.kind === "collaborative"));
  const campaigns = content.campaigns.map((entry) => entry.campaign).filter(Boolean);
  return { content, partners, campaigns };
}

/**
 * A hash of the built code of `packages` (their dist/ folders) and of the lockfile (fonts, resvg, Chromium's
 * driver): a cached result made by other code is never reused.
 */
export async function codeFingerprint(packages) {
  const parts = [await readFile(path.join(repoRoot, "pnpm-lock.yaml"), "utf8")];
  for (const name of packages) {
    const dist = path.dirname(fileURLToPath(import.meta.resolve(name)));
    const files = (await readdir(dist, { recursive: true, withFileTypes: true }))
      .filter((file) => file.isFile() && !file.name.endsWith(".map"))
      .map((file) => path.relative(dist, path.join(file.parentPath, file.name)))
      .sort();
    for (const file of files) parts.push(file, await readFile(path.join(dist, file)));
  }
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest("hex");
}

/** Write a file whole (through a temporary file and a rename), so a reader never sees half of it. */
export async function writeWhole(file, data) {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, file);
}

export async function readJson(file, fallback) {
  try {
    return JSON.parse(await readFile(file, "utf8"));
  } catch {
    return fallback;
  }
}
