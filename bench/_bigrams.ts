import { simulate } from '@ensemble/core';
const r = await simulate({ characters: 8, turns: 500, seed: 7 });
const counts = new Map<string, number>();
let total = 0;
for (const l of r.transcript) {
  const w = l.text.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  for (let i = 0; i + 1 < w.length; i++) { const b = w[i] + ' ' + w[i + 1]; counts.set(b, (counts.get(b) ?? 0) + 1); total++; }
}
console.log('lines', r.transcript.length, 'bigrams', total, 'distinct', counts.size, (counts.size / total).toFixed(3), 'words/line', (total / r.transcript.length).toFixed(1));
const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 70);
console.log(top.map(([b, n]) => `${b}:${n}`).join(' | '));
let excess = 0; for (const n of counts.values()) excess += n - 1;
const topExcess = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 200).reduce((a, [, n]) => a + n - 1, 0);
console.log('excess', excess, 'top200 excess', topExcess);
