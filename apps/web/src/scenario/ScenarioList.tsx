import type { Scenario } from '@ensemble/sdk';
import { hrefOf } from '../routes.ts';

/** The ecosystem's scenarios as links, the open one marked. */
export function ScenarioList({
  ecosystemId,
  scenarios,
  openId,
}: {
  ecosystemId: string;
  scenarios: Scenario[];
  openId: string | null;
}) {
  if (scenarios.length === 0) return <p className="empty">No scenarios yet. Direct the first one.</p>;
  return (
    <ul className="scenario-list">
      {scenarios.map((s) => (
        <li key={s.id}>
          <a
            href={hrefOf({ page: 'scenario', ecosystemId, scenarioId: s.id })}
            aria-current={s.id === openId ? 'page' : undefined}
          >
            <span>
              <span className={`status-pill status-pill--${s.status}`}>{s.status}</span>
              <strong>{s.title}</strong>
            </span>
            <span className="scenario-list-meta">
              {s.mood} · {s.participantIds.length} characters · started{' '}
              {new Date(s.startedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
