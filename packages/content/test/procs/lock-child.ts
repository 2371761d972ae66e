// A separate process for the lock race tests: told over IPC which lock file to try at which
// instant, it tries once and reports whether it got the lock, then holds it until told to let go.
import { FileLock, LockBusyError } from "../../src/files.js";

let held: FileLock | undefined;
process.on("message", async (message: { type: string; file?: string; at?: number }) => {
  if (message.type === "try" && message.file && message.at) {
    while (Date.now() < message.at) {
      // spin until the shared start instant, so every process tries in the same millisecond
    }
    try {
      held = await FileLock.acquire(message.file);
      process.send?.({ type: "result", got: true });
    } catch (error) {
      process.send?.({ type: "result", got: false, busy: error instanceof LockBusyError });
    }
  } else if (message.type === "release") {
    await held?.release();
    held = undefined;
    process.send?.({ type: "released" });
  } else if (message.type === "exit") {
    process.exit(0);
  }
});
process.send?.({ type: "ready" });
