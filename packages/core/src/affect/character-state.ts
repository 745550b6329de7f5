import type { Character, EmotionName, MoodOctant } from '../model.ts';
import { baselineMood } from './baseline.ts';
import { recoverEnergy } from './energy.ts';
import { decayMood } from './mood.ts';
import { moodLabel } from './mood-label.ts';

/**
 * A character brought up to `now`: mood decayed toward its baseline and energy recovered for the time
 * since `stateUpdatedAt`. Returns a new object; a time not after `stateUpdatedAt` returns an equal copy.
 */
export function settleCharacter(c: Character, now: number): Character {
  const copy: Character = {
    ...c,
    personality: { ...c.personality },
    mood: { ...c.mood },
    lastEmotion: c.lastEmotion === null ? null : { ...c.lastEmotion },
  };
  if (!(now > c.stateUpdatedAt)) return copy;
  const elapsed = now - c.stateUpdatedAt;
  copy.mood = decayMood(c.mood, baselineMood(c.personality), elapsed);
  copy.energy = recoverEnergy(c.energy, elapsed, c.personality);
  copy.stateUpdatedAt = now;
  return copy;
}

/** A character's emotional state as the API and events report it. */
export interface EmotionalStateView {
  pleasure: number;
  arousal: number;
  dominance: number;
  /** MoodLabel.text, e.g. "moderately exuberant". */
  label: string;
  octant: MoodOctant;
  /** The emotion last felt, or null. */
  emotion: EmotionName | null;
  energy: number;
}

/** The reportable emotional state of a character, as stored (settle it first for the current view). */
export function emotionalStateOf(c: Character): EmotionalStateView {
  const label = moodLabel(c.mood);
  return {
    pleasure: c.mood.pleasure,
    arousal: c.mood.arousal,
    dominance: c.mood.dominance,
    label: label.text,
    octant: label.octant,
    emotion: c.lastEmotion?.name ?? null,
    energy: c.energy,
  };
}
