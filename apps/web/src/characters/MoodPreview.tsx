import { baselineMood, moodLabel, type BigFive, type PAD } from '@ensemble/core';
import { useId } from 'react';
import { OCTANT_COLOURS, OCTANT_MEANINGS } from './mood-colours.ts';

const AXES: ReadonlyArray<{ key: keyof PAD; name: string; low: string; high: string }> = [
  { key: 'pleasure', name: 'Pleasure', low: 'unhappy', high: 'happy' },
  { key: 'arousal', name: 'Arousal', low: 'calm', high: 'excited' },
  { key: 'dominance', name: 'Dominance', low: 'yielding', high: 'in control' },
];

/** The mood this personality settles back to when nothing happens (Mehrabian's baseline), live as sliders move. */
export function MoodPreview({ personality }: { personality: BigFive }) {
  const mood = baselineMood(personality);
  const label = moodLabel(mood);
  const heading = useId();
  return (
    <section className="mood-preview" aria-labelledby={heading}>
      <h3 id={heading} className="mood-preview-title">
        Resting mood
      </h3>
      <p className="mood-preview-label" aria-live="polite" data-testid="mood-preview-label">
        <span
          className="swatch swatch--large"
          style={{ background: OCTANT_COLOURS[label.octant] }}
          aria-hidden="true"
        />
        <span>
          <strong>{capitalise(label.text)}</strong>
          <span className="muted"> · {OCTANT_MEANINGS[label.octant]}</span>
        </span>
      </p>
      <dl className="pad-bars">
        {AXES.map((axis) => {
          const value = mood[axis.key];
          const signed = `${value < 0 ? '−' : '+'}${Math.abs(value).toFixed(2)}`;
          return (
            <div className="pad-bar" key={axis.key}>
              <dt>{axis.name}</dt>
              <dd>
                <span
                  className="pad-track"
                  role="meter"
                  aria-label={axis.name}
                  aria-valuemin={-1}
                  aria-valuemax={1}
                  aria-valuenow={Number(value.toFixed(2))}
                  aria-valuetext={`${signed} (${value < 0 ? axis.low : axis.high})`}
                >
                  <span
                    className="pad-fill"
                    data-sign={value < 0 ? 'negative' : 'positive'}
                    style={
                      value < 0
                        ? { right: '50%', width: `${Math.abs(value) * 50}%` }
                        : { left: '50%', width: `${value * 50}%` }
                    }
                  />
                </span>
                <span className="pad-value">{signed}</span>
              </dd>
            </div>
          );
        })}
      </dl>
      <p className="fine-print">
        From the Big Five by Mehrabian’s PAD formulas. Moods move with what happens and drift back here.
      </p>
    </section>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
