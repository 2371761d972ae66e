// Serve the built Storybook for review: `pnpm --filter storybook serve` (after `pnpm --filter storybook build`).
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "./static-server.mjs";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../storybook-static");
if (!existsSync(path.join(dir, "index.html"))) {
  console.error("No storybook-static/ yet: run `pnpm --filter storybook build` first.");
  process.exit(1);
}
const { url } = await serveStatic(dir, Number(process.env.PORT ?? 6006));
console.log(`Storybook: ${url} (Ctrl+C to stop)`);
