/**
 * Range guards for the model's quantities. Every state the engine stores (mood, energy, strength, trust)
 * passes through one of these, so a bad input can never push a value outside its documented range.
 */

/** `x` limited to [lo, hi]; NaN becomes the midpoint, so a corrupt input lands on a neutral value. */
export function clamp(x: number, lo: number, hi: number): number {
  if (Number.isNaN(x)) return (lo + hi) / 2;
  return x < lo ? lo : x > hi ? hi : x;
}

/** `x` limited to [0,1] (energy, trust, intensities, traits). */
export function clampUnit(x: number): number {
  return clamp(x, 0, 1);
}

/** `x` limited to [-1,1] (PAD axes, relationship strength, sentiment). */
export function clampSigned(x: number): number {
  return clamp(x, -1, 1);
}
