/**
 * Where the LLM path's added time goes, in process (no HTTP API in between): an exchange on the template
 * path; through Speech with a model that answers instantly in process (the cost of the dry run: reads,
 * retrieval and the engine's arithmetic outside the transaction); and through Speech with the fake
 * OpenAI-compatible server (adds the two streamed round trips). 300 exchanges each, interleaved.
 *
 *   npx tsx bench/llm-dialogue-breakdown.ts     # PGlite; PostgreSQL with DATABASE_URL
 */
import { baselineMood, createRandom, createSentimentAnalyzer, createTemplateDialogue, processInteraction, writeLine, type EngineDeps } from '@ensemble/core';
import { randomUUID } from 'node:crypto';
import { startFakeLlm } from '../apps/api/test/fake-llm-server.ts';
import { LlmDialogue } from '../apps/api/src/adapters/llm/llm-dialogue.ts';
import { LineDeltaHub } from '../apps/api/src/dialogue/line-deltas.ts';
import { Speech } from '../apps/api/src/dialogue/speech.ts';
import { sampleUser } from '../apps/api/src/store/contract/fixtures.ts';
import { openTestStore } from '../apps/api/src/store/testing.ts';
const t = await openTestStore();
const llmServer = await startFakeLlm();
const owner = sampleUser(); await t.store.createUser(owner);
const sentiment = createSentimentAnalyzer();
const deps = (): EngineDeps => ({ store: t.store, clock: { now: () => Date.now() }, ids: { next: () => randomUUID() }, sentiment, dialogue: createTemplateDialogue(), random: createRandom(Math.floor(Math.random() * 1e9)) });
async function world(mode: 'template' | 'llm') {
  const eco = randomUUID();
  await t.store.createEcosystem({ id: eco, ownerId: owner.id, name: mode, description: '', lastSeq: 0, dialogue: { mode, model: null, tokensPerHour: null }, createdAt: 0, updatedAt: 0 });
  const ids: string[] = [];
  for (let i = 0; i < 60; i++) {
    const p = { openness: (i * 37 % 100) / 100, conscientiousness: 0.5, extraversion: (i * 53 % 100) / 100, agreeableness: 0.6, neuroticism: 0.3 };
    const id = randomUUID(); ids.push(id);
    await t.store.saveCharacter({ id, ecosystemId: eco, name: `C${i}`, description: '', personality: p, mood: baselineMood(p), lastEmotion: null, energy: 1, active: true, stateUpdatedAt: Date.now(), createdAt: 0 });
  }
  const pairs: [string, string][] = [];
  for (let d = 1; d < 30; d++) for (let a = 0; a < 60; a++) pairs.push([ids[a]!, ids[(a + d) % 60]!]);
  let n = 0;
  return { eco, next: () => pairs[n++]! };
}
const real = new LlmDialogue({ baseUrl: llmServer.baseUrl, apiKey: null, model: 'm', firstTokenMs: 5000, lineMs: 5000, concurrency: 4, maxLineChars: 400, breakerFailures: 5, breakerCooldownMs: 1000, now: () => Date.now(), log: () => {} });
const instant = { generate: async (r: Parameters<typeof writeLine>[0]) => ({ text: writeLine(r), source: 'llm' as const }) } as unknown as LlmDialogue;
const speechReal = new Speech({ store: t.store, engineDeps: deps, llm: real, deltas: new LineDeltaHub() });
const speechInstant = new Speech({ store: t.store, engineDeps: deps, llm: instant, deltas: new LineDeltaHub() });
const wT = await world('template'); const wL = await world('llm'); const wI = await world('llm');
const res: Record<string, number[]> = { template: [], dryRunOnly: [], llm: [] };
for (let i = 0; i < 350; i++) {
  let s = performance.now(); let [a, b] = wT.next(); await processInteraction(deps(), { initiatorId: a, targetId: b, type: 'chat' }); if (i >= 50) res.template!.push(performance.now() - s);
  s = performance.now(); [a, b] = wI.next(); await speechInstant.run(wI.eco, (d) => processInteraction(d, { initiatorId: a, targetId: b, type: 'chat' })); if (i >= 50) res.dryRunOnly!.push(performance.now() - s);
  s = performance.now(); [a, b] = wL.next(); await speechReal.run(wL.eco, (d) => processInteraction(d, { initiatorId: a, targetId: b, type: 'chat' })); if (i >= 50) res.llm!.push(performance.now() - s);
}
for (const [k, v] of Object.entries(res)) { v.sort((x, y) => x - y); console.log(k.padEnd(12), 'p50', v[150]!.toFixed(2), 'p99', v[296]!.toFixed(2)); }
await llmServer.close(); await t.close();
