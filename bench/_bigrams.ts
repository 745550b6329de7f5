import { simulate } from '@ensemble/core';
const r = await simulate({ characters: 7, turns: 300, seed: 3, mood: 'festive' });
const lines = r.transcript.map((l) => l.text);
const counts = new Map<string, number>();
let total = 0;
const byAct = new Map<string, { total: number; set: Set<string> }>();
for (const l of r.transcript) {
  const w = l.text.toLowerCase().match(/[a-z']+/g) ?? [];
  const a = byAct.get(l.act!) ?? { total: 0, set: new Set() };
  for (let i = 0; i + 1 < w.length; i++) { const b = w[i] + ' ' + w[i + 1]; counts.set(b, (counts.get(b) ?? 0) + 1); total++; a.total++; a.set.add(b); }
  byAct.set(l.act!, a);
}
console.log('lines', lines.length, 'bigrams', total, 'distinct', counts.size, (counts.size / total).toFixed(3));
const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 60);
console.log(top.map(([b, n]) => `${b}:${n}`).join(' | '));
for (const [act, a] of [...byAct].sort((x, y) => y[1].total - x[1].total)) console.log(act, a.total, (a.set.size / a.total).toFixed(2));
// excess = total - distinct: how much each bigram contributes
