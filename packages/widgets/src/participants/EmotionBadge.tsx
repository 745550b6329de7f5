import type { EmotionName } from '../model/views.ts';
import { PLEASANT_EMOTIONS } from '../theme/mood.ts';

/** A small pill naming an emotion, tinted pleasant or unpleasant. */
export function EmotionBadge({ emotion }: { emotion: EmotionName }) {
  const tone = PLEASANT_EMOTIONS.has(emotion) ? 'positive' : 'negative';
  return (
    <span className={`ens-badge ens-badge--${tone}`} title={`Feeling ${emotion}`}>
      {emotion}
    </span>
  );
}
