import type { ScenarioMood } from '../src/model.ts';

/**
 * The mix of scenes the dialogue-quality figures are measured over (bench/dialogue-quality.ts and the
 * conversations test of pooled distinct-2): one mood, setting (several times of day and kinds of place)
 * and objectives per seed, seed n taking scene n−1.
 */
export const DIALOGUE_QUALITY_SCENES: readonly { mood: ScenarioMood; setting: string; objectives: string[] }[] = [
  {
    mood: 'festive',
    setting: 'the festival of tides on the harbour quay at dusk',
    objectives: ['finish the festival lanterns', 'find the lost key'],
  },
  {
    mood: 'calm',
    setting: 'the garden behind the village library',
    objectives: ['plan the harvest supper', "share the week's news"],
  },
  {
    mood: 'tense',
    setting: 'the counting house after hours',
    objectives: ['find the ledger', 'settle the quarrel over the north pier'],
  },
  {
    mood: 'playful',
    setting: 'the back room of the Crooked Oar inn',
    objectives: ['win at charades', 'invent a new game together'],
  },
  {
    mood: 'somber',
    setting: 'the flooded lower town at dawn, in the rain',
    objectives: ['help the neighbours', 'restore the bridge'],
  },
  {
    mood: 'mysterious',
    setting: 'the old observatory at midnight',
    objectives: ['solve the cipher', 'explore the observatory'],
  },
  {
    mood: 'collaborative',
    setting: 'the Okafor farm on a windy morning',
    objectives: ['build the frame', 'plan the roof together'],
  },
  {
    mood: 'hostile',
    setting: 'the town hall, the night before the vote',
    objectives: ['win the vote', "expose the mayor's deal"],
  },
  {
    mood: 'festive',
    setting: 'the lantern-lit market square',
    objectives: ['build the bonfire', 'win the pie contest'],
  },
  {
    mood: 'calm',
    setting: 'the kitchen of the old mill house in the afternoon',
    objectives: ['bake bread for the fair'],
  },
];

/** Word pairs of each text, in order (lowercase words, apostrophes kept): what distinct-2 counts. */
export function wordPairs(texts: readonly string[]): string[] {
  const pairs: string[] = [];
  for (const text of texts) {
    const w = text.toLowerCase().match(/[a-z']+/g) ?? [];
    for (let i = 0; i + 1 < w.length; i++) pairs.push(`${w[i]} ${w[i + 1]}`);
  }
  return pairs;
}
