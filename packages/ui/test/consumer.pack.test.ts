// Proves a partner can use the published packages in a plain Vite + React app: packs @chorus/content,
// @chorus/tokens and @chorus/ui exactly as `pnpm publish` would, installs the tarballs into a throwaway app
// outside the workspace (offline, from the warm pnpm store), type-checks it, builds it with Vite and
// server-renders a component from the installed package.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const packagesDir = path.resolve(here, "../..");
const PACKAGES = ["content", "tokens", "ui"] as const;
// Exact versions already in the workspace lockfile, so the offline install finds them in the store.
const APP_DEPS = { react: "19.3.1", "react-dom": "19.3.1" };
const APP_DEV_DEPS = {
  vite: "8.3.8",
  "@vitejs/plugin-react": "6.3.0",
  typescript: "5.9.3",
  "@types/react": "19.3.0",
  "@types/react-dom": "19.3.0",
};

let work: string;
let app: string;
const tarballs: Record<string, string> = {};

async function sh(cmd: string, args: string[], cwd: string) {
  const env = { ...process.env, CI: "true", npm_config_confirm_modules_purge: "false" };
  return run(cmd, args, { cwd, env, maxBuffer: 32 * 1024 * 1024 });
}

beforeAll(async () => {
  for (const name of PACKAGES) {
    if (!existsSync(path.join(packagesDir, name, "dist")))
      await sh("pnpm", ["run", "build"], path.join(packagesDir, name));
  }
  work = await mkdtemp(path.join(tmpdir(), "chorus-consumer-"));
  const packs = path.join(work, "tarballs");
  await mkdir(packs);
  for (const name of PACKAGES) {
    const before = new Set(await readdir(packs));
    await sh("pnpm", ["pack", "--pack-destination", packs], path.join(packagesDir, name));
    const created = (await readdir(packs)).find((file) => !before.has(file) && file.endsWith(".tgz"));
    if (!created) throw new Error(`pnpm pack made no tarball for @chorus/${name}`);
    tarballs[name] = path.join(packs, created);
  }

  app = path.join(work, "partner-app");
  await mkdir(path.join(app, "src"), { recursive: true });
  const file = (name: string) => `file:${tarballs[name]}`;
  await writeFile(
    path.join(app, "package.json"),
    JSON.stringify(
      {
        name: "partner-app",
        private: true,
        type: "module",
        dependencies: {
          "@chorus/ui": file("ui"),
          "@chorus/tokens": file("tokens"),
          "@chorus/content": file("content"),
          ...APP_DEPS,
        },
        devDependencies: APP_DEV_DEPS,
        // The packed ui/tokens depend on @chorus/content@0.1.0: point that at our tarball, never the registry.
        pnpm: { overrides: { "@chorus/content": file("content"), "@chorus/tokens": file("tokens") } },
      },
      null,
      2,
    ),
  );
  await writeFile(
    path.join(app, "index.html"),
    `<!doctype html><html lang="en"><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>`,
  );
  await writeFile(
    path.join(app, "vite.config.js"),
    `import react from "@vitejs/plugin-react";\nexport default { plugins: [react()], logLevel: "warn" };\n`,
  );
  await writeFile(
    path.join(app, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "ESNext",
        moduleResolution: "Bundler",
        jsx: "react-jsx",
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        lib: ["ES2022", "DOM"],
        types: [],
      },
      include: ["src"],
    }),
  );
  await writeFile(path.join(app, "src", "content.ts"), CONTENT);
  await writeFile(path.join(app, "src", "page.tsx"), PAGE);
  await writeFile(path.join(app, "src", "main.tsx"), MAIN);
  await writeFile(path.join(app, "src", "css.d.ts"), `declare module "*.css";\n`);
  await writeFile(path.join(app, "ssr.mjs"), SSR);

  try {
    await sh("pnpm", ["install", "--offline", "--ignore-workspace", "--no-frozen-lockfile"], app);
  } catch (error) {
    // A cold metadata cache cannot resolve offline; the registry is the fallback, never a requirement.
    console.warn(
      `offline install failed, retrying with --prefer-offline: ${(error as Error).message.split("\n")[0]}`,
    );
    await sh("pnpm", ["install", "--prefer-offline", "--ignore-workspace", "--no-frozen-lockfile"], app);
  }
}, 240_000);

afterAll(async () => {
  if (work && !process.env.KEEP_CONSUMER_APP) await rm(work, { recursive: true, force: true });
});

