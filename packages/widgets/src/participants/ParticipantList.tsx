import type { ParticipantView } from '../model/views.ts';
import { octantOf, OCTANT_COLOURS, OCTANT_WORDS } from '../theme/mood.ts';
import { EmotionBadge } from './EmotionBadge.tsx';

export interface ParticipantListProps {
  participants: readonly ParticipantView[];
  /** Energy bars. @default true */
  showEnergy?: boolean;
  /** Mood swatch and emotion badge. @default true */
  showEmotions?: boolean;
  /** Heading. @default 'Participants' */
  title?: string;
}

/** The characters in a scene with their energy and how they feel. */
export function ParticipantList({
  participants,
  showEnergy = true,
  showEmotions = true,
  title = 'Participants',
}: ParticipantListProps) {
  return (
    <section className="ens-participants" aria-label={title}>
      <h3 className="ens-subtitle">{title}</h3>
      {participants.length === 0 ? (
        <p className="ens-empty">Nobody yet.</p>
      ) : (
        <ul className="ens-participant-list">
          {participants.map((p) => {
            const octant = octantOf(p.mood);
            const energy = Math.round(Math.max(0, Math.min(1, p.energy)) * 100);
            return (
              <li
                key={p.id}
                className={`ens-participant${p.active === false ? ' ens-participant--inactive' : ''}`}
                data-id={p.id}
              >
                <div className="ens-participant-head">
                  {showEmotions && (
                    <span
                      className="ens-swatch"
                      style={{ background: OCTANT_COLOURS[octant] }}
                      title={OCTANT_WORDS[octant]}
                      aria-hidden="true"
                    />
                  )}
                  <span className="ens-participant-name">{p.name}</span>
                  {showEmotions && p.emotion && <EmotionBadge emotion={p.emotion} />}
                </div>
                {showEmotions && <span className="ens-participant-mood">{OCTANT_WORDS[octant]}</span>}
                {showEnergy && (
                  <div
                    className="ens-energy"
                    role="meter"
                    aria-label={`${p.name}'s energy`}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuenow={energy}
                    aria-valuetext={`${energy}%`}
                  >
                    <span
                      className={`ens-energy-fill${energy < 25 ? ' ens-energy-fill--low' : ''}`}
                      style={{ width: `${energy}%` }}
                    />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
