import type { MoodOctant } from '../model/views.ts';
import { MOOD_OCTANTS } from '../model/views.ts';
import { OCTANT_COLOURS, OCTANT_WORDS } from '../theme/mood.ts';

/** One bar per mood octant, length relative to the most common mood. */
export function MoodDistribution({ counts }: { counts: Readonly<Record<MoodOctant, number>> }) {
  const max = Math.max(1, ...MOOD_OCTANTS.map((o) => counts[o] ?? 0));
  const total = MOOD_OCTANTS.reduce((sum, o) => sum + (counts[o] ?? 0), 0);
  return (
    <ul className="ens-mood-bars" aria-label={`Mood distribution of ${total} characters`}>
      {MOOD_OCTANTS.map((octant) => {
        const n = counts[octant] ?? 0;
        return (
          <li key={octant} className="ens-mood-bar" data-octant={octant}>
            <span className="ens-mood-bar-name">{OCTANT_WORDS[octant]}</span>
            <span className="ens-mood-bar-track" aria-hidden="true">
              <span
                className="ens-mood-bar-fill"
                style={{ width: `${(n / max) * 100}%`, background: OCTANT_COLOURS[octant] }}
              />
            </span>
            <span className="ens-mood-bar-count">{n}</span>
          </li>
        );
      })}
    </ul>
  );
}
