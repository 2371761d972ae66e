// `pnpm --filter storybook screenshots:accept [story-id …]`: after `pnpm --filter storybook test` reported a
// story that looks different, and you have looked at the new image and agree with it, make it the story's
// reference. Accepts every pending change, or only the story ids given. Then commit screenshots/reference/.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { acceptChanges, CHANGES_DIR, pendingChanges, REFERENCE_DIR } from "./screenshot-files.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// Story ids ("graphics-social-cards--x") or reference names ("graphics-social-cards__x") both work.
const only = process.argv
  .slice(2)
  .filter((arg) => !arg.startsWith("-"))
  .map((arg) => arg.replace(/\.png$/, "").replace(/--/g, "__"));

const pending = await pendingChanges(root);
if (pending.length === 0) {
  console.log(
    `No changed screenshots in ${CHANGES_DIR}/: run \`pnpm --filter storybook test\` first; a story that looks different leaves its new image there.`,
  );
  process.exit(0);
}
const unknown = only.filter((id) => !pending.some((change) => change.name === id));
if (unknown.length > 0) {
  console.error(
    `No pending change for ${unknown.join(", ")}. Pending: ${pending.map((c) => c.name).join(", ")}`,
  );
  process.exit(1);
}
const accepted = await acceptChanges(root, { only });
for (const change of accepted) {
  console.log(
    `accepted ${change.isNew ? "new story " : ""}${change.name} → ${path.relative(root, change.reference)}`,
  );
}
console.log(
  `${accepted.length} reference image(s) updated in ${REFERENCE_DIR}/. Commit them with the change that caused them.`,
);