const CONTENT = `import type { Fact, KeyMessage } from "@chorus/content";

export const message: KeyMessage = {
  id: "burnout-is-a-system-problem",
  title: { en: "Burnout is a system problem", es: "El agotamiento es un problema del sistema" },
  text: { en: "Burnout comes from how work is set up, not from a flaw in the people doing it." },
};

export const fact: Fact = {
  id: "physician-burnout-2021",
  value: "62.8%",
  statement: { en: "In late 2021, 62.8% of US physicians had at least one symptom of burnout." },
  citation: { title: "Changes in Burnout and Satisfaction", publisher: "Mayo Clinic Proceedings", year: 2022, url: "https://doi.org/10.1016/j.mayocp.2022.09.002" },
  reviewBy: "2027-06-30",
};
`;

const PAGE = `import { themeFromBrandKit } from "@chorus/tokens";
import { ChorusTheme, KeyMessage } from "@chorus/ui";
import { StatCallout } from "@chorus/ui/stat-callout";
import { fact, message } from "./content";

const { theme } = themeFromBrandKit({ id: "riverbend", name: "Riverbend Health", colors: { primary: "#1B4F72" } });

export function Page() {
  return (
    <ChorusTheme theme={theme}>
      <KeyMessage message={message} />
      <StatCallout fact={fact} />
    </ChorusTheme>
  );
}
`;

const MAIN = `import "@chorus/ui/styles.css";
import { createRoot } from "react-dom/client";
import { Page } from "./page";

createRoot(document.getElementById("root")!).render(<Page />);
`;

const SSR = `import { createElement as h } from "react";
import { renderToString } from "react-dom/server";
import { ChorusTheme, KeyMessage } from "@chorus/ui";
import { KeyMessage as KeyMessageFromSubpath } from "@chorus/ui/key-message";

const message = { id: "m", title: { en: "Burnout is a system problem" }, text: { en: "Fix the work, not the worker." } };
if (KeyMessage !== KeyMessageFromSubpath) throw new Error("root and subpath export different components");
process.stdout.write(renderToString(h(ChorusTheme, null, h(KeyMessage, { message }))));
`;

describe("@chorus/ui in a partner's plain Vite app", () => {
  it("ships only dist/ and package.json in the ui tarball", async () => {
    const { stdout } = await sh("tar", ["-tzf", tarballs.ui!], work);
    const files = stdout.trim().split("\n");
    expect(files).toContain("package/dist/styles.css");
    expect(files).toContain("package/dist/key-message/index.d.ts");
    expect(files.filter((f) => !/^package\/(dist\/|package\.json$|README\.md$|LICENSE)/.test(f))).toEqual([]);
    expect(files.some((f) => /stories|\.test\./.test(f))).toBe(false);
  });

  it("rewrites workspace: dependencies to versions in the packed package.json", async () => {
    const { stdout } = await sh("tar", ["-xzOf", tarballs.ui!, "package/package.json"], work);
    const manifest = JSON.parse(stdout);
    expect(manifest.dependencies["@chorus/content"]).toMatch(/^\d/);
    expect(manifest.peerDependencies.react).toBeDefined();
    expect(manifest.dependencies.react).toBeUndefined();
  });

  it("type-checks against the shipped .d.ts files", async () => {
    await sh(path.join(app, "node_modules/.bin/tsc"), ["-p", "."], app);
  });

  it("builds with vite and the bundle contains the rendered component and the compiled CSS", async () => {
    await sh(path.join(app, "node_modules/.bin/vite"), ["build"], app);
    const assets = path.join(app, "dist", "assets");
    const files = await readdir(assets);
    const js = await Promise.all(
      files.filter((f) => f.endsWith(".js")).map((f) => readFile(path.join(assets, f), "utf8")),
    );
    const css = await Promise.all(
      files.filter((f) => f.endsWith(".css")).map((f) => readFile(path.join(assets, f), "utf8")),
    );
    const bundle = js.join("\n");
    expect(bundle).toContain("chorus-key-message");
    expect(bundle).toContain("Burnout is a system problem");
    expect(bundle).toContain("chorus-stat__source");
    expect(css.join("\n")).toContain(".chorus-key-message");
    expect(css.join("\n")).toContain("--chorus-brand");
  });

  it("server-renders from the installed package in plain Node", async () => {
    const { stdout } = await sh(process.execPath, ["ssr.mjs"], app);
    expect(stdout).toContain(
      '<h2 class="chorus-heading chorus-key-message__title">Burnout is a system problem</h2>',
    );
    expect(stdout).toContain("--chorus-brand:");
  });
});
