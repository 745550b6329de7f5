import type { CSSProperties } from 'react';
import type { ChatLineView, RelationshipChipView } from '../model/views.ts';
import { EmotionBadge } from '../participants/EmotionBadge.tsx';

/** One spoken line: speaker, addressee, emotion badge, the words and the relationship changes it caused. */
export function ChatMessage({ line }: { line: ChatLineView }) {
  const fromUser = line.kind === 'user';
  const thread = line.conversationId === undefined ? null : threadHue(line.conversationId);
  return (
    <li
      className={`ens-message ens-message--${line.kind}${thread === null ? '' : ' ens-message--threaded'}`}
      data-seq={line.seq}
      data-conversation-id={line.conversationId}
      style={thread === null ? undefined : ({ '--ens-thread': `hsl(${thread} 55% 45%)` } as CSSProperties)}
    >
      <div className="ens-message-meta">
        <span className="ens-message-speaker">{line.speakerName}</span>
        {line.addresseeName !== null ? (
          <span className="ens-message-to">to {line.addresseeName}</span>
        ) : (
          fromUser && <span className="ens-message-to">to everyone</span>
        )}
        {line.emotion && <EmotionBadge emotion={line.emotion} />}
        {line.turn !== null && <span className="ens-message-turn">turn {line.turn}</span>}
        {line.topic && <span className="ens-message-thread">about {line.topic}</span>}
      </div>
      <p className="ens-message-text">{line.text}</p>
      {line.relationshipChanges && line.relationshipChanges.length > 0 && (
        <ul className="ens-chips" aria-label="Relationship changes">
          {line.relationshipChanges.map((c) => (
            <RelationshipChip key={`${c.fromId}→${c.toId}`} change={c} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** Changes smaller than this round to ±0.00 and are not worth a chip. */
const CHIP_MIN_CHANGE = 0.005;

function RelationshipChip({ change }: { change: RelationshipChipView }) {
  const parts: string[] = [];
  if (Math.abs(change.strengthDelta) >= CHIP_MIN_CHANGE) parts.push(`liking ${signed(change.strengthDelta)}`);
  if (Math.abs(change.trustDelta) >= CHIP_MIN_CHANGE) parts.push(`trust ${signed(change.trustDelta)}`);
  if (parts.length === 0) return null;
  const tone = change.strengthDelta + change.trustDelta >= 0 ? 'positive' : 'negative';
  return (
    <li
      className={`ens-chip ens-chip--${tone}`}
      title={`${change.fromName} now sees ${change.toName} as ${change.label}`}
    >
      {change.fromName} → {change.toName}: {parts.join(', ')}
    </li>
  );
}

function signed(value: number): string {
  const magnitude = (Math.round(Math.abs(value) * 100) / 100).toFixed(2);
  return `${value < 0 ? '−' : '+'}${magnitude}`;
}

/** A hue for a conversation id, so the lines of one thread share a colour mark and neighbours differ. */
function threadHue(conversationId: string): number {
  let hash = 0;
  for (let i = 0; i < conversationId.length; i += 1) hash = (hash * 31 + conversationId.charCodeAt(i)) | 0;
  return Math.abs(hash) % 360;
}
