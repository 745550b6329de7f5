import type { EnsembleClient } from '@ensemble/sdk';

/** What every live widget needs: a client and the ecosystem to show. */
export interface LiveWidgetProps {
  client: EnsembleClient;
  ecosystemId: string;
}
