import type { ConnectionStatus } from '@ensemble/sdk';
import { useId } from 'react';
import { ConnectionBadge } from '../connected/ConnectionBadge.tsx';
import type { DashboardView } from '../model/views.ts';
import { MoodDistribution } from './MoodDistribution.tsx';
import { Sparkline } from './Sparkline.tsx';

export interface EcosystemStatsProps {
  /** The Observatory numbers (the API's `ecosystems.dashboard`). */
  dashboard: DashboardView;
  /** Heading. @default 'Ecosystem' */
  title?: string;
  /** Live connection state, shown in the header when given. */
  status?: ConnectionStatus | undefined;
}

/** Headline numbers of an ecosystem, events per minute with a sparkline, and its mood distribution. */
export function EcosystemStats({ dashboard, title = 'Ecosystem', status }: EcosystemStatsProps) {
  const heading = useId();
  const { stats, eventsPerMinute, moodDistribution } = dashboard;
  const minutes = eventsPerMinute.series.length;
  return (
    <section className="ens-widget ens-stats" aria-labelledby={heading}>
      <header className="ens-widget-header">
        <h2 className="ens-widget-title" id={heading}>
          {title}
        </h2>
        {status && <ConnectionBadge status={status} />}
      </header>
      <dl className="ens-stat-grid">
        <Stat
          name="Characters"
          value={stats.characters}
          note={
            stats.activeCharacters !== undefined && stats.activeCharacters !== stats.characters
              ? `${stats.activeCharacters} active`
              : undefined
          }
        />
        <Stat name="Relationships" value={stats.relationships} note="pairs" />
        <Stat name="Active conversations" value={stats.activeConversations} />
        <div className="ens-stat ens-stat--wide" data-stat="Events per minute">
          <dt>Events per minute</dt>
          <dd>
            <span className="ens-stat-value">{eventsPerMinute.current}</span>
            <Sparkline
              width={320}
              height={44}
              values={eventsPerMinute.series}
              label={`Events per minute over the last ${minutes} minutes`}
            />
          </dd>
        </div>
      </dl>
      <h3 className="ens-subtitle">Moods</h3>
      <MoodDistribution counts={moodDistribution} />
    </section>
  );
}

function Stat({ name, value, note }: { name: string; value: number; note?: string | undefined }) {
  return (
    <div className="ens-stat" data-stat={name}>
      <dt>{name}</dt>
      <dd>
        <span className="ens-stat-value">{value}</span>
        {note && <span className="ens-stat-note">{note}</span>}
      </dd>
    </div>
  );
}
