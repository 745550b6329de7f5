import type { MoodOctant } from '@ensemble/core';

/** The widgets' swatch colours per octant, so a preview matches the character's node in the graph. */
export { OCTANT_COLOURS } from '@ensemble/widgets';

/** One line on what each octant feels like, for the mood preview. */
export const OCTANT_MEANINGS: Readonly<Record<MoodOctant, string>> = {
  exuberant: 'upbeat, energetic and sure of themself',
  relaxed: 'content, calm and in control',
  docile: 'content, calm and happy to follow',
  dependent: 'cheerful and excitable, looking to others',
  anxious: 'unhappy, on edge and unsure',
  hostile: 'unhappy, worked up and confrontational',
  disdainful: 'cool, unimpressed and aloof',
  bored: 'flat, listless and withdrawn',
};
