import { simulate } from '@ensemble/core';
import type { ScenarioMood } from '@ensemble/core';
const SCENES: { mood: ScenarioMood; setting: string; objectives: string[] }[] = [
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
const words = (t: string) => t.toLowerCase().match(/[a-z']+/g) ?? [];
const counts = new Map<string, number>(); let total = 0;
for (let seed = 1; seed <= 10; seed++) {
  const scene = SCENES[(seed - 1) % SCENES.length]!;
  const r = await simulate({ characters: 6 + (seed % 4), turns: 300, seed, mood: scene.mood, setting: scene.setting, objectives: scene.objectives });
  for (const l of r.transcript) { if (!l.conversationId) continue; const w = words(l.text);
    for (let i = 0; i + 1 < w.length; i++) { const b = w[i] + ' ' + w[i+1]; counts.set(b, (counts.get(b) ?? 0) + 1); total++; } }
}
const sorted = [...counts].sort((a, b) => b[1] - a[1]);
console.log('pooled', (counts.size/total).toFixed(3), 'total', total);
console.log(sorted.slice(0, 120).map(([b,n]) => n + ' ' + b).join(' | '));
for (const k of [2, 5, 10, 20, 50, 100]) console.log(`tokens in bigrams seen >= ${k}:`, (sorted.filter(([, n]) => n >= k).reduce((a, [, n]) => a + n, 0) / total).toFixed(3), 'types', sorted.filter(([, n]) => n >= k).length);
const mid = sorted.filter(([, n]) => n >= 4 && n <= 25);
const step = Math.floor(mid.length / 150);
console.log(mid.filter((_, i) => i % step === 0).map(([b, n]) => n + ' ' + b).join(' | '));
