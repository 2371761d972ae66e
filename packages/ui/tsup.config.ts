import { defineConfig } from "tsup";

const components = [
  "call-to-action",
  "chorus-theme",
  "definition",
  "fact-sheet",
  "footer",
  "hero",
  "key-message",
  "partner-lockup",
  "quote",
  "resource-list",
  "safe-messaging-notice",
  "stat-callout",
  "web-banner",
];

export default defineConfig({
  // One entry per public subpath (`@chorus/ui/key-message`), plus the root.
  entry: Object.fromEntries([
    ["index", "src/index.ts"],
    ...components.map((name) => [`${name}/index`, `src/${name}/index.ts`]),
  ]),
  format: ["esm"],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  target: "es2022",
  platform: "neutral",
  // React and our own packages stay imports in the output: the consumer's copy is the one that runs.
  external: ["react", "react-dom", "react/jsx-runtime", "@chorus/content", "@chorus/tokens"],
});
