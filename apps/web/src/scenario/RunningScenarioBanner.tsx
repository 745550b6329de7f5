import { hrefOf } from '../routes.ts';
import { useEcosystemLive } from '../live/EcosystemLive.tsx';
import { useScenarios } from './use-scenarios.ts';

/** A line pointing at the scene playing right now, so a visitor finds the conversation from the Observatory. */
export function RunningScenarioBanner() {
  const live = useEcosystemLive();
  const { scenarios } = useScenarios();
  const running = scenarios?.filter((s) => s.status !== 'ended') ?? [];
  if (running.length === 0) return null;
  return (
    <ul className="scene-banner-list" aria-label="Scenes in progress">
      {running.map((s) => (
        <li key={s.id} className="scene-banner">
          <span className={`status-pill status-pill--${s.status}`}>{s.status}</span>
          <span className="scene-banner-title">{s.title}</span>
          <span className="scene-banner-meta muted">
            {s.mood} · {s.participantIds.length} characters
          </span>
          <a
            className="button button--secondary button--small"
            href={hrefOf({ page: 'scenario', ecosystemId: live.ecosystemId, scenarioId: s.id })}
          >
            Watch the conversation
          </a>
        </li>
      ))}
    </ul>
  );
}
