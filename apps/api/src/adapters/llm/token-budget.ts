/** One hour: the budget's window. */
const HOUR_MS = 3_600_000;

/**
 * Tokens each ecosystem spent in the last hour on this node (a sliding window of timestamped charges).
 * Per node: with several nodes an ecosystem may spend up to the budget on each.
 */
export class TokenBudget {
  readonly #charges = new Map<string, { at: number; tokens: number }[]>();

  constructor(private readonly now: () => number) {}

  /** Tokens spent by the ecosystem in the last hour. */
  spent(ecosystemId: string): number {
    const list = this.#trimmed(ecosystemId);
    return list.reduce((sum, c) => sum + c.tokens, 0);
  }

  /** Whether the ecosystem has used up `perHour` (null: no budget). */
  exhausted(ecosystemId: string, perHour: number | null): boolean {
    return perHour !== null && this.spent(ecosystemId) >= perHour;
  }

  charge(ecosystemId: string, tokens: number): void {
    const list = this.#trimmed(ecosystemId);
    list.push({ at: this.now(), tokens });
    this.#charges.set(ecosystemId, list);
  }

  #trimmed(ecosystemId: string): { at: number; tokens: number }[] {
    const since = this.now() - HOUR_MS;
    const list = (this.#charges.get(ecosystemId) ?? []).filter((c) => c.at > since);
    if (list.length === 0) this.#charges.delete(ecosystemId);
    else this.#charges.set(ecosystemId, list);
    return list;
  }
}
