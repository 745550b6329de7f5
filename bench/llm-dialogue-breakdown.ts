/**
 * Where the LLM path's added time goes, in process (no HTTP API in between): an exchange on the template
 * path; through Speech with a model that answers instantly in process (the cost of the dry run: reads,
 * retrieval and the engine's arithmetic outside the transaction); and through Speech with the fake
 * OpenAI-compatible server (adds the two streamed round trips). 300 exchanges each, interleaved.
 *
 *   npx tsx bench/llm-dialogue-breakdown.ts     # PGlite; PostgreSQL with DATABASE_URL
 */
import { randomUUID } from 'node:crypto';
import {
  baselineMood, createRandom, createSentimentAnalyzer, createTemplateDialogue, processInteraction, writeLine,
  type DialogueRequest, type EngineDeps,
} from '@ensemble/core';
import { LlmDialogue } from '../apps/api/src/adapters/llm/llm-dialogue.ts';
import { LineDeltaHub } from '../apps/api/src/dialogue/line-deltas.ts';
import { Speech } from '../apps/api/src/dialogue/speech.ts';
import { sampleUser } from '../apps/api/src/store/contract/fixtures.ts';
import { openTestStore } from '@ensemble/api/testing';
import { startFakeLlm } from '../apps/api/test/fake-llm-server.ts';
import { describeLatency } from './stats.ts';

const ROUNDS = 350;
const WARM_UP = 50;
const CHARACTERS = 60;

const t = await openTestStore();
const llmServer = await startFakeLlm();
const owner = sampleUser();
await t.store.createUser(owner);
const sentiment = createSentimentAnalyzer();
const deps = (): EngineDeps => ({
  store: t.store, clock: { now: () => Date.now() }, ids: { next: () => randomUUID() }, sentiment,
  dialogue: createTemplateDialogue(), random: createRandom(Math.floor(Math.random() * 1e9)),
});

/** An ecosystem in `mode` and a source of pairs that never repeat (10 s cooldown). */
async function world(mode: 'template' | 'llm') {
  const eco = randomUUID();
  await t.store.createEcosystem({
    id: eco, ownerId: owner.id, name: mode, description: '', lastSeq: 0,
    dialogue: { mode, model: null, tokensPerHour: null }, createdAt: 0, updatedAt: 0,
  });
  const ids: string[] = [];
  for (let i = 0; i < CHARACTERS; i++) {
    const p = { openness: (i * 37 % 100) / 100, conscientiousness: 0.5, extraversion: (i * 53 % 100) / 100, agreeableness: 0.6, neuroticism: 0.3 };
    const id = randomUUID();
    ids.push(id);
    await t.store.saveCharacter({
      id, ecosystemId: eco, name: `C${i}`, description: '', personality: p, mood: baselineMood(p), lastEmotion: null,
      energy: 1, active: true, stateUpdatedAt: Date.now(), createdAt: 0,
    });
  }
  const pairs: [string, string][] = [];
  for (let d = 1; d < CHARACTERS / 2; d++) for (let a = 0; a < CHARACTERS; a++) pairs.push([ids[a]!, ids[(a + d) % CHARACTERS]!]);
  let n = 0;
  return { eco, next: () => pairs[n++]! };
}

const real = new LlmDialogue({
  baseUrl: llmServer.baseUrl, apiKey: null, model: 'm', firstTokenMs: 5000, lineMs: 5000, concurrency: 4, maxLineChars: 400,
  breakerFailures: 5, breakerCooldownMs: 1000, now: () => Date.now(), log: () => {},
});
/** A "model" that answers at once in process with the template line: what is left is the dry run's cost. */
const instant = {
  generate: async (request: DialogueRequest) => ({ text: writeLine(request), source: 'llm' as const }),
} as unknown as LlmDialogue;
const speechReal = new Speech({ store: t.store, engineDeps: deps, llm: real, deltas: new LineDeltaHub() });
const speechInstant = new Speech({ store: t.store, engineDeps: deps, llm: instant, deltas: new LineDeltaHub() });
const worlds = { template: await world('template'), dryRunOnly: await world('llm'), llm: await world('llm') };
const times: Record<keyof typeof worlds, number[]> = { template: [], dryRunOnly: [], llm: [] };

for (let i = 0; i < ROUNDS; i++) {
  for (const kind of ['template', 'dryRunOnly', 'llm'] as const) {
    const w = worlds[kind];
    const [a, b] = w.next();
    const exchange = (d: EngineDeps) => processInteraction(d, { initiatorId: a, targetId: b, type: 'chat' });
    const started = performance.now();
    if (kind === 'template') await exchange(deps());
    else await (kind === 'llm' ? speechReal : speechInstant).run(w.eco, exchange);
    if (i >= WARM_UP) times[kind].push(performance.now() - started);
  }
}
console.log(`store: ${t.kind}; one exchange at a time, ${ROUNDS - WARM_UP} each`);
for (const [kind, sample] of Object.entries(times)) console.log(`${kind.padEnd(12)} ${describeLatency(sample)}`);
await llmServer.close();
await t.close();
