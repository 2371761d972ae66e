// The script of a kit worker thread (dist/worker.js): one kit per thread, then it exits.
import { parentPort, workerData } from "node:worker_threads";
import { buildKitFromFolder, type KitRequest, type KitWorkerReply } from "./folder.js";
import { zipKit } from "./zip.js";

const port = parentPort;
if (!port) throw new Error("@chorus/kit's worker script runs in a worker thread (buildKitInWorker)");

try {
  const kit = await buildKitFromFolder(workerData as KitRequest);
  const zip = zipKit(kit);
  const { manifest } = kit;
  // Hand over the zip's own memory; copy only if it is a view on a larger buffer.
  const whole = zip.byteOffset === 0 && zip.byteLength === zip.buffer.byteLength;
  const bytes = (whole ? zip.buffer : zip.slice().buffer) as ArrayBuffer;
  port.postMessage({ ok: true, zip: bytes, manifest } satisfies KitWorkerReply, [bytes]);
} catch (error) {
  const { name, message } = error instanceof Error ? error : new Error(String(error));
  port.postMessage({ ok: false, name, message } satisfies KitWorkerReply);
}
