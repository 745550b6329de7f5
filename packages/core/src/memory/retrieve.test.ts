import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Memory } from '../model.ts';
import { memoryRecency, memoryRelevance, retrieveMemories } from './retrieve.ts';
import { contentWords } from './words.ts';

const HOUR = 3_600_000;
const NOW = 1_000 * HOUR;

const memory = (id: string, over: Partial<Memory> = {}): Memory => ({
  id,
  ecosystemId: 'e',
  characterId: 'me',
  aboutId: null,
  kind: 'observation',
  content: 'nothing much happened',
  valence: 0,
  importance: 0.1,
  createdAt: NOW,
  ...over,
});

describe('memoryRecency', () => {
  it('decays as 0.99 to the power of the hours elapsed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000 }), (hours) => {
        const r = memoryRecency(memory('m', { createdAt: NOW - hours * HOUR }), NOW);
        return Math.abs(r - 0.99 ** hours) < 1e-12;
      }),
    );
    expect(memoryRecency(memory('m', { createdAt: NOW - 24 * HOUR }), NOW)).toBeCloseTo(0.7857, 4);
  });

  it('treats a memory stamped after now as brand new', () => {
    expect(memoryRecency(memory('m', { createdAt: NOW + HOUR }), NOW)).toBe(1);
  });
});

describe('memoryRelevance', () => {
  it('favours memories about the same character', () => {
    const words = contentWords('hello');
    const aboutTheo = memoryRelevance(memory('a', { aboutId: 'theo' }), 'theo', words);
    const aboutMara = memoryRelevance(memory('b', { aboutId: 'mara' }), 'theo', words);
    expect(aboutTheo).toBeGreaterThan(aboutMara);
  });

  it('grows with word overlap between the memory and the query text', () => {
    const words = contentWords('shall we repair the lighthouse lamp');
    const overlap = memoryRelevance(memory('a', { content: 'we repaired the lighthouse lamp together' }), null, words);
    const none = memoryRelevance(memory('b', { content: 'a quiet dinner at the inn' }), null, words);
    expect(overlap).toBeGreaterThan(none);
    expect(none).toBe(0);
  });
});

describe('retrieveMemories', () => {
  const query = { now: NOW, aboutId: 'theo', text: 'the harbour festival lanterns' };

  it('ranks a recent, important, relevant memory above an old trivial unrelated one', () => {
    const old = memory('old', { createdAt: NOW - 500 * HOUR, importance: 0.05, content: 'ate some bread' });
    const vivid = memory('vivid', {
      createdAt: NOW - HOUR,
      importance: 0.9,
      aboutId: 'theo',
      content: 'Theo lit the festival lanterns with me',
    });
    expect(retrieveMemories([old, vivid], query, 2).map((m) => m.id)).toEqual(['vivid', 'old']);
  });

  it('lets relevance decide between memories equal in recency and importance', () => {
    const other = memory('other', { aboutId: 'mara' });
    const same = memory('same', { aboutId: 'theo' });
    expect(retrieveMemories([other, same], query, 1).map((m) => m.id)).toEqual(['same']);
  });

  it('lets recency decide between memories equal in importance and relevance', () => {
    const older = memory('older', { createdAt: NOW - 48 * HOUR });
    const newer = memory('newer', { createdAt: NOW - 2 * HOUR });
    expect(retrieveMemories([older, newer], query, 2).map((m) => m.id)).toEqual(['newer', 'older']);
  });

  it('respects the limit and returns nothing for a limit of zero or less', () => {
    const many = Array.from({ length: 10 }, (_, i) => memory(`m${i}`, { importance: i / 10 }));
    expect(retrieveMemories(many, query, 3)).toHaveLength(3);
    expect(retrieveMemories(many, query, 0)).toEqual([]);
    expect(retrieveMemories(many, query, -2)).toEqual([]);
    expect(retrieveMemories(many, query, 50)).toHaveLength(10);
  });

  it('keeps input order for ties, so retrieval is deterministic', () => {
    const tied = ['a', 'b', 'c', 'd'].map((id) => memory(id));
    expect(retrieveMemories(tied, query, 4).map((m) => m.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('ranks exactly as scoring every memory from scratch would (cached words change nothing)', () => {
    const words = ['lighthouse', 'lamp', 'festival', 'lanterns', 'bread', 'harbour', 'theo', 'quarrel', 'roof'];
    const arbMemory = fc.record({
      hours: fc.integer({ min: 0, max: 300 }),
      importance: fc.double({ min: 0, max: 1, noNaN: true }),
      about: fc.constantFrom('theo', 'mara', null),
      content: fc.array(fc.constantFrom(...words), { maxLength: 6 }).map((w) => w.join(' ')),
    });
    fc.assert(
      fc.property(fc.array(arbMemory, { minLength: 1, maxLength: 10 }), fc.constantFrom(...words), (specs, topic) => {
        const ms = specs.map((s, i) =>
          memory(`m${i}`, {
            createdAt: NOW - s.hours * HOUR,
            importance: s.importance,
            aboutId: s.about,
            content: s.content,
          }),
        );
        const q = { now: NOW, aboutId: 'theo', text: `the ${topic} again` };
        const queryWords = contentWords(q.text);
        const normalise = (xs: number[]) => {
          const lo = Math.min(...xs);
          const hi = Math.max(...xs);
          return xs.map((x) => (hi - lo > 0 ? (x - lo) / (hi - lo) : 0));
        };
        const r = normalise(ms.map((m) => memoryRecency(m, NOW)));
        const i = normalise(ms.map((m) => m.importance));
        const v = normalise(ms.map((m) => memoryRelevance(m, 'theo', queryWords)));
        const expected = ms
          .map((m, k) => ({ m, k, score: r[k]! + i[k]! + v[k]! }))
          .sort((a, b) => b.score - a.score || a.k - b.k)
          .map((x) => x.m.id);
        expect(retrieveMemories(ms, q, ms.length).map((m) => m.id)).toEqual(expected);
        expect(retrieveMemories(ms, q, ms.length).map((m) => m.id)).toEqual(expected);
      }),
    );
  });

  it('never ranks first a memory that another beats on recency, importance and relevance at once', () => {
    const arbMemory = fc.record({
      hours: fc.integer({ min: 0, max: 1_000 }),
      importance: fc.double({ min: 0, max: 1, noNaN: true }),
      about: fc.constantFrom('theo', 'mara', null),
    });
    fc.assert(
      fc.property(fc.array(arbMemory, { minLength: 1, maxLength: 12 }), (specs) => {
        const ms = specs.map((s, i) =>
          memory(`m${i}`, {
            createdAt: NOW - s.hours * HOUR,
            importance: s.importance,
            aboutId: s.about,
          }),
        );
        const ranked = retrieveMemories(ms, query, ms.length);
        // The top memory must not be dominated on all three components by any other memory.
        const top = ranked[0]!;
        return ms.every(
          (m) =>
            !(
              memoryRecency(m, NOW) > memoryRecency(top, NOW) &&
              m.importance > top.importance &&
              (m.aboutId === 'theo' ? 1 : 0) > (top.aboutId === 'theo' ? 1 : 0)
            ),
        );
      }),
    );
  });
});
