/**
 * Takes `items` in order and works on them with as many workers as `wanted()` says: read again after
 * each item and on `grow()`, workers are added up to it, and leave (after their item) down to it.
 * `wanted()` returning 0 stops taking items. Async generators queue concurrent `next()` calls, so items
 * are taken in order. `run` fails with the first error a worker throws, like `Promise.all`, and then
 * no more items are taken.
 */
export class WorkerPool<T> {
  private workers = 0;
  private exhausted = false;
  private failed = false;
  private settle: { resolve: () => void; reject: (error: unknown) => void } | undefined;

  constructor(
    private readonly items: AsyncIterator<T>,
    private readonly wanted: () => number,
    private readonly work: (item: T) => Promise<void>,
  ) {}

  run(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.settle = { resolve, reject };
      this.grow();
      if (this.workers === 0) resolve();
    });
  }

  grow(): void {
    if (!this.settle) return;
    while (this.workers < this.target()) {
      this.workers++;
      this.worker().then(
        () => {
          if (this.workers === 0) this.settle!.resolve();
        },
        (error: unknown) => {
          this.failed = true;
          this.settle!.reject(error);
        },
      );
    }
  }

  private target(): number {
    return this.exhausted || this.failed ? 0 : this.wanted();
  }

  private async worker(): Promise<void> {
    try {
      while (this.workers <= this.target()) {
        const next = await this.items.next();
        if (next.done) {
          this.exhausted = true;
          return;
        }
        await this.work(next.value);
        this.grow();
      }
    } finally {
      // Counted down in the same step as the check above, so two workers never both leave for one surplus.
      this.workers--;
    }
  }
}

/** A place in an `InOrder` queue. */
export interface Turn {
  /** Resolves once every place taken before this one is done. */
  ready: Promise<void>;
  /** Lets the next place go; calling it again does nothing. */
  done: () => void;
}

/**
 * Lets work that runs concurrently pass one step in the order it started: each `take()` gets a place
 * whose `ready` waits for the `done()` of the place before it.
 */
export class InOrder {
  private last: Promise<void> = Promise.resolve();

  take(): Turn {
    const ready = this.last;
    let done!: () => void;
    const mine = new Promise<void>((resolve) => {
      done = resolve;
    });
    this.last = ready.then(() => mine);
    return { ready, done };
  }
}
