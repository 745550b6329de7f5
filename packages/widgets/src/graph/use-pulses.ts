import { useEffect, useRef, useState } from 'react';
import { feelingsChanged, type PairView } from './pairs.ts';

/** How long a changed line pulses at least, ms (the CSS animation's length). */
export const PULSE_MS = 1600;
/**
 * Pulses ending within this of the first to end are cleared with it, ms: under ten changes a second the
 * graph is redrawn for ending pulses about twice a second instead of ten times.
 */
export const PULSE_GROUP_MS = 300;

interface PulseState {
  /** The pairs last compared, by key. */
  seen: ReadonlyMap<string, PairView> | null;
  /** Pulsing lines: pair key → the number of the change that made it pulse. */
  pulses: ReadonlyMap<string, number>;
  /** Changes that made lines pulse so far. */
  count: number;
}

/**
 * The lines whose feelings changed in the last PULSE_MS (to PULSE_MS + PULSE_GROUP_MS), each with the
 * number of its change (odd and even restart the CSS animation). The comparison is made while rendering
 * (React's pattern for state derived from the previous props), so a changed line is drawn pulsing in the
 * same commit as its new colours rather than one drawing later.
 */
export function usePulses(
  pairs: readonly PairView[],
  byKey: ReadonlyMap<string, PairView>,
): ReadonlyMap<string, number> {
  const [state, setState] = useState<PulseState>(() => ({ seen: null, pulses: new Map(), count: 0 }));
  if (state.seen !== byKey) {
    const seen = state.seen;
    const changed = seen === null ? [] : pairs.filter((p) => feelingsChanged(seen.get(p.key), p));
    if (changed.length === 0) setState({ ...state, seen: byKey });
    else {
      const count = state.count + 1;
      const pulses = new Map(state.pulses);
      for (const p of changed) pulses.set(p.key, count);
      setState({ seen: byKey, pulses, count });
    }
  }

  // When each change's pulses end (Date.now() ms), and the one timer that clears ended pulses.
  const ends = useRef(new Map<number, number>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    const pending = ends.current;
    const schedule = () => {
      if (timer.current !== null || pending.size === 0) return;
      const first = Math.min(...pending.values());
      timer.current = setTimeout(sweep, Math.max(0, first - Date.now()) + PULSE_GROUP_MS);
    };
    const sweep = () => {
      timer.current = null;
      const now = Date.now();
      const ended = new Set<number>();
      for (const [change, end] of pending) {
        if (end > now) continue;
        ended.add(change);
        pending.delete(change);
      }
      if (ended.size > 0) {
        setState((s) => ({ ...s, pulses: new Map([...s.pulses].filter(([, change]) => !ended.has(change))) }));
      }
      schedule();
    };
    if (state.count > 0 && !pending.has(state.count)) pending.set(state.count, Date.now() + PULSE_MS);
    schedule();
  }, [state.count]);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
    },
    [],
  );
  return state.pulses;
}
