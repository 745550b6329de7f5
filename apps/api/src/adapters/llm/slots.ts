/**
 * At most `limit` generations at once on this node; the others wait their turn, or give up after a while.
 * A line that continues an exchange already under way (its reply) goes before lines that would start new
 * ones: the node's rate is the same, but started exchanges finish, instead of every exchange's reply queueing
 * behind everyone's opening line (and perhaps running out of time while its opening was spoken by the model).
 */
export class Slots {
  #busy = 0;
  readonly #waiting: (() => void)[] = [];
  readonly #continuing: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  /** Takes a slot within `waitMs`, or resolves false (the caller then falls back); `continuing` goes first. */
  async take(waitMs: number, continuing = false): Promise<boolean> {
    if (this.#busy < this.limit) {
      this.#busy += 1;
      return true;
    }
    const queue = continuing ? this.#continuing : this.#waiting;
    return new Promise<boolean>((resolve) => {
      const grant = () => {
        clearTimeout(timer);
        this.#busy += 1;
        resolve(true);
      };
      const timer = setTimeout(() => {
        const at = queue.indexOf(grant);
        if (at >= 0) queue.splice(at, 1);
        resolve(false);
      }, waitMs);
      queue.push(grant);
    });
  }

  release(): void {
    this.#busy -= 1;
    (this.#continuing.shift() ?? this.#waiting.shift())?.();
  }

  /** Generations under way now. */
  get busy(): number {
    return this.#busy;
  }
}
