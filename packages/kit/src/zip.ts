import { zipSync } from "fflate";
import type { Kit } from "./build.js";

/**
 * A kit as the zip a partner downloads: its files in one top folder named after the kit, dated when the kit
 * was built, so the same kit always zips to the same bytes. Unzipped, the folder holds exactly what `writeKit`
 * writes.
 */
export function zipKit(kit: Kit): Uint8Array {
  const entries = Object.fromEntries([...kit.files].map(([file, bytes]) => [`${kit.name}/${file}`, bytes]));
  return zipSync(entries, { level: 6, mtime: new Date(kit.manifest.generatedAt) });
}
