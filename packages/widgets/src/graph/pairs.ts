import type { GraphEdgeView } from '../model/views.ts';
import { isTie } from '../data/graph-events.ts';

/**
 * Below this |strength| (both directions) a tie is weak: in a crowded graph it is drawn only when the
 * reader asks for weak ties, so the graph shows the relationships that matter instead of a hairball.
 */
export const WEAK_TIE_STRENGTH = 0.15;

/** More ties than this per character make a crowd: weak ties are then hidden until asked for. */
export const CROWDED_TIES_PER_CHARACTER = 1.5;

/** Two characters and how each sees the other: one line in the graph. */
export interface PairView {
  /** `a→b` with a < b, the same whichever direction came first. */
  key: string;
  a: string;
  b: string;
  /** How a sees b, and b sees a; null where that direction does not exist yet. */
  ab: GraphEdgeView | null;
  ba: GraphEdgeView | null;
  /** Mean strength and trust of the directions present. */
  strength: number;
  trust: number;
  /** Counted as a relationship (as the API counts them: met, or more than a passing feeling either way). */
  tie: boolean;
  /** A tie whose feelings are faint both ways. */
  weak: boolean;
}

/** Identity of an unordered pair. */
export function pairKey(x: string, y: string): string {
  return x < y ? `${x}→${y}` : `${y}→${x}`;
}

/** The graph's directed edges folded into one entry per pair of characters, in first-seen order. */
export function pairsOf(edges: readonly GraphEdgeView[], present?: ReadonlySet<string>): PairView[] {
  const byKey = new Map<string, PairView>();
  for (const e of edges) {
    if (e.source === e.target) continue;
    if (present !== undefined && (!present.has(e.source) || !present.has(e.target))) continue;
    const key = pairKey(e.source, e.target);
    const [a, b] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
    const pair = byKey.get(key) ?? { key, a, b, ab: null, ba: null, strength: 0, trust: 0, tie: false, weak: false };
    if (e.source === a) pair.ab = e;
    else pair.ba = e;
    byKey.set(key, pair);
  }
  for (const pair of byKey.values()) {
    const sides = [pair.ab, pair.ba].filter((e): e is GraphEdgeView => e !== null);
    pair.strength = sides.reduce((sum, e) => sum + e.strength, 0) / sides.length;
    pair.trust = sides.reduce((sum, e) => sum + e.trust, 0) / sides.length;
    pair.tie = sides.some(isTie);
    pair.weak = Math.max(...sides.map((e) => Math.abs(e.strength))) < WEAK_TIE_STRENGTH;
  }
  return [...byKey.values()];
}

/** What makes a pair look different: it pulses when this changes (see feelingsChanged). */
export function pairSignature(pair: PairView): string {
  const side = (e: GraphEdgeView | null) =>
    e === null ? '-' : `${e.strength.toFixed(3)}/${e.trust.toFixed(3)}/${e.interactionCount}`;
  return `${side(pair.ab)}|${side(pair.ba)}`;
}

/** Whether two lists hold the same pairs (by key), whatever their feelings. */
export function samePairs(x: readonly PairView[], y: readonly PairView[]): boolean {
  if (x === y) return true;
  if (x.length !== y.length) return false;
  const keys = new Set(x.map((p) => p.key));
  return y.every((p) => keys.has(p.key));
}

/**
 * Whether a pair's feelings changed between two drawings (a new pair counts as changed). Directions kept
 * as the same objects are unchanged without formatting anything: a live update replaces one edge of a
 * thousand.
 */
export function feelingsChanged(before: PairView | undefined, after: PairView): boolean {
  if (before === undefined) return true;
  if (before.ab === after.ab && before.ba === after.ba) return false;
  return pairSignature(before) !== pairSignature(after);
}

/** Whether two directions read the same (colour, width, opacity, tooltip): the same object, or equal values. */
export function sameSide(x: GraphEdgeView | null, y: GraphEdgeView | null): boolean {
  if (x === y) return true;
  if (x === null || y === null) return false;
  return (
    x.strength === y.strength &&
    x.trust === y.trust &&
    x.interactionCount === y.interactionCount &&
    x.label === y.label &&
    x.source === y.source &&
    x.target === y.target
  );
}
