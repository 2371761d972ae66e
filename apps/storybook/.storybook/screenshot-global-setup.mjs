// Before the stories run: the changes folder keeps only this run's differences (scripts/screenshot-files.mjs).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { clearChanges } from "../scripts/screenshot-files.mjs";

export default async function setup() {
  await clearChanges(path.resolve(path.dirname(fileURLToPath(import.meta.url)), ".."));
}
