/**
 * Answers reused for a short while (WS_KEY_CHECK_MS), per node: a burst of askers of the same question
 * shares one lookup (the answer is kept as a promise, so even concurrent askers wait on the same one).
 * Changes made on this node take effect at once through {@link ShortLivedAnswers.forget}; changes made on
 * another node within `ttlMs`. A failed lookup is not an answer: it is dropped, and the next asker asks again.
 */
export class ShortLivedAnswers<V> {
  readonly #cache = new Map<string, { answer: Promise<V>; until: number }>();

  /**
   * `ttlMs`: how long an answer is reused; `max`: distinct questions remembered, beyond which the cache
   * starts over (bounded memory against callers spraying new questions).
   */
  constructor(
    readonly ttlMs: number,
    private readonly max: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Drops one remembered answer, or all of them. */
  forget(question?: string): void {
    if (question === undefined) this.#cache.clear();
    else this.#cache.delete(question);
  }

  /** The answer to `question`: a remembered one younger than `ttlMs`, else `lookup()`'s (then remembered). */
  answer(question: string, lookup: () => Promise<V>): Promise<V> {
    const now = this.now();
    const cached = this.#cache.get(question);
    if (cached !== undefined && cached.until > now) return cached.answer;
    const answer = lookup();
    if (this.#cache.size >= this.max) this.#cache.clear();
    const entry = { answer, until: now + this.ttlMs };
    this.#cache.set(question, entry);
    answer.catch(() => {
      if (this.#cache.get(question) === entry) this.#cache.delete(question);
    });
    return answer;
  }
}
