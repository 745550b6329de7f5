import type { EcosystemHandle, EnsembleClient } from '@ensemble/sdk';
import { useEffect, useState } from 'react';
import type { DashboardView } from '../model/views.ts';
import { useLiveSnapshot, type LiveValue, type Snapshot } from './use-live-snapshot.ts';

/**
 * Shortest time between two re-reads while events stream in: a scenario turn brings half a dozen events at
 * once, and one re-read covers them all.
 */
export const DASHBOARD_REFRESH_MS = 2_000;
/** Re-read this often when nothing happens, so "events per minute" falls back as the quiet minutes pass. */
export const DASHBOARD_IDLE_REFRESH_MS = 60_000;

/** The dashboard as last read, and the newest event seen since: newer than the dashboard's seq means stale. */
interface DashboardState {
  dashboard: DashboardView & { lastSeq: number };
  newestSeq: number;
}

async function loadDashboard(handle: EcosystemHandle): Promise<Snapshot<DashboardState>> {
  const dashboard = await handle.dashboard();
  return { value: { dashboard, newestSeq: dashboard.lastSeq }, lastSeq: dashboard.lastSeq };
}

function noteActivity(state: DashboardState, event: { seq: number }): DashboardState {
  return event.seq > state.newestSeq ? { ...state, newestSeq: event.seq } : state;
}

/**
 * The API's dashboard for the ecosystem, re-read as activity happens: at most once per
 * DASHBOARD_REFRESH_MS while events arrive, and every DASHBOARD_IDLE_REFRESH_MS otherwise. A failed
 * re-read keeps the numbers shown and is retried on the next turn.
 */
export function useLiveDashboard(client: EnsembleClient, ecosystemId: string): LiveValue<DashboardView> {
  const live = useLiveSnapshot(client, ecosystemId, { load: loadDashboard, apply: noteActivity });
  const { update } = live;
  const dashboard = live.value?.dashboard ?? null;
  const stale = live.value !== null && live.value.newestSeq > live.value.dashboard.lastSeq;
  /** Counts failed re-reads, so a failure schedules the next attempt. */
  const [failures, setFailures] = useState(0);

  useEffect(() => {
    if (dashboard === null) return undefined;
    let active = true;
    const timer = setTimeout(
      () => {
        client
          .ecosystem(ecosystemId)
          .dashboard()
          .then(
            (fresh) =>
              update((s) =>
                fresh.lastSeq >= s.dashboard.lastSeq
                  ? { dashboard: fresh, newestSeq: Math.max(s.newestSeq, fresh.lastSeq) }
                  : s,
              ),
            () => {
              if (active) setFailures((n) => n + 1);
            },
          );
      },
      stale ? DASHBOARD_REFRESH_MS : DASHBOARD_IDLE_REFRESH_MS,
    );
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [client, ecosystemId, dashboard, stale, failures, update]);

  return { value: dashboard, error: live.error };
}
