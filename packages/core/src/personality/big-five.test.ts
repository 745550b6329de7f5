import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../errors.ts';
import { bigFiveArb } from '../../testing/arbitraries.ts';
import { bigFiveSchema, centered, parsePersonality } from './big-five.ts';

const valid = { openness: 0.7, conscientiousness: 0.4, extraversion: 0.9, agreeableness: 0.2, neuroticism: 0 };

function rejection(input: unknown): EngineError {
  try {
    parsePersonality(input);
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    return error as EngineError;
  }
  throw new Error('parsePersonality accepted an invalid personality');
}

describe('parsePersonality', () => {
  it('returns every valid personality unchanged', () => {
    fc.assert(
      fc.property(bigFiveArb, (p) => {
        expect(parsePersonality(p)).toEqual(p);
      }),
    );
  });

  it('accepts the bounds 0 and 1', () => {
    expect(parsePersonality({ ...valid, openness: 0, neuroticism: 1 })).toMatchObject({ openness: 0, neuroticism: 1 });
  });

  it.each([
    ['above 1', 1.01],
    ['below 0', -0.2],
    ['NaN', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
    ['a string', '0.5'],
  ])('rejects a trait that is %s, naming the trait', (_, bad) => {
    const error = rejection({ ...valid, agreeableness: bad });
    expect(error.code).toBe('invalid_personality');
    expect(error.message).toContain("'agreeableness'");
    expect(error.message).not.toContain("'openness'");
  });

  it('rejects a missing trait, saying it is missing', () => {
    const { neuroticism: _, ...missing } = valid;
    const error = rejection(missing);
    expect(error.code).toBe('invalid_personality');
    expect(error.message).toMatch(/'neuroticism' is missing/);
  });

  it('names every bad trait when several are wrong', () => {
    const error = rejection({ ...valid, openness: 2, extraversion: -1 });
    expect(error.message).toContain("'openness'");
    expect(error.message).toContain("'extraversion'");
  });

  it('rejects unknown keys (strict)', () => {
    const error = rejection({ ...valid, charisma: 0.5 });
    expect(error.code).toBe('invalid_personality');
    expect(error.message).toContain("'charisma'");
    expect(bigFiveSchema.safeParse({ ...valid, charisma: 0.5 }).success).toBe(false);
  });

  it.each([null, 42, 'calm', []])('rejects a non-object (%j) with the code', (input) => {
    expect(rejection(input).code).toBe('invalid_personality');
  });
});

describe('centered', () => {
  it('maps 0, 0.5 and 1 to -1, 0 and 1', () => {
    expect(centered(0)).toBe(-1);
    expect(centered(0.5)).toBe(0);
    expect(centered(1)).toBe(1);
  });
});
