import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ContentSet } from "@chorus/content";
import type * as ContentNode from "@chorus/content/node";
import { loadContent } from "@chorus/content/node";
import { unzipSync } from "fflate";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { buildKit, type Kit, KitFolderError, writeKit, zipKit } from "../src/node.js";

// A full disk after `diskFullAfter` more files: the write fails the way a real one does, part-way.
const disk = vi.hoisted(() => ({ diskFullAfter: Number.POSITIVE_INFINITY }));
vi.mock("@chorus/content/node", async (importOriginal) => {
  const original = await importOriginal<typeof ContentNode>();
  return {
    ...original,
    writeFileAtomic: async (...args: Parameters<typeof original.writeFileAtomic>) => {
      if (disk.diskFullAfter-- <= 0)
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      return original.writeFileAtomic(...args);
    },
  };
});

const CAMPAIGNS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../campaigns");
const NOW = new Date("2026-11-23T10:00:00Z");

let content: ContentSet;
beforeAll(async () => {
  content = (await loadContent(CAMPAIGNS, { now: NOW })).content;
});

function kitOf(campaignId: string, partnerId: string): Promise<Kit> {
  const loaded = content.campaigns.find((c) => c.campaign.id === campaignId);
  if (!loaded) throw new Error(`seed campaign ${campaignId} did not load`);
  // The parts made of words: writing is the same for every kind of file, and these build in an instant.
  return buildKit(content, loaded, partnerId, {
    now: NOW,
    baseDir: path.dirname(CAMPAIGNS),
    parts: ["emails", "social", "guides", "logos"],
  });
}

/** Every file under `dir` (relative, `/`-separated) with its bytes. */
async function tree(dir: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file).split(path.sep).join("/"), new Uint8Array(await readFile(file)));
  }
  return files;
}

let out: string;
let dir: string;
beforeEach(async () => {
  disk.diskFullAfter = Number.POSITIVE_INFINITY;
  out = await mkdtemp(path.join(os.tmpdir(), "chorus-kit-write-"));
  dir = path.join(out, "burnout-is-a-system-problem", "collaborative");
});
afterEach(() => rm(out, { recursive: true, force: true }));

describe("writeKit", () => {
  it("writes the tree the kit's zip holds under its top folder, byte for byte", async () => {
    const kit = await kitOf("burnout-is-a-system-problem", "collaborative");
    await writeKit(kit, dir);
    const unzipped = Object.entries(unzipSync(zipKit(kit))).map(
      ([name, bytes]) => [name.slice(`${kit.name}/`.length), bytes] as const,
    );
    expect(await tree(dir)).toEqual(new Map(unzipped));
    // Nothing is left beside it.
    expect(await readdir(path.dirname(dir))).toEqual(["collaborative"]);
  });

  it("replaces an earlier kit whole: none of its files stay", async () => {
    await writeKit(await kitOf("crisis-and-peer-support", "collaborative"), dir);
    expect((await tree(dir)).has("es/emails/newsletter-clinicians-es.html")).toBe(true);
    const kit = await kitOf("burnout-is-a-system-problem", "collaborative");
    await writeKit(kit, dir);
    expect(await tree(dir)).toEqual(kit.files);
    expect(await readdir(path.dirname(dir))).toEqual(["collaborative"]);
  });

  it("refuses a folder that holds a file the earlier kit did not write, and leaves it all as it was", async () => {
    const earlier = await kitOf("crisis-and-peer-support", "collaborative");
    await writeKit(earlier, dir);
    await writeFile(path.join(dir, "en", "notes.txt"), "my notes");
    const failed = writeKit(await kitOf("burnout-is-a-system-problem", "collaborative"), dir);
    await expect(failed).rejects.toBeInstanceOf(KitFolderError);
    await expect(failed).rejects.toThrow(
      `${dir} holds files that are not part of the kit written there before (en/notes.txt), so the kit was not written: move them away or write the kit elsewhere`,
    );
    expect(await tree(dir)).toEqual(
      new Map([...earlier.files, ["en/notes.txt", new TextEncoder().encode("my notes")]]),
    );
    expect(await readdir(path.dirname(dir))).toEqual(["collaborative"]);
  });

  it("refuses a folder that is not a kit, and a file where the folder should be", async () => {
    const kit = await kitOf("burnout-is-a-system-problem", "collaborative");
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "draft.html"), "<p>mine</p>");
    await expect(writeKit(kit, dir)).rejects.toThrow(
      `${dir} is not a Chorus kit (it has no kit manifest.json), so the kit was not written there: move it away or write the kit elsewhere`,
    );
    expect([...(await tree(dir)).keys()]).toEqual(["draft.html"]);
    const file = path.join(out, "a-file");
    await writeFile(file, "x");
    await expect(writeKit(kit, file)).rejects.toThrow(
      `${file} is not a folder, so the kit was not written there`,
    );
  });

  it("writes into an empty folder that is already there", async () => {
    const kit = await kitOf("burnout-is-a-system-problem", "collaborative");
    await mkdir(dir, { recursive: true });
    await writeKit(kit, dir);
    expect(await tree(dir)).toEqual(kit.files);
  });

  it("leaves the earlier kit as it was, and nothing beside it, when the disk fills part-way", async () => {
    const earlier = await kitOf("crisis-and-peer-support", "collaborative");
    await writeKit(earlier, dir);
    disk.diskFullAfter = 4;
    await expect(writeKit(await kitOf("burnout-is-a-system-problem", "collaborative"), dir)).rejects.toThrow(
      /ENOSPC/,
    );
    expect(await tree(dir)).toEqual(earlier.files);
    expect(await readdir(path.dirname(dir))).toEqual(["collaborative"]);
    // And with no earlier kit, no folder at all.
    const fresh = path.join(out, "fresh");
    disk.diskFullAfter = 2;
    await expect(writeKit(earlier, fresh)).rejects.toThrow(/ENOSPC/);
    expect(await readdir(out)).toEqual(["burnout-is-a-system-problem"]);
  });

  it("refuses a kit file whose path would leave the kit's folder", async () => {
    const kit = await kitOf("burnout-is-a-system-problem", "collaborative");
    const escaping: Kit = { ...kit, files: new Map([...kit.files, ["../outside.txt", new Uint8Array()]]) };
    await expect(writeKit(escaping, dir)).rejects.toThrow(
      'a kit file must have a relative path inside the kit, not "../outside.txt"',
    );
    expect(await readdir(out)).toEqual([]);
  });
});
