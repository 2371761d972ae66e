/**
 * A counting semaphore with a FIFO queue: at most `size` holders at once, the rest wait their turn in the order
 * they asked. A waiter whose signal aborts leaves the queue and is rejected with the signal's reason. It is how
 * the kit's worker functions keep ten clicks from starting ten threads, and how a server limits its printing.
 */
export class Slots {
  #free: number;
  readonly #waiting: (() => void)[] = [];

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 1)
      throw new RangeError(`a queue needs at least one slot (got ${size})`);
    this.#free = size;
  }

  /** Resolves when a slot is this caller's; `release()` it when done (in a `finally`). */
  acquire(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    if (this.#free > 0) {
      this.#free--;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener("abort", cancel);
        resolve();
      };
      const cancel = () => {
        this.#waiting.splice(this.#waiting.indexOf(grant), 1);
        reject(signal?.reason);
      };
      this.#waiting.push(grant);
      signal?.addEventListener("abort", cancel, { once: true });
    });
  }

  release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#free++;
  }

  /** `task` once a slot is free, releasing it when the task settles. */
  async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.acquire(signal);
    try {
      signal?.throwIfAborted();
      return await task();
    } finally {
      this.release();
    }
  }

  /** Callers waiting for a slot. */
  get waiting(): number {
    return this.#waiting.length;
  }
}
