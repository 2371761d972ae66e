// Where the screenshot comparison keeps its images, and accepting a change: one place for the Vitest config
// (which writes them), the accept command (which moves them) and the test that proves both work.
//
//   screenshots/reference/<story-id>.png          committed: how each story is meant to look
//   screenshots/changes/<story-id>-actual.png      not committed: how it looks now, when it differs
//   screenshots/changes/<story-id>-diff.png        not committed: the differing pixels in red
//   screenshots/changes/<story-id>-reference.png   not committed: a story with no reference yet, on CI
//
// Names starting with "proof/" belong to the comparison's own test (test/screenshots.browser.test.tsx): their
// references live under screenshots/changes/proof/ so that test never touches the committed images.
import { copyFile, mkdir, readdir, rm } from "node:fs/promises";
import path from "node:path";

export const REFERENCE_DIR = "screenshots/reference";
export const CHANGES_DIR = "screenshots/changes";
export const PROOF_PREFIX = "proof/";
const PROOF_DIR = `${CHANGES_DIR}/proof`;

/** The reference image of `name` (a story id, or proof/…). */
export function referencePath(root, name) {
  return name.startsWith(PROOF_PREFIX)
    ? path.join(root, PROOF_DIR, "reference", `${name.slice(PROOF_PREFIX.length)}.png`)
    : path.join(root, REFERENCE_DIR, `${name}.png`);
}

/** Where a differing screenshot of `name` goes; `kind` is "actual", "diff" or "reference". */
export function changePath(root, name, kind) {
  return name.startsWith(PROOF_PREFIX)
    ? path.join(root, PROOF_DIR, "changes", `${name.slice(PROOF_PREFIX.length)}-${kind}.png`)
    : path.join(root, CHANGES_DIR, `${name}-${kind}.png`);
}

/**
 * Vitest hands the path resolvers a name with "-actual", "-diff" or "-reference" appended (for the changes);
 * this splits it back.
 */
export function splitChangeArg(arg) {
  const match = /^(.*)-(actual|diff|reference)$/.exec(arg);
  return match ? { name: match[1], kind: match[2] } : { name: arg, kind: "actual" };
}

/** The changed stories waiting in the changes folder: their new image and whether it is a new story. */
export async function pendingChanges(root, { proof = false } = {}) {
  const dir = proof ? path.join(root, PROOF_DIR, "changes") : path.join(root, CHANGES_DIR);
  const files = await readdir(dir).catch(() => []);
  const changes = [];
  for (const file of files) {
    const match = /^(.*)-(actual|reference)\.png$/.exec(file);
    if (!match) continue;
    const name = proof ? `${PROOF_PREFIX}${match[1]}` : match[1];
    changes.push({ name, image: path.join(dir, file), isNew: match[2] === "reference" });
  }
  return changes.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Empty the changes folder. A test run starts with it, so what it holds is always the last run's differences
 * (an old image of a story fixed since can never be accepted by mistake).
 */
export async function clearChanges(root) {
  await rm(path.join(root, CHANGES_DIR), { recursive: true, force: true });
}

/**
 * Accept the pending changes: each new image becomes the story's reference, and its files leave the changes
 * folder. `only` limits it to some story ids. Returns what was accepted.
 */
export async function acceptChanges(root, { only, proof = false } = {}) {
  const accepted = [];
  for (const change of await pendingChanges(root, { proof })) {
    if (only && only.length > 0 && !only.includes(change.name)) continue;
    const target = referencePath(root, change.name);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(change.image, target);
    for (const kind of ["actual", "diff", "reference"]) {
      await rm(changePath(root, change.name, kind), { force: true });
    }
    accepted.push({ ...change, reference: target });
  }
  return accepted;
}
