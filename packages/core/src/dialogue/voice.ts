import { moodLabel } from '../affect/index.ts';
import { clampUnit } from '../bounds.ts';
import type { Character, InteractionType, MoodLabel, Relationship, RelationshipLabel, ScenarioMood } from '../model.ts';
import { centered } from '../personality/index.ts';

/** The emotional colour of one line: picks the warm, neutral or cold variant of every phrase. */
export type Tone = 'warm' | 'neutral' | 'cold';

/** How the speaker sees the listener, from the relationship label (none yet: stranger). */
export type Stance = 'stranger' | 'acquaintance' | 'friend' | 'close' | 'rival' | 'enemy';

/** Extra sentences a character may add after the core of its line, voicing one trait. */
export type TraitExtra =
  | 'open'
  | 'conventional'
  | 'orderly'
  | 'spontaneous'
  | 'anxious'
  | 'steady'
  | 'initiative'
  | 'reserved'
  | 'kind'
  | 'blunt';

const STANCE_OF_LABEL: Readonly<Record<RelationshipLabel, Stance>> = {
  enemy: 'enemy',
  rival: 'rival',
  stranger: 'stranger',
  acquaintance: 'acquaintance',
  friend: 'friend',
  'close friend': 'close',
};

/**
 * Warmth contributions (in units of a centred trait) that decide the line's tone. Agreeableness is the
 * trait of warmth vs antagonism (Costa & McCrae), so it weighs 1; the relationship, the mood's
 * pleasure and the kind of exchange shift it.
 */
export const WARMTH_WEIGHTS = { agreeableness: 1, pleasure: 0.35, trust: 0.4, strength: 0.2 } as const;
export const STANCE_WARMTH: Readonly<Record<Stance, number>> = {
  enemy: -0.8,
  rival: -0.45,
  stranger: 0,
  acquaintance: 0.1,
  friend: 0.35,
  close: 0.5,
};
export const TYPE_WARMTH: Readonly<Record<InteractionType, number>> = {
  greeting: 0.1,
  chat: 0,
  collaboration: 0.4,
  conflict: -0.9,
};
/** A scenario's mood colours everyone's lines a little: a festival warms them, a feud chills them. */
export const SCENARIO_MOOD_WARMTH: Readonly<Record<ScenarioMood, number>> = {
  calm: 0.05,
  festive: 0.25,
  playful: 0.15,
  tense: -0.25,
  hostile: -0.4,
  somber: -0.15,
  mysterious: 0,
  collaborative: 0.2,
};
/** How sharply warmth selects the tone: weight(warm) = e^(k·w), weight(cold) = e^(−k·w). */
export const TONE_SHARPNESS = 2;
/** Weight of the neutral tone, so mid-warmth characters are mostly matter-of-fact. */
export const NEUTRAL_TONE_WEIGHT = 1.2;

/** Everything about the speaker that shapes its line, derived once per line. */
export interface Voice {
  toneWeights: readonly { item: Tone; weight: number }[];
  stance: Stance;
  mood: MoodLabel;
  /** Probability that a sentence ends in "!" rather than "." (extraversion, arousal). */
  exclaimChance: number;
  /** Probability of prefixing the core with a hedge ("maybe", "I think"): neuroticism. */
  hedgeChance: number;
  /** Probability of an interjection ("oh", "ugh") before the core: extraversion. */
  interjectionChance: number;
  /** Probabilities of a first and a second extra sentence: extraversion makes lines longer. */
  extraChances: readonly [number, number];
  traitExtras: readonly { item: TraitExtra; weight: number }[];
  /** Weight of a mood sentence, and of a stance sentence, among the extras. */
  moodWeight: number;
  stanceWeight: number;
  closerWeight: number;
}

/** Derives the speaker's voice from personality, mood, relationship, interaction type and scenario mood. */
export function voiceOf(
  speaker: Character,
  relationship: Relationship | null,
  type: InteractionType,
  scenarioMood: ScenarioMood | null = null,
): Voice {
  const p = speaker.personality;
  const o = centered(p.openness);
  const c = centered(p.conscientiousness);
  const e = centered(p.extraversion);
  const a = centered(p.agreeableness);
  const n = centered(p.neuroticism);
  const extraversion = clampUnit(p.extraversion);
  const mood = moodLabel(speaker.mood);
  const stance = relationship === null ? 'stranger' : STANCE_OF_LABEL[relationship.label];
  const trust = relationship === null ? 0 : relationship.trust - 0.5;
  const strength = relationship === null ? 0 : relationship.strength;

  const warmth =
    WARMTH_WEIGHTS.agreeableness * a +
    WARMTH_WEIGHTS.pleasure * speaker.mood.pleasure +
    WARMTH_WEIGHTS.trust * trust +
    WARMTH_WEIGHTS.strength * strength +
    STANCE_WARMTH[stance] +
    TYPE_WARMTH[type] +
    (scenarioMood === null ? 0 : SCENARIO_MOOD_WARMTH[scenarioMood]);
  const toneWeights = [
    { item: 'warm' as const, weight: Math.exp(TONE_SHARPNESS * warmth) },
    { item: 'neutral' as const, weight: NEUTRAL_TONE_WEIGHT },
    { item: 'cold' as const, weight: Math.exp(-TONE_SHARPNESS * warmth) },
  ];
  const intensityRank = mood.intensity === 'fully' ? 2 : mood.intensity === 'moderately' ? 1 : 0;

  return {
    toneWeights,
    stance,
    mood,
    exclaimChance: clampUnit(0.05 + 0.5 * extraversion + 0.2 * speaker.mood.arousal),
    hedgeChance: clampUnit(0.03 + 0.4 * pos(n) + (mood.octant === 'anxious' ? 0.1 : 0)),
    interjectionChance: 0.15 + 0.35 * extraversion,
    extraChances: [0.03 + 0.45 * extraversion, 0.18 * extraversion],
    traitExtras: [
      { item: 'open', weight: 0.1 + 1.2 * pos(o) },
      { item: 'conventional', weight: 0.8 * pos(-o) },
      { item: 'orderly', weight: 0.1 + 1.2 * pos(c) },
      { item: 'spontaneous', weight: 0.8 * pos(-c) },
      { item: 'anxious', weight: 0.1 + 1.4 * pos(n) },
      { item: 'steady', weight: 0.6 * pos(-n) },
      { item: 'initiative', weight: 0.9 * pos(e) },
      { item: 'reserved', weight: 0.6 * pos(-e) },
      { item: 'kind', weight: 0.9 * pos(a) },
      { item: 'blunt', weight: 0.9 * pos(-a) },
    ],
    moodWeight: 0.2 + 0.3 * intensityRank,
    stanceWeight: stance === 'stranger' || stance === 'acquaintance' ? 0.35 : 0.7,
    closerWeight: 0.2 + 0.6 * extraversion,
  };
}

function pos(x: number): number {
  return x > 0 ? x : 0;
}
