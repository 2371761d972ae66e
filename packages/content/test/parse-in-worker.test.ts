import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { manyEmailCampaign } from "@chorus/testing/content";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import type { PathSegment } from "../src/diagnostic.js";
import { SCHEMA_OF_KIND } from "../src/load.js";
import { loadContent, parseFilesInWorker, WORKER_PARSE_MIN_CHARS } from "../src/node.js";
import { ContentSource, ParseCache, parseContentFile, positionIndexOf } from "../src/source.js";

const CAMPAIGNS = fileURLToPath(new URL("../../../campaigns", import.meta.url));
const NOW = new Date("2026-12-05T12:00:00Z");
const BIG = "campaigns/three-hundred/campaign.yaml";

/** Every path to a node of `value` (the data read from the file), plus a missing child under each map and list. */
function pathsOf(value: unknown, at: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  out.push(at);
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) pathsOf(item, [...at, index], out);
    out.push([...at, value.length], [...at, "0"]);
  } else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) pathsOf(child, [...at, key], out);
    out.push([...at, "no-such-field", 3], [...at, 0]);
  }
  return out;
}

/** Positions from a worker's index must be the positions the document gives, for every path and key. */
function expectSamePositions(
  file: string,
  text: string,
  schema: z.ZodType = SCHEMA_OF_KIND.campaign,
): number {
  const parsed = parseContentFile(schema, text, file);
  const index = positionIndexOf(parseContentFile(schema, text, file).source);
  const fromIndex = ContentSource.withIndex(file, text, index);
  const fromDocument = parsed.source;
  let checked = 0;
  for (const at of pathsOf(parsed.data)) {
    expect(fromIndex.positionOf(at), `${file} ${JSON.stringify(at)}`).toEqual(fromDocument.positionOf(at));
    expect(fromIndex.has(at), `${file} has ${JSON.stringify(at)}`).toBe(fromDocument.has(at));
    for (const key of ["id", "title", "no-such-field", "0"]) {
      expect(fromIndex.positionOfKey(at, key)).toEqual(fromDocument.positionOfKey(at, key));
    }
    checked++;
  }
  for (const offset of [0, 1, text.length >> 1, text.length - 1, text.length, text.length + 5]) {
    expect(fromIndex.positionOfOffset(offset)).toEqual(fromDocument.positionOfOffset(offset));
  }
  return checked;
}

