import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formMemory, type MemoryInput } from './form.ts';
import { MEMORY_CONTENT_MAX_CHARS } from './constants.ts';

const input = (over: Partial<MemoryInput> = {}): MemoryInput => ({
  id: 'm1',
  ecosystemId: 'e1',
  characterId: 'c1',
  aboutId: 'c2',
  content: 'Theo helped me fix the roof',
  valence: 0.5,
  emotionalIntensity: 0.5,
  createdAt: 1_000,
  ...over,
});

describe('formMemory', () => {
  it('rates a strongly felt event as more important than a faint one', () => {
    const strong = formMemory(input({ emotionalIntensity: 0.9 }));
    const faint = formMemory(input({ emotionalIntensity: 0.1 }));
    expect(strong.importance).toBeGreaterThan(faint.importance);
  });

  it('rates strongly unpleasant and strongly pleasant events alike by |valence|', () => {
    const bad = formMemory(input({ valence: -0.8 }));
    const good = formMemory(input({ valence: 0.8 }));
    const neutral = formMemory(input({ valence: 0 }));
    expect(bad.importance).toBeCloseTo(good.importance, 10);
    expect(bad.importance).toBeGreaterThan(neutral.importance);
  });

  it('keeps importance within [0,1] and valence within [-1,1] for any input', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), (valence, emotionalIntensity) => {
        const m = formMemory(input({ valence, emotionalIntensity }));
        return m.importance >= 0 && m.importance <= 1 && m.valence >= -1 && m.valence <= 1;
      }),
    );
  });

  it('trims whitespace and caps long content at a word boundary', () => {
    expect(formMemory(input({ content: '  hello   there \n' })).content).toBe('hello there');
    const long = formMemory(input({ content: 'word '.repeat(200) }));
    expect(long.content.length).toBeLessThanOrEqual(MEMORY_CONTENT_MAX_CHARS);
    expect(long.content.endsWith('word…')).toBe(true);
  });

  it('carries the identity fields through unchanged', () => {
    const m = formMemory(input());
    expect([m.id, m.ecosystemId, m.characterId, m.aboutId, m.createdAt]).toEqual(['m1', 'e1', 'c1', 'c2', 1_000]);
  });
});
