import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { planSend } from "../src/index.js";
import { planOptions, recipientsCsv, tempDir, writeCsv } from "./helpers.js";

// A disk that fills up while a plan is written: the recipients are buffered, then fsync finds no space
// (as a delayed allocation does).
const disk = vi.hoisted(() => ({ full: false }));
vi.mock("node:fs/promises", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs/promises")>();
  const open: typeof fs.open = async (file, ...rest) => {
    const handle = await fs.open(file, ...rest);
    if (!disk.full || !String(file).includes(".staging-")) return handle;
    const full = () =>
      Promise.reject(Object.assign(new Error("ENOSPC: no space left on device, fsync"), { code: "ENOSPC" }));
    return new Proxy(handle, {
      get(target, key) {
        if (key === "sync" || key === "datasync") return full;
        const value = Reflect.get(target, key);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  };
  return { ...fs, default: { ...fs, open }, open };
});

describe("a plan on a full disk", () => {
  it("fails with the disk's error and leaves no folder of addresses behind", async () => {
    const dir = await tempDir();
    const csv = await writeCsv(dir, recipientsCsv(3_000));
    disk.full = true;
    try {
      await expect(planSend(await planOptions(dir, csv))).rejects.toMatchObject({ code: "ENOSPC" });
    } finally {
      disk.full = false;
    }
    const sends = await readdir(path.join(dir, "sends")).catch(() => [] as string[]);
    expect(sends).toEqual([]);
    // The next plan works once there is space again.
    expect((await planSend(await planOptions(dir, csv))).status).toBe("planned");
  });
});
