import { interpolateRgb } from 'd3';

/** Edge colours at strength −1, 0 and +1: hostile red, neutral grey, warm green. */
export const STRENGTH_COLOURS = { hostile: '#d64545', neutral: '#8d96a3', warm: '#2f9e5b' } as const;

/** Edge width in px at trust 0 and trust 1. */
export const TRUST_WIDTH = { min: 1, max: 5 } as const;

const toHostile = interpolateRgb(STRENGTH_COLOURS.neutral, STRENGTH_COLOURS.hostile);
const toWarm = interpolateRgb(STRENGTH_COLOURS.neutral, STRENGTH_COLOURS.warm);

/** The colour of a relationship of this strength, from hostile red (−1) through grey (0) to warm green (+1). */
export function strengthColour(strength: number): string {
  const s = Math.max(-1, Math.min(1, strength));
  return s < 0 ? toHostile(-s) : toWarm(s);
}

/** Stroke width for a relationship of this trust. */
export function trustWidth(trust: number): number {
  const t = Math.max(0, Math.min(1, trust));
  return TRUST_WIDTH.min + (TRUST_WIDTH.max - TRUST_WIDTH.min) * t;
}
