import type { Scenario } from '@ensemble/sdk';
import { useCallback, useEffect, useState } from 'react';
import { useEcosystemLive } from '../live/EcosystemLive.tsx';
import { errorText } from '../session/error-text.ts';
import { useClient, useSession } from '../session/SessionProvider.tsx';

const LIFECYCLE = new Set(['scenario_started', 'scenario_paused', 'scenario_resumed', 'scenario_ended']);

export interface ScenarioList {
  /** Running first, then paused, then ended; newest first within each. */
  scenarios: Scenario[] | null;
  error: string | null;
  reload(): Promise<void>;
}

const STATUS_ORDER: Record<Scenario['status'], number> = { running: 0, paused: 1, ended: 2 };

/** The ecosystem's scenarios, reloaded whenever one starts, pauses, resumes or ends. */
export function useScenarios(): ScenarioList {
  const client = useClient();
  const { reportError } = useSession();
  const live = useEcosystemLive();
  const [scenarios, setScenarios] = useState<Scenario[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const lifecycleSeq = live.events.filter((e) => LIFECYCLE.has(e.type)).at(-1)?.seq ?? 0;

  const reload = useCallback(async () => {
    try {
      const list = await client.ecosystem(live.ecosystemId).scenarios.list();
      setScenarios(
        [...list].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.startedAt - a.startedAt),
      );
      setError(null);
    } catch (caught) {
      reportError(caught);
      setError(errorText(caught));
    }
  }, [client, live.ecosystemId, reportError]);

  useEffect(() => {
    void reload();
  }, [reload, lifecycleSeq]);
  return { scenarios, error, reload };
}
