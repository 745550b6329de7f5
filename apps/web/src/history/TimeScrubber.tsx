import { useEffect, useId, useRef, useState } from 'react';
import { errorText } from '../session/error-text.ts';
import { useClient } from '../session/SessionProvider.tsx';
import type { Moment } from './past-views.ts';
import './history.css';

/** Playback speeds: simulated seconds per real second. */
export const PLAY_SPEEDS = [1, 10, 60] as const;
const TICK_MS = 500;

/**
 * Drag to any moment of the ecosystem's history (by event seq): `onMoment` gets the state then, from the state
 * API; Play moves forward in time at 1×–60×; "Back to live" gives `null` (the live views return).
 */
export function TimeScrubber({
  ecosystemId,
  lastSeq,
  onMoment,
}: {
  ecosystemId: string;
  /** The newest seq now (the slider's end). */
  lastSeq: number;
  onMoment(moment: Moment | null): void;
}) {
  const client = useClient();
  const ids = { slider: useId(), speed: useId() };
  const [moment, setMoment] = useState<Moment | null>(null);
  const [dragSeq, setDragSeq] = useState<number | null>(null);
  const [speed, setSpeed] = useState<number>(1);
  const [playing, setPlaying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const request = useRef(0);

  const load = async (query: { atSeq: number } | { at: string }) => {
    const mine = ++request.current;
    try {
      const state = await client.ecosystem(ecosystemId).state(query);
      if (mine !== request.current) return null;
      setMoment(state);
      setError(null);
      onMoment(state);
      return state;
    } catch (caught) {
      if (mine === request.current) setError(errorText(caught));
      return null;
    }
  };

  useEffect(() => {
    if (!playing || moment === null || moment.at === null) return;
    const timer = setTimeout(() => {
      // `speed` simulated seconds per real second: each tick moves speed × TICK_MS of simulated time.
      const next = new Date(Date.parse(moment.at!) + speed * TICK_MS).toISOString();
      void load({ at: next }).then((state) => {
        if (state && state.seq >= state.lastSeq) setPlaying(false);
      });
    }, TICK_MS);
    return () => clearTimeout(timer);
    // `load` is recreated each render; the moment and speed are what drive the next step.
  }, [playing, moment, speed]);

  const backToLive = () => {
    request.current += 1;
    setPlaying(false);
    setMoment(null);
    setDragSeq(null);
    onMoment(null);
  };

  const shownSeq = dragSeq ?? moment?.seq ?? lastSeq;
  const end = Math.max(lastSeq, moment?.lastSeq ?? 0);
  return (
    <section className="card time-scrubber" aria-label="Time travel">
      <div className="time-scrubber-row">
        <label htmlFor={ids.slider}>Moment</label>
        <input
          id={ids.slider}
          type="range"
          min={0}
          max={end}
          step={1}
          value={shownSeq}
          aria-valuetext={`event ${shownSeq} of ${end}`}
          onChange={(e) => setDragSeq(Number(e.target.value))}
          onPointerUp={() => dragSeq !== null && void load({ atSeq: dragSeq })}
          onKeyUp={() => dragSeq !== null && void load({ atSeq: dragSeq })}
        />
        <span className="time-scrubber-where" data-testid="moment" aria-live="polite">
          {moment === null
            ? 'Live'
            : `Event ${moment.seq} of ${moment.lastSeq}${moment.at ? ` · ${new Date(moment.at).toLocaleString()}` : ''}`}
        </span>
      </div>
      <div className="time-scrubber-row">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={moment === null}
          onClick={() => setPlaying((p) => !p)}
        >
          {playing ? 'Pause' : 'Play'}
        </button>
        <label htmlFor={ids.speed}>Speed</label>
        <select id={ids.speed} value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
          {PLAY_SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--primary button--small"
          disabled={moment === null}
          onClick={backToLive}
        >
          Back to live
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
