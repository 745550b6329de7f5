import { describe, expect, it } from 'vitest';
import { createTemplateDialogue } from '../dialogue/index.ts';
import { processInteraction } from '../interactions/index.ts';
import { ECO, character, seed, testDeps } from '../interactions/test-support.ts';
import type { DialogueRequest } from '../ports/index.ts';
import { startScenario } from './start.ts';
import { runTurn } from './turn.ts';

describe('what characters keep of their conversations', () => {
  it('each participant remembers a closed conversation as a summary; a run of important memories forms a reflection that later exchanges retrieve', async () => {
    const requests: DialogueRequest[] = [];
    const template = createTemplateDialogue();
    const { deps, store, clock } = testDeps({
      dialogue: { generate: (r) => (requests.push(r), template.generate(r)) },
    });
    const prickly = { openness: 0.4, conscientiousness: 0.6, extraversion: 0.8, agreeableness: 0.1, neuroticism: 0.9 };
    await seed(
      store,
      character('mara', 'Mara', { personality: prickly }),
      character('bram', 'Bram', { personality: prickly }),
    );
    const { scenario } = await startScenario(deps, {
      ecosystemId: ECO,
      title: 'The missing crate',
      setting: 'the quay at dawn',
      mood: 'hostile',
      objectives: ['Find out who sold the crate of salted cod'],
      participantIds: ['mara', 'bram'],
      durationMinutes: 600,
      speed: 1,
      seed: 5,
    });
    let reflection = null;
    for (let turn = 0; turn < 150 && reflection === null; turn++) {
      await runTurn(deps, scenario.id);
      clock.advance(60_000);
      reflection = (await store.listMemories('mara', 1_000)).find((m) => m.kind === 'reflection') ?? null;
    }
    const maras = await store.listMemories('mara', 1_000);
    const summaries = maras.filter((m) => m.kind === 'summary');
    expect(summaries.length).toBeGreaterThan(0);
    expect(summaries[0]!.content).toMatch(/^I talked with Bram about .+; it went \w+/);
    expect((await store.listMemories('bram', 1_000)).some((m) => m.kind === 'summary')).toBe(true);

    expect(reflection).not.toBeNull();
    expect(reflection).toMatchObject({ characterId: 'mara', aboutId: 'bram', kind: 'reflection' });
    expect(reflection!.content).toMatch(
      /^I (distrust|am wary of|keep thinking about|have warmed to|trust) Bram since /,
    );
    // Only observations and summaries after it count toward the next one.
    expect(maras.filter((m) => m.kind === 'reflection')).toHaveLength(1);

    // Later, Mara faces Bram again: the reflection is among what she recalls for her line.
    clock.advance(3_600_000);
    requests.length = 0;
    const result = await processInteraction(deps, { initiatorId: 'mara', targetId: 'bram', type: 'chat' });
    expect(result.success).toBe(true);
    const opening = requests.find((r) => r.speaker.id === 'mara')!;
    expect(opening.memories.map((m) => m.id)).toContain(reflection!.id);
  });
});