let root: string;
let bigText: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "chorus-parse-worker-"));
  await cp(CAMPAIGNS, path.join(root, "campaigns"), { recursive: true });
  // A campaign of 300 emails (about half the 1 MiB limit), from a real one.
  bigText = await manyEmailCampaign(CAMPAIGNS, "three-hundred");
  await cp(
    path.join(root, "campaigns", "help-seeking-without-fear"),
    path.join(root, "campaigns", "three-hundred"),
    {
      recursive: true,
    },
  );
  await writeFile(path.join(root, "campaigns", "three-hundred", "campaign.yaml"), bigText);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("positions worked out on another thread", () => {
  it("are the positions the YAML document gives, for every value and key of the real content", async () => {
    let checked = 0;
    for (const [file, schema] of [
      ["_library/facts.yaml", SCHEMA_OF_KIND.library],
      ["_library/resources.yaml", SCHEMA_OF_KIND.library],
      ["_partners/example-health.yaml", SCHEMA_OF_KIND.partner],
      ["burnout-is-a-system-problem/campaign.yaml", SCHEMA_OF_KIND.campaign],
      ["crisis-and-peer-support/campaign.yaml", SCHEMA_OF_KIND.campaign],
    ] as const) {
      checked += expectSamePositions(file, await readFile(path.join(CAMPAIGNS, file), "utf8"), schema);
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("are the same for files with mistakes: unknown fields, flow lists, duplicate keys, no content", () => {
    expectSamePositions(
      "bad.yaml",
      "id: x\ntitle: [a, {b: 1, c: [2]}]\nmaterials:\n  - kind: email\n    wrong: 1\n",
    );
    expectSamePositions("dup.yaml", "id: x\nid: y\nlist:\n  - a\n  -\n  - {}\n");
    expectSamePositions("bad-syntax.yaml", "id: x\n  title: : :\n- oops\n");
    expectSamePositions("empty.yaml", "");
    expectSamePositions("comment.yaml", "# only a comment\n");
    expectSamePositions("scalar.yaml", "just text\n");
  });
});

describe("parseFilesInWorker", () => {
  it("reads a large new file on another thread into the cache, and the load then matches one without it", async () => {
    expect(bigText.length).toBeGreaterThan(WORKER_PARSE_MIN_CHARS);
    const cache = new ParseCache();
    const inputs = [
      { path: BIG, text: bigText },
      {
        path: "campaigns/_library/facts.yaml",
        text: await readFile(path.join(CAMPAIGNS, "_library", "facts.yaml"), "utf8"),
      },
    ];
    // Only the large file goes to the thread; the small one is left to the load.
    expect(await parseFilesInWorker(cache, inputs)).toBe(1);
    expect(cache.holds(SCHEMA_OF_KIND.campaign, bigText, BIG)).toBe(true);
    expect(cache.size).toBe(1);
    // Already held: nothing to do.
    expect(await parseFilesInWorker(cache, inputs)).toBe(0);

    const options = { now: NOW, relativeTo: root };
    const withWorker = await loadContent(path.join(root, "campaigns"), {
      ...options,
      cache: new ParseCache(),
    });
    const without = await loadContent(path.join(root, "campaigns"), options);
    expect(JSON.stringify(withWorker.diagnostics)).toBe(JSON.stringify(without.diagnostics));
    expect(withWorker.diagnostics.filter((d) => d.file === BIG).length).toBeGreaterThanOrEqual(100);
    // The same content; its sources differ only in how they work out positions (compared above).
    const plain = (value: unknown) =>
      JSON.stringify(value, (key, child) => (key === "source" ? undefined : child));
    expect(plain(withWorker.content)).toBe(plain(without.content));
    const big = withWorker.content.campaigns.find(({ campaign }) => campaign.id === "three-hundred");
    expect(big?.campaign.materials).toHaveLength(300);
  });

  it("reads a file with errors the same way the load does", async () => {
    const broken = bigText
      .replace("status: draft", "status: sideways")
      .replace(/\n {4}subject:/, "\n    subjekt:");
    const cache = new ParseCache();
    expect(await parseFilesInWorker(cache, [{ path: BIG, text: broken }])).toBe(1);
    const inThread = cache.parse(SCHEMA_OF_KIND.campaign, broken, BIG);
    const here = parseContentFile(SCHEMA_OF_KIND.campaign, broken, BIG);
    expect(inThread.value).toBeUndefined();
    expect(inThread.diagnostics).toEqual(here.diagnostics);
    expect(inThread.diagnostics.map((d) => d.code)).toEqual(
      expect.arrayContaining(["schema", "unknown-field"]),
    );
    expect(inThread.source.positionOf(["materials", 7, "subject"])).toEqual(
      here.source.positionOf(["materials", 7, "subject"]),
    );
  });

  it("parses a file once when loads ask for it at the same time, and hands out frozen values", async () => {
    for (let trial = 0; trial < 5; trial++) {
      const cache = new ParseCache();
      const text = bigText.replace("three-hundred", `three-hundred-${trial}`);
      const counts = await Promise.all(
        Array.from({ length: 4 }, () => parseFilesInWorker(cache, [{ path: BIG, text }])),
      );
      expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
      const parsed = cache.parse(SCHEMA_OF_KIND.campaign, text, BIG);
      expect(Object.isFrozen(parsed.value)).toBe(true);
      expect((parsed.value as { id: string }).id).toBe(`three-hundred-${trial}`);
    }
  });
});
