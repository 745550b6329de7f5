import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { Random } from '../ports/index.ts';

/**
 * Seeds for the four 32-bit words of xoroshiro128+'s state: the (seed, salt...) key is hashed four
 * times with these distinct MurmurHash3 seeds (digits of π), giving a full 128-bit state per key.
 * pure-rand's own `xoroshiro128plus(seed)` fills the state from one 32-bit seed and its complement,
 * so nearby seeds start with correlated outputs; hashing avoids that.
 */
const STATE_HASH_SEEDS = [0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344] as const;

const bits = new DataView(new ArrayBuffer(8));

/** A deterministic uniform source in [0,1) for `seed` (the same stream as `randomFor(seed)`). */
export function createRandom(seed: number): Random {
  return randomFor(seed);
}

/**
 * An independent deterministic stream for (seed, ...salt), e.g. (scenario seed, turn): any change
 * in any number gives an unrelated stream; the same numbers always give the same one.
 */
export function randomFor(seed: number, ...salt: number[]): Random {
  const h = [...STATE_HASH_SEEDS] as number[];
  absorb(h, seed);
  for (const s of salt) absorb(h, s);
  const length = (salt.length + 1) * 8;
  const state = h.map((word) => finish(word, length));
  // xoroshiro's all-zero state is a fixed point; astronomically unlikely, but cheap to rule out.
  if (state[0] === 0 && state[1] === 0 && state[2] === 0 && state[3] === 0) state[0] = 1;
  const generator = xoroshiro128plusFromState(state);
  return { next: () => uniformFloat64(generator) };
}

/** Feeds both little-endian 32-bit words of a double into each hash, so fractions and big numbers count. */
function absorb(hashes: number[], x: number): void {
  // One bit pattern for NaN and for ±0, so equal-looking inputs give equal streams.
  bits.setFloat64(0, Number.isNaN(x) ? NaN : x === 0 ? 0 : x, true);
  const lo = bits.getUint32(0, true);
  const hi = bits.getUint32(4, true);
  for (let i = 0; i < hashes.length; i++) hashes[i] = mix(mix(hashes[i] as number, lo), hi);
}

/** One MurmurHash3 x86_32 block step. */
function mix(h: number, word: number): number {
  let k = Math.imul(word, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3 x86_32 finalisation (length, then avalanche). */
function finish(h: number, byteLength: number): number {
  h ^= byteLength;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}
