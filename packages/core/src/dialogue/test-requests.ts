import { baselineMood } from '../affect/index.ts';
import type { BigFive, Character, Memory, Relationship, RelationshipLabel } from '../model.ts';
import type { DialogueRequest } from '../ports/index.ts';
import { createRandom } from '../random/index.ts';

/** Test helpers: characters and dialogue requests with sensible defaults (used by the dialogue tests). */

export const NEUTRAL_TRAITS: BigFive = {
  openness: 0.5,
  conscientiousness: 0.5,
  extraversion: 0.5,
  agreeableness: 0.5,
  neuroticism: 0.5,
};

/** A character whose mood sits at its personality's baseline. */
export function character(id: string, name: string, traits: Partial<BigFive> = {}): Character {
  const personality = { ...NEUTRAL_TRAITS, ...traits };
  return {
    id,
    ecosystemId: 'eco',
    name,
    description: '',
    personality,
    mood: baselineMood(personality),
    lastEmotion: null,
    energy: 1,
    active: true,
    stateUpdatedAt: 0,
    createdAt: 0,
  };
}

export function relationship(from: Character, to: Character, label: RelationshipLabel, trust = 0.5): Relationship {
  const strength = { enemy: -0.8, rival: -0.4, stranger: 0, acquaintance: 0.2, friend: 0.5, 'close friend': 0.8 }[
    label
  ];
  return {
    ecosystemId: 'eco',
    fromId: from.id,
    toId: to.id,
    strength,
    trust,
    interactionCount: 5,
    lastInteractionAt: 0,
    label,
  };
}

export function memory(owner: Character, about: Character | null, content: string, valence = 0): Memory {
  return {
    id: `m-${owner.id}`,
    ecosystemId: 'eco',
    characterId: owner.id,
    aboutId: about?.id ?? null,
    content,
    valence,
    importance: 0.8,
    createdAt: 0,
    kind: 'observation',
  };
}

const THEO = character('theo', 'Theo');
const MARA = character('mara', 'Mara');

/** A request from Mara to Theo, a chat she opens, overridable field by field; random seeded by `seed`. */
export function request(seed: number, overrides: Partial<DialogueRequest> = {}): DialogueRequest {
  return {
    speaker: MARA,
    listener: THEO,
    listenerName: THEO.name,
    mode: 'initiate',
    interactionType: 'chat',
    incoming: null,
    relationship: null,
    memories: [],
    scenario: null,
    previousLine: null,
    random: createRandom(seed),
    ...overrides,
  };
}

/** Distinct word bigrams over all bigrams within lines (lowercase words, punctuation ignored). */
export function distinctBigramRatio(lines: readonly string[]): number {
  const seen = new Set<string>();
  let total = 0;
  for (const line of lines) {
    const words = line
      .toLowerCase()
      .split(/[^a-z']+/)
      .filter((w) => w !== '');
    for (let i = 1; i < words.length; i++) {
      seen.add(`${words[i - 1]} ${words[i]}`);
      total++;
    }
  }
  return total === 0 ? 0 : seen.size / total;
}

export function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
