import { describe, expect, it } from 'vitest';
import { ECO, character, seed, testDeps } from '../interactions/test-support.ts';
import type { EngineDeps } from '../ports/index.ts';
import { startScenario } from '../scenarios/start.ts';
import { transcriptOf } from '../scenarios/transcript.ts';
import { runTurn } from '../scenarios/turn.ts';

const SECRET = {
  title: 'Secret: The Widow Revealed',
  text: 'The Grey Widow is Ysolde, the landlady of the Three Oars. Her cellar connects to the cliff path.',
};
const FESTIVAL = {
  title: 'The Lantern Festival',
  text: 'Every autumn the people of Saltmere hang paper lanterns along the quay.',
};

/** A harbour scene of Mara, Bram and Ysolde played for `turns` turns with the template generator. */
async function play(deps: EngineDeps, clock: { advance(ms: number): void }, turns: number) {
  const { scenario } = await startScenario(deps, {
    ecosystemId: ECO,
    title: 'Evening at the harbour',
    setting: 'the quay at dusk',
    mood: 'calm',
    objectives: ['Plan the lantern festival'],
    participantIds: ['mara', 'bram', 'ysolde'],
    durationMinutes: 10 * turns,
    speed: 1,
    seed: 11,
  });
  for (let turn = 0; turn < turns; turn++) {
    await runTurn(deps, scenario.id);
    clock.advance(60_000);
  }
  const names = new Map([
    ['mara', 'Mara'],
    ['bram', 'Bram'],
    ['ysolde', 'Ysolde'],
  ]);
  return transcriptOf(await deps.store.listEvents(ECO, 0, Number.MAX_SAFE_INTEGER), names);
}

describe('template lines that refer back', () => {
  it('draw on lore the speaker knows, and a document known only to Mara never shapes another character’s lines', async () => {
    const { deps, store, clock } = testDeps({ seed: 4 });
    await seed(store, character('mara', 'Mara'), character('bram', 'Bram'), character('ysolde', 'Ysolde'));
    const known: Record<string, { title: string; text: string }[]> = {
      mara: [SECRET, FESTIVAL],
      bram: [FESTIVAL],
      ysolde: [FESTIVAL],
    };
    const transcript = await play({ ...deps, lore: { knownBy: (id) => known[id] ?? [] } }, clock, 120);
    const lines = transcript.filter((l) => l.speakerId !== null);
    const secretLines = lines.filter((l) => /Grey Widow|Widow Revealed/.test(l.text));
    expect(secretLines.length).toBeGreaterThan(0);
    expect(secretLines.every((l) => l.speakerId === 'mara')).toBe(true);
    // Lore everyone knows is said by the others too.
    const festival = lines.filter((l) => /lantern festival\? Every autumn/i.test(l.text));
    expect(new Set(festival.map((l) => l.speakerId)).size).toBeGreaterThan(1);
  });

  it('refer back to earlier conversations and exchanges from the memories retrieved for the moment', async () => {
    const { deps, store, clock } = testDeps({ seed: 4 });
    await seed(store, character('mara', 'Mara'), character('bram', 'Bram'), character('ysolde', 'Ysolde'));
    const transcript = await play(deps, clock, 120);
    const recalling = transcript.filter((l) =>
      /(Last time I talked with|When I talked with|I talked with .* the other day|I keep thinking about when|Remember when|It reminds me of when|I still smile about when|Like when|I have not forgotten when|It still stings, when|Not like when|I keep going back to when|After .*, who knows)/.test(
        l.text,
      ),
    );
    expect(recalling.length).toBeGreaterThan(0);
  });
});
