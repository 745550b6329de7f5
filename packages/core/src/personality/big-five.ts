import { z } from 'zod';
import { EngineError } from '../errors.ts';
import type { BigFive } from '../model.ts';

/** The five traits, in the order they are reported and validated. */
export const BIG_FIVE_TRAITS = [
  'openness',
  'conscientiousness',
  'extraversion',
  'agreeableness',
  'neuroticism',
] as const satisfies readonly (keyof BigFive)[];
export type BigFiveTrait = (typeof BIG_FIVE_TRAITS)[number];

// zod 4's z.number() already rejects NaN and ±Infinity, so min/max is all a trait needs.
const trait = z.number().min(0).max(1);

/** Big Five personality: every trait required, each a finite number in [0,1], no other keys. */
export const bigFiveSchema = z.strictObject({
  openness: trait,
  conscientiousness: trait,
  extraversion: trait,
  agreeableness: trait,
  neuroticism: trait,
});

/** Validates an untrusted personality; throws EngineError('invalid_personality') naming the bad trait(s). */
export function parsePersonality(input: unknown): BigFive {
  const result = bigFiveSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => describeIssue(issue, input));
  throw new EngineError('invalid_personality', [...new Set(problems)].join(' '));
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const traitName = issue.path[0];
  if (issue.code === 'unrecognized_keys') {
    return (
      `Unknown personality trait${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map(quote).join(', ')}; ` +
      `expected only ${BIG_FIVE_TRAITS.join(', ')}.`
    );
  }
  if (typeof traitName !== 'string') {
    return `Personality must be an object with the traits ${BIG_FIVE_TRAITS.join(', ')}, each between 0 and 1.`;
  }
  const given = typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[traitName] : undefined;
  if (given === undefined) return `Personality trait ${quote(traitName)} is missing.`;
  return `Personality trait ${quote(traitName)} must be a number between 0 and 1 (got ${shown(given)}).`;
}

function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object' && value !== null) return Array.isArray(value) ? 'a list' : 'an object';
  return String(value);
}

function quote(name: PropertyKey): string {
  return `'${String(name)}'`;
}

/** A trait mapped from [0,1] to [-1,1] (t' = 2t − 1), the form Mehrabian's formulas use. */
export function centered(trait: number): number {
  return 2 * trait - 1;
}
