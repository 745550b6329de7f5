import { interpolateRgb } from 'd3';

/**
 * Edge colours at strength −1, 0 and +1: a diverging scale, hostile red through a neutral grey to warm blue.
 * Red against blue stays apart for the common colour-vision deficiencies (red against green does not).
 */
export const STRENGTH_COLOURS = { hostile: '#d1362f', neutral: '#a7adb6', warm: '#1f6fd1' } as const;

/** Edge width in px at trust 0 and trust 1. */
export const TRUST_WIDTH = { min: 1, max: 5 } as const;

/** Width in px of one half of a pair's line at |strength| 0 and 1. */
export const STRENGTH_WIDTH = { min: 1.25, max: 7 } as const;

const toHostile = interpolateRgb(STRENGTH_COLOURS.neutral, STRENGTH_COLOURS.hostile);
const toWarm = interpolateRgb(STRENGTH_COLOURS.neutral, STRENGTH_COLOURS.warm);

/** The colour of a relationship of this strength, from hostile red (−1) through grey (0) to warm blue (+1). */
export function strengthColour(strength: number): string {
  const s = Math.max(-1, Math.min(1, strength));
  return s < 0 ? toHostile(Math.sqrt(-s)) : toWarm(Math.sqrt(s));
}

/** Stroke width for a relationship of this strength: the stronger the feeling, either way, the thicker. */
export function strengthWidth(strength: number): number {
  const s = Math.min(1, Math.abs(strength));
  return STRENGTH_WIDTH.min + (STRENGTH_WIDTH.max - STRENGTH_WIDTH.min) * s;
}

/** Stroke opacity for a relationship of this trust: little trust is faint, full trust is solid. */
export function trustOpacity(trust: number): number {
  const t = Math.max(0, Math.min(1, trust));
  return Math.round((0.35 + 0.65 * t) * 100) / 100;
}

/** Stroke width for a relationship of this trust. */
export function trustWidth(trust: number): number {
  const t = Math.max(0, Math.min(1, trust));
  return TRUST_WIDTH.min + (TRUST_WIDTH.max - TRUST_WIDTH.min) * t;
}
