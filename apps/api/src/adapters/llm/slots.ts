/** At most `limit` generations at once on this node; the others wait their turn, or give up after a while. */
export class Slots {
  #busy = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  /** Takes a slot within `waitMs`, or resolves false (the caller then falls back). */
  async take(waitMs: number): Promise<boolean> {
    if (this.#busy < this.limit) {
      this.#busy += 1;
      return true;
    }
    return new Promise<boolean>((resolve) => {
      const grant = () => {
        clearTimeout(timer);
        this.#busy += 1;
        resolve(true);
      };
      const timer = setTimeout(() => {
        const at = this.#waiting.indexOf(grant);
        if (at >= 0) this.#waiting.splice(at, 1);
        resolve(false);
      }, waitMs);
      this.#waiting.push(grant);
    });
  }

  release(): void {
    this.#busy -= 1;
    this.#waiting.shift()?.();
  }

  /** Generations under way now. */
  get busy(): number {
    return this.#busy;
  }
}
