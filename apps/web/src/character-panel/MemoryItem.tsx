import type { PanelMemory } from './use-character-details.ts';

/** Words for a memory's kind badge (the API adds `kind` where the store records it). */
const KIND_WORDS: Readonly<Record<string, string>> = {
  observation: 'seen',
  summary: 'conversation',
  reflection: 'reflection',
};

/** One memory: what happened, a badge saying what kind of memory it is (when known), how much it mattered. */
export function MemoryItem({ memory }: { memory: PanelMemory }) {
  const { kind } = memory;
  return (
    <li data-kind={kind}>
      {kind && <span className={`tag tag--${kind}`}>{KIND_WORDS[kind] ?? kind}</span>} {memory.content}
      <span className="muted panel-memory-meta">
        {' '}
        · importance {memory.importance.toFixed(2)} · {memory.valence >= 0 ? 'pleasant' : 'unpleasant'}
      </span>
    </li>
  );
}
