/**
 * Lore in template lines, on the real store with real search: before each turn the API finds what each
 * participant knows for the scene (documents known to all, or to that character), and the engine's lines
 * draw on it — a document known only to Mara never shapes another character's lines.
 */
import {
  createRandom,
  createSentimentAnalyzer,
  createSequentialIds,
  createTemplateDialogue,
  createVirtualClock,
  runTurn,
  startScenario,
  transcriptOf,
  type EngineDeps,
} from '@ensemble/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../testing/stores.ts';
import { sampleCharacter, sampleDocument, sampleEcosystem, sampleUser, T0 } from '../store/contract/fixtures.ts';
import { Lore } from './lore.ts';
import { SceneLore } from './scene-lore.ts';

let opened: TestStore;

beforeAll(async () => {
  opened = await openTestStore();
}, 120_000);

afterAll(async () => {
  await opened?.close();
});

describe('lore in template lines', () => {
  it('a document known only to Mara shapes her lines and never another character’s', async () => {
    const store = opened.store;
    const user = sampleUser();
    await store.createUser(user);
    const eco = sampleEcosystem(user.id);
    await store.createEcosystem(eco);
    const mara = sampleCharacter(eco.id, { name: 'Mara' });
    const bram = sampleCharacter(eco.id, { name: 'Bram' });
    const ysolde = sampleCharacter(eco.id, { name: 'Ysolde' });
    for (const c of [mara, bram, ysolde]) await store.saveCharacter(c);
    await store.createDocument(
      sampleDocument(eco.id, user.id, {
        title: 'Secret: The Widow Revealed',
        content:
          'The Grey Widow who runs the smugglers is Ysolde of the harbour tavern, and the lantern festival covers her boats.',
        knownTo: [mara.id],
      }),
    );
    await store.createDocument(
      sampleDocument(eco.id, user.id, {
        title: 'The Lantern Festival',
        content: 'Every autumn the people of the harbour hang paper lanterns along the quay for those lost at sea.',
        knownTo: null,
      }),
    );
    const lore = new Lore({ store, embedder: null });
    const sceneLore = new SceneLore(lore);
    const clock = createVirtualClock(T0);
    const deps: EngineDeps = {
      store,
      clock,
      ids: createSequentialIds('lore'),
      sentiment: createSentimentAnalyzer(),
      dialogue: createTemplateDialogue(),
      random: createRandom(3),
    };
    const { scenario } = await startScenario(deps, {
      ecosystemId: eco.id,
      title: 'Evening at the harbour',
      setting: 'the quay at dusk',
      mood: 'calm',
      objectives: ['Plan the lantern festival'],
      participantIds: [mara.id, bram.id, ysolde.id],
      durationMinutes: 600,
      speed: 1,
      seed: 11,
    });
    const known = await sceneLore.forScene(scenario);
    expect(known!.knownBy(mara.id).map((p) => p.title)).toContain('Secret: The Widow Revealed');
    expect(known!.knownBy(bram.id).map((p) => p.title)).toEqual(['The Lantern Festival']);
    // Lore comes up in one eligible line in ten, drawn per line: play on (in rounds of 50 turns, at most 1,000)
    // until Mara has brought up her secret twice and someone else the festival, then check who said what.
    const names = new Map([mara, bram, ysolde].map((c) => [c.id, c.name]));
    const spoken = async () =>
      transcriptOf(await store.listEvents(eco.id, 0, Number.MAX_SAFE_INTEGER), names).filter(
        (l) => l.speakerId !== null,
      );
    const secretIn = (ls: Awaited<ReturnType<typeof spoken>>) =>
      ls.filter((l) => /Grey Widow|Widow Revealed/.test(l.text));
    const festivalByOthers = (ls: Awaited<ReturnType<typeof spoken>>) =>
      ls.some((l) => l.speakerId !== mara.id && /the Lantern Festival\?/.test(l.text));
    let lines = await spoken();
    for (let turn = 0; turn < 1000 && (secretIn(lines).length < 2 || !festivalByOthers(lines)); turn++) {
      const now = await store.getScenario(scenario.id);
      const lore = await sceneLore.forScene(now!);
      await runTurn({ ...deps, ...(lore ? { lore } : {}) }, scenario.id);
      clock.advance(60_000);
      if (turn % 50 === 49) lines = await spoken();
    }
    lines = await spoken();
    const secret = secretIn(lines);
    expect(secret.length).toBeGreaterThanOrEqual(2);
    expect(secret.every((l) => l.speakerId === mara.id)).toBe(true);
    expect(festivalByOthers(lines)).toBe(true);
  }, 240_000);
});
