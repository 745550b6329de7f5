import type { Scenario } from '@ensemble/sdk';
import { useEffect, useState } from 'react';
import { useEcosystemLive } from '../live/EcosystemLive.tsx';
import { errorText } from '../session/error-text.ts';
import { useClient } from '../session/SessionProvider.tsx';

/** The scenario is read again at most this often while its turns stream in. */
const REFRESH_MS = 1_500;

/** Words for an objective's state. */
const STATE_WORDS = { open: 'not started', in_progress: 'under way', done: 'done' } as const;

/**
 * Beside the chat: the scene's objectives with how far each has come, and the conversations (threads)
 * going on now with their topics and who is in them, following the scenario's events.
 */
export function ScenarioProgress({ scenarioId }: { scenarioId: string }) {
  const client = useClient();
  const live = useEcosystemLive();
  const [scenario, setScenario] = useState<Scenario | null>(null);
  const [error, setError] = useState<string | null>(null);
  const lastSeq =
    live.events.filter((e) => (e.data as { scenario_id?: unknown }).scenario_id === scenarioId).at(-1)?.seq ?? 0;

  useEffect(() => {
    let active = true;
    const timer = setTimeout(
      () => {
        client
          .ecosystem(live.ecosystemId)
          .scenarios.get(scenarioId)
          .then(
            (found) => {
              if (!active) return;
              setScenario(found);
              setError(null);
            },
            (caught: unknown) => {
              if (active) setError(errorText(caught));
            },
          );
      },
      scenario === null ? 0 : REFRESH_MS,
    );
    return () => {
      active = false;
      clearTimeout(timer);
    };
    // Read again when this scenario's events move on; `scenario` only decides the delay.
  }, [client, live.ecosystemId, scenarioId, lastSeq]);

  if (scenario === null) return error ? <p className="form-error">{error}</p> : null;
  const nameOf = (id: string) => live.names[id] ?? 'someone';
  const threads = scenario.conversations ?? [];
  return (
    <section
      className="card scenario-progress"
      aria-labelledby="scenario-progress-title"
      data-testid="scenario-progress"
    >
      <h2 className="card-title" id="scenario-progress-title">
        Where the scene stands
      </h2>
      <h3 className="progress-subtitle">Objectives</h3>
      {scenario.objectives.length === 0 ? (
        <p className="muted">No objectives: the characters talk freely.</p>
      ) : (
        <ul className="objective-list">
          {scenario.objectives.map((o) => {
            const percent = Math.round(o.progress * 100);
            return (
              <li key={o.id} className={`objective objective--${o.state}`} data-objective-state={o.state}>
                <span className="objective-text">{o.text}</span>
                <span
                  className="objective-bar"
                  role="progressbar"
                  aria-label={o.text}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={percent}
                  aria-valuetext={`${percent}%, ${STATE_WORDS[o.state]}`}
                >
                  <span className="objective-fill" style={{ width: `${percent}%` }} />
                </span>
                <span className="objective-value muted">
                  {percent}% · {STATE_WORDS[o.state]}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {scenario.status !== 'ended' && (
        <>
          <h3 className="progress-subtitle">Conversations now</h3>
          {threads.length === 0 ? (
            <p className="muted">Nobody is talking right now.</p>
          ) : (
            <ul className="thread-list" data-testid="thread-list">
              {threads.map((t) => (
                <li key={t.id} data-conversation-id={t.id}>
                  <span className="thread-topic">{t.topic}</span>
                  <span className="muted">
                    {' '}
                    · {t.participantIds.map(nameOf).join(', ')} · {t.lines} line{t.lines === 1 ? '' : 's'}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
