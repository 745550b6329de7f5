import { LiveScenarioChat, LiveScenarioDirector } from '@ensemble/widgets';
import { useEffect } from 'react';
import { useEcosystemLive } from '../live/EcosystemLive.tsx';
import { navigate } from '../navigation/use-route.ts';
import { ScenarioList } from '../scenario/ScenarioList.tsx';
import { ScenarioProgress } from '../scenario/ScenarioProgress.tsx';
import { useScenarios } from '../scenario/use-scenarios.ts';
import { useClient, useSession } from '../session/SessionProvider.tsx';

/**
 * Scenarios: the open one's conversation (observe it or take part, pause, resume, end) beside the list
 * of scenarios and the director that starts a new one. Without a scenario in the address, the most
 * relevant one (running first) opens.
 */
export function ScenarioPage({ scenarioId }: { scenarioId: string | null }) {
  const client = useClient();
  const { state } = useSession();
  const live = useEcosystemLive();
  const { scenarios, error } = useScenarios();
  const ecosystemId = live.ecosystemId;
  const userName = state.status === 'signed_in' ? state.user.displayName : undefined;

  useEffect(() => {
    const first = scenarios?.[0];
    if (scenarioId === null && first !== undefined)
      navigate({ page: 'scenario', ecosystemId, scenarioId: first.id }, { replace: true });
  }, [scenarioId, scenarios, ecosystemId]);

  return (
    <main className="page" id="main" tabIndex={-1}>
      <div className="page-head">
        <h1>Scenarios</h1>
        <p className="muted">
          Set a scene and the characters play it out on their own. Watch, or step in and talk to them.
        </p>
      </div>
      {(error ?? live.error) && (
        <p className="form-error" role="alert">
          {error ?? live.error}
        </p>
      )}
      <div className="scenario-layout">
        <div className="scenario-main">
          {scenarioId !== null ? (
            <LiveScenarioChat
              key={scenarioId}
              client={client}
              ecosystemId={ecosystemId}
              scenarioId={scenarioId}
              {...(userName ? { userName } : {})}
            />
          ) : (
            <section className="card">
              <p className="empty">
                {scenarios === null ? 'Loading scenarios…' : 'No scenario is open. Start one with the director.'}
              </p>
            </section>
          )}
        </div>
        <div className="scenario-side">
          {scenarioId !== null && <ScenarioProgress key={scenarioId} scenarioId={scenarioId} />}
          <section className="card" aria-labelledby="scenario-list-title">
            <h2 className="card-title" id="scenario-list-title">
              All scenarios
            </h2>
            {scenarios === null ? (
              <p className="muted">Loading…</p>
            ) : (
              <ScenarioList ecosystemId={ecosystemId} scenarios={scenarios} openId={scenarioId} />
            )}
          </section>
          <LiveScenarioDirector
            client={client}
            ecosystemId={ecosystemId}
            title="Direct a new scenario"
            onStarted={(scenario) => navigate({ page: 'scenario', ecosystemId, scenarioId: scenario.id })}
          />
        </div>
      </div>
    </main>
  );
}
