import {
  EcosystemStats,
  LiveActivityFeed,
  LiveEcosystemStats,
  LiveRelationshipGraph,
  LiveRelationshipTimeline,
  RelationshipGraph,
} from '@ensemble/widgets';
import { useCallback, useState } from 'react';
import { CharacterPanel } from '../character-panel/CharacterPanel.tsx';
import { DialogueCard } from '../dialogue/DialogueCard.tsx';
import { graphAt, statsAt, type Moment } from '../history/past-views.ts';
import { TimeScrubber } from '../history/TimeScrubber.tsx';
import { useElementWidth } from '../layout/use-element-width.ts';
import { useEcosystemLive } from '../live/EcosystemLive.tsx';
import { NO_PAIR, nextPair, reversePair, type PairSelection } from '../observatory/pair-selection.ts';
import { RunningScenarioBanner } from '../scenario/RunningScenarioBanner.tsx';
import { hrefOf } from '../routes.ts';
import { useClient } from '../session/SessionProvider.tsx';

/** The Character Observatory: relationship graph, stats, live activity, and a chosen pair's history. */
export function ObservatoryPage() {
  const client = useClient();
  const live = useEcosystemLive();
  const [pair, setPair] = useState<PairSelection>(NO_PAIR);
  /** The character whose panel is open (the last one clicked in the graph). */
  const [panelId, setPanelId] = useState<string | null>(null);
  const closePanel = useCallback(() => setPanelId(null), []);
  /** A past moment chosen on the time scrubber; null: live. */
  const [moment, setMoment] = useState<Moment | null>(null);
  const [graphBox, graphWidth] = useElementWidth<HTMLDivElement>();
  const nameOf = (id: string | null) => (id === null ? '' : (live.names[id] ?? 'someone'));
  const selectedId = pair.toId ?? pair.fromId;

  return (
    <main className="page" id="main" tabIndex={-1}>
      <div className="page-head">
        <h1>Observatory</h1>
        <p className="muted">
          {live.ecosystem?.description || 'Everything happening in this ecosystem, as it happens.'}
        </p>
      </div>
      {live.error && (
        <p className="form-error" role="alert">
          {live.error}
        </p>
      )}
      <RunningScenarioBanner />
      <TimeScrubber ecosystemId={live.ecosystemId} lastSeq={live.ecosystem?.lastSeq ?? 0} onMoment={setMoment} />
      <div className="observatory">
        <div className="observatory-main">
          <section className="card graph-card" aria-labelledby="graph-title">
            <div className="graph-card-head">
              <h2 id="graph-title">Relationships</h2>
              {live.characters?.length !== 0 && (
                <p className="pair-hint" aria-live="polite">
                  {pairHint(pair, nameOf)}
                </p>
              )}
            </div>
            <div ref={graphBox} className="graph-box" data-testid="graph-box">
              {live.characters?.length === 0 && (
                <div className="graph-empty">
                  <p>Nobody lives here yet. Add characters and their relationships appear here as they meet.</p>
                  <a
                    className="button button--primary"
                    href={hrefOf({ page: 'characters', ecosystemId: live.ecosystemId })}
                  >
                    Add characters
                  </a>
                </div>
              )}
              {graphWidth > 0 && moment !== null && (
                <RelationshipGraph
                  graph={graphAt(moment)}
                  selectedId={selectedId}
                  onSelect={(id) => setPair((p) => nextPair(p, id))}
                />
              )}
              {graphWidth > 0 && moment === null && live.characters?.length !== 0 && (
                <LiveRelationshipGraph
                  client={client}
                  ecosystemId={live.ecosystemId}
                  selectedId={selectedId}
                  onSelect={(id) => {
                    setPair((p) => nextPair(p, id));
                    if (id !== null) setPanelId(id);
                  }}
                />
              )}
            </div>
          </section>
          <section className="card" aria-labelledby="timeline-title">
            <div className="graph-card-head" style={{ padding: 0, marginBottom: 8 }}>
              <h2 id="timeline-title">Relationship over time</h2>
              {pair.toId !== null && (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => setPair(reversePair)}
                >
                  Show {nameOf(pair.toId)}’s side
                </button>
              )}
            </div>
            {pair.fromId !== null && pair.toId !== null ? (
              <LiveRelationshipTimeline
                key={`${pair.fromId}>${pair.toId}`}
                client={client}
                ecosystemId={live.ecosystemId}
                fromId={pair.fromId}
                toId={pair.toId}
                onPairChange={(fromId, toId) => setPair({ fromId, toId })}
              />
            ) : (
              <p className="timeline-empty">
                Click a character in the graph, then another, to see how the first one’s view of the second has changed.
              </p>
            )}
          </section>
        </div>
        <div className="observatory-side">
          {moment === null ? (
            <LiveEcosystemStats client={client} ecosystemId={live.ecosystemId} />
          ) : (
            <EcosystemStats dashboard={statsAt(moment)} title={`Ecosystem at event ${moment.seq}`} />
          )}
          <LiveActivityFeed client={client} ecosystemId={live.ecosystemId} />
          <DialogueCard />
        </div>
      </div>
      {panelId !== null && <CharacterPanel key={panelId} characterId={panelId} onClose={closePanel} />}
    </main>
  );
}

function pairHint(pair: PairSelection, nameOf: (id: string | null) => string): string {
  if (pair.fromId === null) return 'Click a character, then another, to chart their relationship.';
  if (pair.toId === null) return `${nameOf(pair.fromId)} selected. Now click another character.`;
  return `Charting how ${nameOf(pair.fromId)} sees ${nameOf(pair.toId)}.`;
}
