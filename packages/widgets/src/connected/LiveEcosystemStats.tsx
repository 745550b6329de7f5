import { useConnectionStatus } from '../data/use-ecosystem-events.ts';
import { useLiveDashboard } from '../data/use-live-dashboard.ts';
import { EcosystemStats, type EcosystemStatsProps } from '../stats/EcosystemStats.tsx';
import type { LiveWidgetProps } from './live-props.ts';
import { LoadState } from './LoadState.tsx';

/** EcosystemStats from the API's dashboard, re-read as activity happens. */
export function LiveEcosystemStats({
  client,
  ecosystemId,
  ...rest
}: LiveWidgetProps & Omit<EcosystemStatsProps, 'dashboard'>) {
  const dashboard = useLiveDashboard(client, ecosystemId);
  const status = useConnectionStatus(client);
  if (dashboard.value === null) return <LoadState what="ecosystem numbers" error={dashboard.error} />;
  return <EcosystemStats dashboard={dashboard.value} status={status} {...rest} />;
}
