import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse, stringify } from "yaml";

/**
 * A large draft campaign, as YAML text: `count` emails copied from a real campaign's emails (each with its own
 * id), with the id `id`. 300 emails make about 500 KB, half the 1 MiB a content file may hold: what a
 * benchmark or a test needs to see a large, hand-edited file.
 */
export async function manyEmailCampaign(
  campaignsDir: string,
  id: string,
  count = 300,
  from = "what-leaders-can-do-this-quarter",
): Promise<string> {
  const seed = parse(await readFile(path.join(campaignsDir, from, "campaign.yaml"), "utf8"));
  const emails = seed.materials.filter((material: { kind: string }) => material.kind === "email");
  seed.id = id;
  seed.status = "draft";
  delete seed.approval;
  seed.materials = Array.from({ length: count }, (_, n) => ({
    ...emails[n % emails.length],
    id: `${emails[n % emails.length].id}-${n + 1}`,
  }));
  return stringify(seed, { aliasDuplicateObjects: false });
}
