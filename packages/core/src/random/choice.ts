import { EngineError } from '../errors.ts';
import type { Random } from '../ports/index.ts';

/** One of `items`, uniformly. Throws EngineError('empty_choice') when there is nothing to choose. */
export function pick<T>(random: Random, items: readonly T[]): T {
  const n = items.length;
  if (n === 0) throw new EngineError('empty_choice', 'There is nothing to choose from.');
  // min() guards against a Random port that returns exactly 1.
  return items[Math.min(n - 1, Math.floor(random.next() * n))] as T;
}

/**
 * One of `items`, with probability proportional to its weight. Items whose weight is not a positive
 * finite number are never chosen, unless no item has one: then the choice is uniform over all.
 */
export function weightedPick<T>(random: Random, items: readonly { item: T; weight: number }[]): T {
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    const w = (items[i] as { weight: number }).weight;
    if (w > 0 && w < Infinity) total += w;
  }
  if (!(total > 0 && total < Infinity)) return pick(random, items).item;
  let remaining = random.next() * total;
  let last = -1;
  for (let i = 0; i < items.length; i++) {
    const w = (items[i] as { weight: number }).weight;
    if (!(w > 0 && w < Infinity)) continue;
    if (remaining < w) return (items[i] as { item: T }).item;
    remaining -= w;
    last = i;
  }
  // Rounding can leave `remaining` a hair above the last weight; that draw belongs to the last item.
  return (items[last] as { item: T }).item;
}
