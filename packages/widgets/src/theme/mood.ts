import type { EmotionName, MoodOctant } from '../model/views.ts';

/** ALMA's octant names keyed by the signs of pleasure, arousal, dominance ('+' includes 0), as core's moodLabel. */
const OCTANT_BY_SIGNS: Readonly<Record<string, MoodOctant>> = {
  '+++': 'exuberant',
  '---': 'bored',
  '++-': 'dependent',
  '--+': 'disdainful',
  '+-+': 'relaxed',
  '-+-': 'anxious',
  '+--': 'docile',
  '-++': 'hostile',
};

/** The PAD octant of a mood (mirrors core's moodLabel so widgets need no engine code). */
export function octantOf(mood: { pleasure: number; arousal: number; dominance: number }): MoodOctant {
  const sign = (x: number) => (x < 0 ? '-' : '+');
  return OCTANT_BY_SIGNS[sign(mood.pleasure) + sign(mood.arousal) + sign(mood.dominance)] ?? 'relaxed';
}

/**
 * Fill colour per mood octant: pleasant octants warm/green/blue, unpleasant ones red/purple/grey, so the
 * graph reads "who is happy" at a glance. Mid-tone so the dark outline and a light halo both show.
 */
export const OCTANT_COLOURS: Readonly<Record<MoodOctant, string>> = {
  exuberant: '#f0a431',
  relaxed: '#4cae74',
  docile: '#59a5c8',
  dependent: '#e087b0',
  anxious: '#9a6bd0',
  hostile: '#d9534f',
  disdainful: '#b07a4f',
  bored: '#8b95a5',
};

/** Short human words for octants in legends and badges. */
export const OCTANT_WORDS: Readonly<Record<MoodOctant, string>> = {
  exuberant: 'Exuberant',
  relaxed: 'Relaxed',
  docile: 'Docile',
  dependent: 'Dependent',
  anxious: 'Anxious',
  hostile: 'Hostile',
  disdainful: 'Disdainful',
  bored: 'Bored',
};

/** Whether an OCC emotion is pleasant, for the badge tone (joy, hope… vs distress, anger…). */
export const PLEASANT_EMOTIONS: ReadonlySet<EmotionName> = new Set<EmotionName>([
  'joy',
  'admiration',
  'gratitude',
  'hope',
  'pride',
]);

/** The octant of a label text such as "moderately exuberant", or null when it names none. */
export function octantOfLabel(label: string): MoodOctant | null {
  const last = label.trim().split(/\s+/).at(-1) ?? '';
  return last in OCTANT_COLOURS ? (last as MoodOctant) : null;
}
