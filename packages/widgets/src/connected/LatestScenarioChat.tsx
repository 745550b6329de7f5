import { useEffect, useState } from 'react';
import { useEcosystemEvents } from '../data/use-ecosystem-events.ts';
import { messageOf } from '../data/client.ts';
import { LiveScenarioChat, type LiveScenarioChatProps } from './LiveScenarioChat.tsx';
import { LoadState } from './LoadState.tsx';

/**
 * LiveScenarioChat for the given scenario, or, without one, for the ecosystem's current scenario (the
 * newest running or paused one, else the newest), switching when a new scenario starts.
 */
export function LatestScenarioChat({
  scenarioId,
  ...rest
}: Omit<LiveScenarioChatProps, 'scenarioId'> & { scenarioId?: string | null }) {
  const { client, ecosystemId } = rest;
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [started, setStarted] = useState(0);
  const follow = !scenarioId;

  useEffect(() => {
    if (!follow) return undefined;
    let current = true;
    client
      .ecosystem(ecosystemId)
      .scenarios.list()
      .then(
        (list) => {
          if (!current) return;
          const live = list.find((s) => s.status !== 'ended') ?? list[0];
          setChosen(live?.id ?? null);
          setError(live ? null : 'No scenario has been started in this ecosystem yet.');
        },
        (e: unknown) => {
          if (current) setError(messageOf(e));
        },
      );
    return () => {
      current = false;
    };
  }, [client, ecosystemId, follow, started]);

  useEcosystemEvents(client, ecosystemId, {
    enabled: follow,
    onEvent: (event) => {
      if (event.type === 'scenario_started') setStarted((n) => n + 1);
    },
  });

  const id = scenarioId || chosen;
  if (!id) return <LoadState what="the scenario" error={error} />;
  return <LiveScenarioChat key={id} scenarioId={id} {...rest} />;
}
