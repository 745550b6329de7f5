/**
 * Stops calling a failing server for a while: after `failures` failures in a row it opens for
 * `cooldownMs`, then lets calls through again (one success closes it, one more failure reopens it).
 */
export class CircuitBreaker {
  #consecutive = 0;
  #openUntil = 0;

  constructor(private readonly options: { failures: number; cooldownMs: number; now: () => number }) {}

  /** Whether calls may go out now. */
  allows(): boolean {
    return this.options.now() >= this.#openUntil;
  }

  /** True while calls are held back. */
  get open(): boolean {
    return !this.allows();
  }

  succeeded(): void {
    this.#consecutive = 0;
    this.#openUntil = 0;
  }

  failed(): void {
    this.#consecutive += 1;
    if (this.#consecutive >= this.options.failures) this.#openUntil = this.options.now() + this.options.cooldownMs;
  }
}
