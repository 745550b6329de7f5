import { describe, expect, it } from 'vitest';
import { ECO, NEUTRAL, character, seed, testDeps } from '../interactions/test-support.ts';
import type { Character, Memory } from '../model.ts';
import type { DialogueGenerator, DialogueRequest, EngineDeps } from '../ports/index.ts';
import { createTemplateDialogue } from './template-dialogue.ts';
import { recollection } from './recollection.ts';
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

  it('refer back to earlier exchanges, conversations and reflections in a long enough scene', async () => {
    const { deps, store, clock } = testDeps({ seed: 4 });
    await seed(store, character('mara', 'Mara'), character('bram', 'Bram'), character('ysolde', 'Ysolde'));
    // The template's lines, with the sentence a recollection appended told apart: it is what recollection()
    // gives for the rest of the line.
    const template = createTemplateDialogue();
    const recalled: string[] = [];
    const dialogue: DialogueGenerator = {
      async generate(req) {
        const text = await template.generate(req);
        for (let at = text.indexOf(' '); at > 0; at = text.indexOf(' ', at + 1)) {
          if (recollection(req, text.slice(0, at)) === text.slice(at + 1)) recalled.push(text.slice(at + 1));
        }
        return text;
      },
    };
    await play({ ...deps, dialogue }, clock, 400);
    expect(recalled.length).toBeGreaterThan(0);
    // Each says who it was with: "you" to them, or their name.
    for (const r of recalled) expect(r, r).toMatch(/\b(you|Mara|Bram|Ysolde)\b/i);
  });
});

const MARA = character('mara', 'Mara');
const BRAM = character('bram', 'Bram');
const YSOLDE = character('ysolde', 'Ysolde');

function memory(content: string, overrides: Partial<Memory> = {}): Memory {
  return {
    id: 'm1',
    ecosystemId: ECO,
    characterId: 'mara',
    aboutId: 'bram',
    content,
    valence: -0.8,
    importance: 0.9,
    createdAt: 0,
    kind: 'observation',
    ...overrides,
  };
}

function request(speaker: Character, listener: Character, memories: Memory[]): DialogueRequest {
  return {
    speaker,
    listener,
    listenerName: listener.name,
    mode: 'reply',
    interactionType: 'chat',
    incoming: null,
    relationship: null,
    memories,
    scenario: null,
    previousLine: null,
    random: { next: () => 0 },
    line: { act: 'inform', topic: 'the nets', conversationId: 'c1', addressees: [listener.name] },
  };
}

/** The recollections `request` gets over many different lines (each line draws its own chance). */
function recollections(req: DialogueRequest, lines = 3000): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const said = recollection(req, `Line number ${i} about the nets.`);
    if (said !== null) out.push(said);
  }
  return out;
}

const QUARREL =
  "Bram argued with me: “Ugh, Mara's rotten nets are torn again, honestly.” I said: “They are fine, Bram.”";

describe('recollections say what the memory holds', () => {
  it('bring up an exchange by its thing and its people: Mara tells Bram he ran down her nets, in her words', () => {
    const said = recollections(request(MARA, BRAM, [memory(QUARREL)]));
    expect(said.length).toBeGreaterThan(20);
    // Every one names the nets, as Mara's own ("my nets"), and says them to Bram as "you".
    for (const s of said) expect(s, s).toMatch(/\bmy (rotten )?nets\b/);
    for (const s of said) expect(s, s).toMatch(/\byou\b/i);
    // Now and then as Bram called them.
    expect(said.some((s) => /you called my nets rotten/i.test(s))).toBe(true);
    // Said to Ysolde, the same memory is about Bram, by name.
    const toYsolde = recollections(request(MARA, YSOLDE, [memory(QUARREL)]));
    expect(toYsolde.length).toBeGreaterThan(20);
    for (const s of toYsolde) expect(s, s).toMatch(/\bBram\b.*\bmy (rotten )?nets\b/);
  });

  it('say it by how it felt and the speaker’s temper: a warm Mara lets a quarrel go, a sharp one stands by it', () => {
    const warm = character('mara', 'Mara', { personality: { ...NEUTRAL, agreeableness: 0.9 } });
    const sharp = character('mara', 'Mara', { personality: { ...NEUTRAL, agreeableness: 0.1 } });
    const fromWarm = recollections(request(warm, BRAM, [memory(QUARREL)])).join(' ');
    const fromSharp = recollections(request(sharp, BRAM, [memory(QUARREL)])).join(' ');
    expect(fromWarm).toMatch(/no grudge|mend it/);
    expect(fromSharp).not.toMatch(/no grudge|mend it/);
    expect(fromSharp).toMatch(/I stand by what I said|I was right/);
    expect(fromWarm).not.toMatch(/I stand by what I said|I was right/);
    // A good memory is said fondly, never as a sore one.
    const help = memory("Bram worked with me: “Let us mend Mara's old nets together, shall we?” I said: “Gladly.”", {
      valence: 0.8,
    });
    const fond = recollections(request(MARA, BRAM, [help]));
    expect(fond.length).toBeGreaterThan(20);
    for (const s of fond) expect(s, s).toMatch(/\bmy (old )?nets\b/);
    for (const s of fond) expect(s, s).not.toMatch(/rankles|stung|not let it go|smarts|mind it still/);
  });

  it('bring up a conversation by its company, topic and how it went, and a reflection by its stance and the exchange behind it', () => {
    const talk = memory('I talked with Bram about the harvest supper; it went warmly, and we said our goodbyes.', {
      kind: 'summary',
      valence: 0.4,
      importance: 0.5,
    });
    const talks = recollections(request(MARA, BRAM, [talk]));
    expect(talks.length).toBeGreaterThan(20);
    for (const s of talks) expect(s, s).toMatch(/harvest supper/);
    for (const s of talks) expect(s, s).toMatch(/warm/);
    expect(talks.some((s) => /\byou and I\b/.test(s))).toBe(true);
    const reflection = memory(`I distrust Bram since Bram argued with me, “Ugh, Mara's rotten nets are torn…”.`, {
      kind: 'reflection',
      valence: -0.5,
    });
    const stances = recollections(request(MARA, BRAM, [reflection]));
    expect(stances.length).toBeGreaterThan(20);
    for (const s of stances)
      expect(s, s).toMatch(/\b(distrust|doubt|arm's length|trust you an inch|hardly trust) you\b|arm's length/);
    for (const s of stances) expect(s, s).toMatch(/since you .*my (rotten )?nets/);
  });

  it('replay: the same request and line give the same recollection', () => {
    const req = request(MARA, BRAM, [memory(QUARREL)]);
    expect(recollections(req, 500)).toEqual(recollections(req, 500));
  });
});
