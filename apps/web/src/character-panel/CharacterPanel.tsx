import { EmotionBadge, moodView, OCTANT_COLOURS, strengthColour, type EmotionName } from '@ensemble/widgets';
import { useEffect, useRef } from 'react';
import { useEcosystemLive } from '../live/EcosystemLive.tsx';
import { recentLinesOf } from './recent-lines.ts';
import { TraitDriftChart } from './TraitDriftChart.tsx';
import { MemoryItem } from './MemoryItem.tsx';
import { useCharacterDetails, type PanelRelationship } from './use-character-details.ts';

/** Lines of the character's the panel lists. */
const RECENT_LINES = 5;

export interface CharacterPanelProps {
  characterId: string;
  onClose(): void;
}

/**
 * A character at a glance, beside the page that opened it: mood, emotion and energy now, how it sees the
 * others (and they it), what it said lately, what it remembers most, and how its traits have drifted.
 * Focus moves into the panel when it opens and back to where it was when Escape or Close shuts it.
 */
export function CharacterPanel({ characterId, onClose }: CharacterPanelProps) {
  const live = useEcosystemLive();
  const details = useCharacterDetails(characterId);
  const heading = useRef<HTMLHeadingElement | null>(null);
  const character = live.characters?.find((c) => c.id === characterId) ?? null;
  const name = character?.name ?? live.names[characterId] ?? 'Character';

  useEffect(() => {
    const active = document.activeElement;
    const opener = active === document.body ? null : active;
    heading.current?.focus();
    return () => {
      // A graph node may be drawn afresh while the panel is open (and a click on one does not focus it):
      // then the character's node is where focus goes back to.
      const target = opener?.isConnected
        ? opener
        : document.querySelector(`[data-node-id="${CSS.escape(characterId)}"]`);
      if (target instanceof HTMLElement || target instanceof SVGElement) target.focus();
    };
  }, [characterId]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const mood = character === null ? null : moodView(character.mood);
  const energy = character === null ? 0 : Math.round(character.energy * 100);
  const lines = recentLinesOf(live.events, characterId, RECENT_LINES);
  const nameOf = (id: string) => live.names[id] ?? 'someone';
  const outgoing = (details.relationships ?? [])
    .filter((r) => r.fromId === characterId)
    .sort((a, b) => b.strength - a.strength);
  const incoming = new Map(
    (details.relationships ?? []).filter((r) => r.toId === characterId).map((r) => [r.fromId, r]),
  );

  return (
    <aside className="character-panel" aria-labelledby="character-panel-title" data-testid="character-panel">
      <div className="character-panel-head">
        <h2 id="character-panel-title" ref={heading} tabIndex={-1}>
          {mood && (
            <span
              className="swatch swatch--large"
              style={{ background: OCTANT_COLOURS[mood.octant] }}
              aria-hidden="true"
            />
          )}
          {name}
        </h2>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={onClose}
          aria-label={`Close ${name}'s panel`}
        >
          Close
        </button>
      </div>
      {character?.description && <p className="muted character-panel-description">{character.description}</p>}
      {details.error && (
        <p className="form-error" role="alert">
          {details.error}
        </p>
      )}

      <section aria-labelledby="panel-now">
        <h3 id="panel-now">Now</h3>
        {character === null ? (
          <p className="muted">{live.characters === null ? 'Loading…' : `${name} has left the ecosystem.`}</p>
        ) : (
          <dl className="character-panel-now">
            <dt>Mood</dt>
            <dd data-testid="panel-mood">{mood?.label}</dd>
            <dt>Emotion</dt>
            <dd data-testid="panel-emotion">
              {character.lastEmotion ? (
                <EmotionBadge emotion={character.lastEmotion.name as EmotionName} />
              ) : (
                'none lately'
              )}
            </dd>
            <dt>Energy</dt>
            <dd>
              <span
                className="character-row-energy"
                role="meter"
                aria-label={`${name}'s energy`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={energy}
                aria-valuetext={`${energy}%`}
              >
                <span className="energy-track" aria-hidden="true">
                  <span className="energy-fill" style={{ width: `${energy}%` }} />
                </span>
                <span className="energy-value">{energy}%</span>
              </span>
            </dd>
          </dl>
        )}
      </section>

      <section aria-labelledby="panel-relationships">
        <h3 id="panel-relationships">Relationships</h3>
        {details.relationships === null ? (
          <p className="muted">Loading…</p>
        ) : outgoing.length === 0 ? (
          <p className="muted">{name} has not met anyone yet.</p>
        ) : (
          <table className="panel-table" data-testid="panel-relationships">
            <thead>
              <tr>
                <th scope="col">With</th>
                <th scope="col">{name} sees them as</th>
                <th scope="col">Strength</th>
                <th scope="col">Trust</th>
              </tr>
            </thead>
            <tbody>
              {outgoing.map((r) => (
                <RelationshipRow
                  key={r.toId}
                  relationship={r}
                  back={incoming.get(r.toId)}
                  otherName={r.toName}
                  selfName={name}
                />
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="panel-lines">
        <h3 id="panel-lines">Recent lines</h3>
        {lines.length === 0 ? (
          <p className="muted">Nothing said lately.</p>
        ) : (
          <ul className="panel-lines" data-testid="panel-lines">
            {lines.map((line, i) => (
              <li key={`${line.seq}-${i}`}>
                <q>{line.text}</q>
                {line.toIds.length > 0 && <span className="muted"> to {line.toIds.map(nameOf).join(', ')}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="panel-memories">
        <h3 id="panel-memories">Strongest memories</h3>
        {details.memories === null ? (
          <p className="muted">Loading…</p>
        ) : details.memories.length === 0 ? (
          <p className="muted">No memories yet.</p>
        ) : (
          <ul className="panel-memories" data-testid="panel-memories">
            {details.memories.map((m) => (
              <MemoryItem key={m.id} memory={m} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="panel-traits">
        <h3 id="panel-traits">Traits over time</h3>
        {details.drift === null ? <p className="muted">Loading…</p> : <TraitDriftChart points={details.drift} />}
      </section>
    </aside>
  );
}

function RelationshipRow({
  relationship: r,
  back,
  otherName,
  selfName,
}: {
  relationship: PanelRelationship;
  back: PanelRelationship | undefined;
  otherName: string;
  selfName: string;
}) {
  return (
    <tr>
      <th scope="row">
        {otherName}
        {back && (
          <span className="panel-back muted">
            sees {selfName} as {back.label}
          </span>
        )}
      </th>
      <td>
        <span className="label-dot" style={{ background: strengthColour(r.strength) }} aria-hidden="true" />
        {r.label}
      </td>
      <td className="num">{signed(r.strength)}</td>
      <td className="num">{r.trust.toFixed(2)}</td>
    </tr>
  );
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(2)}`;
}
