// Node only: rendering .eml files (via @chorus/send), loading content folders and worker threads.
export { type BuiltKit, buildKit, emlOf, renderEmail } from "./build.js";
export { buildKitInWorker, type KitWorkerOptions, MAX_KIT_WORKERS } from "./in-worker.js";
export type { KitManifest } from "./manifest.js";
