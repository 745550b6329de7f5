import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Random } from '../ports/index.ts';
import { createRandom } from '../random/index.ts';
import { createTemplateDialogue, writeLine } from './template-dialogue.ts';
import { character, memory, request } from './test-requests.ts';

const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);

describe('createTemplateDialogue', () => {
  it('writes the same line for the same request and the same random state', async () => {
    const generator = createTemplateDialogue();
    for (const seed of SEEDS.slice(0, 50)) {
      const a = await generator.generate(request(seed));
      const b = await generator.generate(request(seed));
      expect(a).toBe(b);
    }
  });

  it('writes different lines for different seeds', () => {
    const lines = SEEDS.slice(0, 60).map((seed) => writeLine(request(seed)));
    expect(new Set(lines).size).toBeGreaterThanOrEqual(55);
  });

  it('draws every choice from request.random', () => {
    let draws = 0;
    const seeded = createRandom(7);
    const counting: Random = {
      next: () => {
        draws++;
        return seeded.next();
      },
    };
    writeLine(request(0, { random: counting }));
    expect(draws).toBeGreaterThan(3);
  });

  it('never repeats the previous line, even when the same draws would produce it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom('initiate', 'reply'),
        fc.constantFrom('greeting', 'chat', 'collaboration', 'conflict'),
        (seed, mode, interactionType) => {
          const base = {
            mode,
            interactionType,
            incoming: mode === 'reply' ? 'Shall we fix the bridge?' : null,
          } as const;
          const previous = writeLine(request(seed, base));
          return writeLine(request(seed, { ...base, previousLine: previous })) !== previous;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('varies a line deterministically when every draw repeats the previous one', () => {
    const stuck: Random = { next: () => 0 };
    const previous = writeLine(request(0, { random: stuck }));
    const next = writeLine(request(0, { random: { next: () => 0 }, previousLine: previous }));
    expect(next).not.toBe(previous);
    expect(writeLine(request(0, { random: { next: () => 0 }, previousLine: previous }))).toBe(next);
  });

  it('writes one line of one to three plain sentences', () => {
    for (const seed of SEEDS) {
      const line = writeLine(request(seed, { speaker: character('e', 'Eve', { extraversion: 1 }) }));
      expect(line).not.toMatch(/[\n<>*_#`[\]{}]/);
      expect(line).toMatch(/^[A-Z]/);
      const sentences = line.split(/(?<=[.!?])\s+(?=[A-Z])/);
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(3);
    }
  });

  it('addresses the listener by name in most lines that open an exchange', () => {
    const named = SEEDS.filter((seed) => writeLine(request(seed)).includes('Theo'));
    expect(named.length / SEEDS.length).toBeGreaterThan(0.75);
  });

  it('addresses a user by listenerName when there is no listener character', () => {
    const lines = SEEDS.map((seed) => writeLine(request(seed, { listener: null, listenerName: 'Sam' })));
    expect(lines.filter((l) => l.includes('Sam')).length / lines.length).toBeGreaterThan(0.75);
    expect(lines.some((l) => l.includes('Theo'))).toBe(false);
  });

  it('names no one but the listener', () => {
    const allowed = new Set(['Theo', 'I', "I'm", "I'll", "I'd", "I've", 'Sunday', 'Monday', 'Friday']);
    for (const seed of SEEDS) {
      const line = writeLine(request(seed, { mode: seed % 2 ? 'reply' : 'initiate', incoming: 'Hello there.' }));
      const words = line.split(/\s+/);
      words.forEach((word, i) => {
        const previous = words[i - 1];
        const startsSentence = i === 0 || previous === undefined || /[.!?:“]$/.test(previous);
        const bare = word.replace(/^[“"]+|[^A-Za-z']+$/g, '');
        if (!startsSentence && /^[A-Z]/.test(bare)) expect(allowed, `${bare} in "${line}"`).toContain(bare);
      });
    }
  });

  it('echoes a topic word of the incoming line in some replies', () => {
    const incoming = 'I think we should rescue the marmalade stall.';
    const lines = SEEDS.map((seed) => writeLine(request(seed, { mode: 'reply', incoming })));
    expect(lines.filter((l) => /marmalade/i.test(l)).length).toBeGreaterThan(SEEDS.length * 0.05);
  });

  it('refers to the top memory in some lines', () => {
    const mara = character('mara', 'Mara');
    const theo = character('theo', 'Theo');
    const memories = [memory(mara, theo, 'Theo argued with me: “You broke the lantern.” I said: “Sorry.”', -0.6)];
    const lines = SEEDS.map((seed) => writeLine(request(seed, { speaker: mara, listener: theo, memories })));
    const recalling = lines.filter(
      (l) => l.includes('you argued with me') || l.includes('you said “You broke the lantern”'),
    );
    expect(recalling.length).toBeGreaterThan(SEEDS.length * 0.05);
  });

  it('mentions the scenario setting or an objective in some lines', () => {
    const scenario = {
      title: 'Night market',
      setting: 'The moonlit harbour market',
      mood: 'festive' as const,
      objectives: ['Find the missing bell'],
    };
    const lines = SEEDS.map((seed) => writeLine(request(seed, { scenario })));
    expect(lines.filter((l) => l.includes('the moonlit harbour market')).length).toBeGreaterThan(3);
    expect(lines.filter((l) => l.includes('find the missing bell')).length).toBeGreaterThan(3);
  });

  it('writes thousands of lines per second', () => {
    const started = performance.now();
    for (let seed = 0; seed < 3000; seed++)
      writeLine(request(seed, { mode: seed % 2 ? 'reply' : 'initiate', incoming: 'Nice day.' }));
    const seconds = (performance.now() - started) / 1000;
    // Generous bound for a loaded CI machine; unloaded it runs several thousand lines per second.
    expect(3000 / seconds).toBeGreaterThan(1000);
  });

  it("takes a conversation's used frames from the line and adds the one it uses: a fresh generator given them writes what the first would", async () => {
    const scenario = { title: 'Harbour', setting: 'the quay at noon', mood: 'calm' as const, objectives: [] };
    const ask = (seed: number, framesUsed?: string[]) =>
      request(seed, {
        scenario,
        line: {
          act: 'ask',
          topic: 'the nets',
          conversationId: 'sc.c1',
          addressees: ['Theo'],
          ...(framesUsed ? { framesUsed } : {}),
        },
      });
    // One generator, one conversation: ten asks, no frame twice (it remembers them by conversation id).
    const first = createTemplateDialogue();
    const remembered: string[] = [];
    for (let i = 0; i < 10; i++) remembered.push(await first.generate(ask(i)));
    // The same asks, the frames kept in the line instead: the same lines, and the list holds ten distinct frames.
    const framesUsed: string[] = [];
    const kept: string[] = [];
    for (let i = 0; i < 10; i++) kept.push(await createTemplateDialogue().generate(ask(i, framesUsed)));
    expect(kept).toEqual(remembered);
    expect(new Set(framesUsed).size).toBe(10);
    expect(framesUsed.every((f) => f.startsWith('ask:'))).toBe(true);
    // Without them, a fresh generator may reuse a frame the conversation already used.
    const fresh = await Promise.all(Array.from({ length: 10 }, (_, i) => createTemplateDialogue().generate(ask(i))));
    expect(fresh).not.toEqual(remembered);
  });
});
