/**
 * The benches' characters: `count` of them with personalities spread evenly over the Big Five (a fixed
 * quasi-random sequence, the same in every run), and the pairs that never repeat within the 10 s pair cooldown.
 */
import type { ApiClient } from '@ensemble/api/testing';

/** The personality of bench character `i`: each trait a different fixed step through [0, 1). */
export function benchPersonality(i: number) {
  const t = (k: number) => ((i * 7919 + k * 104729) % 1000) / 1000;
  return { openness: t(1), conscientiousness: t(2), extraversion: t(3), agreeableness: t(4), neuroticism: t(5) };
}

/** Creates `count` characters ("Character 0", …) in the ecosystem, one after another; their ids in order. */
export async function createBenchCharacters(client: ApiClient, ecosystemId: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const c = await client.characters.create.mutate({
      ecosystemId,
      name: `Character ${i}`,
      personality: benchPersonality(i),
    });
    ids.push(c.id);
  }
  return ids;
}

/**
 * Pairs of `ids` in rounds (round d pairs a with a + d), so every character initiates once per round and no
 * pair repeats until the rounds run out: at least `needed` of them, or all there are.
 */
export function freshPairs(ids: readonly string[], needed = Infinity): [string, string][] {
  const pairs: [string, string][] = [];
  for (let d = 1; d < ids.length / 2 && pairs.length < needed; d++) {
    for (let a = 0; a < ids.length; a++) pairs.push([ids[a]!, ids[(a + d) % ids.length]!]);
  }
  return pairs;
}
