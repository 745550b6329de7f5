import type { Emotion, EmotionName } from '../model.ts';
import type { DialogueAct } from './acts.ts';

/** Below this |sentiment| a line is neutral and carries no emotion. */
export const NEUTRAL_SENTIMENT = 0.1;

const POSITIVE: Readonly<Partial<Record<DialogueAct, EmotionName>>> = {
  thank: 'gratitude',
  agree: 'admiration',
  accept: 'joy',
  propose: 'hope',
  comfort: 'admiration',
  answer: 'pride',
  inform: 'joy',
  ask: 'hope',
  greet: 'joy',
  farewell: 'joy',
  laugh: 'joy',
  joke: 'joy',
};
const NEGATIVE: Readonly<Partial<Record<DialogueAct, EmotionName>>> = {
  complain: 'distress',
  disagree: 'reproach',
  dismiss: 'reproach',
  decline: 'distress',
  apologise: 'shame',
  groan: 'reproach',
  tease: 'reproach',
  ask: 'fear',
  answer: 'distress',
  inform: 'distress',
};

/**
 * The emotion a line shows, appraised from the line itself: its sentiment decides the valence (so the tag
 * never contradicts the words) and its act the kind of emotion (a thanks shows gratitude, a complaint
 * distress). Neutral lines show none. Intensity grows with |sentiment| and the speaker's arousal.
 */
export function emotionOfLine(act: DialogueAct, sentiment: number, arousal = 0): Emotion | null {
  if (Math.abs(sentiment) < NEUTRAL_SENTIMENT) return null;
  const name = sentiment > 0 ? (POSITIVE[act] ?? 'joy') : (NEGATIVE[act] ?? 'distress');
  const intensity = Math.min(1, Math.max(0.1, 0.3 + 0.6 * Math.abs(sentiment) + 0.15 * arousal));
  return { name, intensity: Math.round(intensity * 100) / 100 };
}
