// Builds dist/styles.css: the tokens' default custom properties, then every component's CSS inside
// `@layer chorus`, so a consumer's own (unlayered) rules always win without !important.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const src = new URL("../src/", import.meta.url);
const tokensCss = await readFile(require.resolve("@chorus/tokens/tokens.css"), "utf8");

const parts = [await readFile(new URL("base.css", src), "utf8")];
const folders = (await readdir(src, { withFileTypes: true })).filter((entry) => entry.isDirectory());
for (const folder of folders.map((entry) => entry.name).sort()) {
  const files = (await readdir(new URL(`${folder}/`, src))).filter((file) => file.endsWith(".css")).sort();
  for (const file of files)
    parts.push(`/* ${folder}/${file} */\n${await readFile(new URL(`${folder}/${file}`, src), "utf8")}`);
}
const indent = (text) => text.replace(/^(?=.)/gm, "  ");
const css = `/* @chorus/ui styles (generated; do not edit). Import once: import "@chorus/ui/styles.css"; */\n${tokensCss}\n@layer chorus {\n${indent(parts.join("\n"))}}\n`;
await writeFile(new URL("../dist/styles.css", import.meta.url), css);
console.log(`dist/styles.css written (${parts.length} files, ${css.length} bytes)`);
