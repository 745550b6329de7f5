import type { ConnectionStatus } from '@ensemble/sdk';
import { hrefOf, type Route } from '../routes.ts';
import { ConnectionBadge } from './ConnectionBadge.tsx';

export interface AppHeaderProps {
  route: Route;
  status: ConnectionStatus;
  /** The open ecosystem's name, when a page of one is shown. */
  ecosystemName?: string | null;
  userName?: string | null;
  onSignOut?: () => void;
}

const ECOSYSTEM_TABS = [
  { page: 'observatory', label: 'Observatory' },
  { page: 'characters', label: 'Characters' },
  { page: 'relationships', label: 'Relationships' },
  { page: 'scenario', label: 'Scenarios' },
  { page: 'developers', label: 'Developers' },
] as const;

/** Brand, the open ecosystem's pages, the connection status and the account, on every page. */
export function AppHeader({ route, status, ecosystemName, userName, onSignOut }: AppHeaderProps) {
  const ecosystemId = 'ecosystemId' in route ? route.ecosystemId : null;
  return (
    <header className="app-header">
      <div className="app-header-row">
        <a className="brand" href={hrefOf({ page: 'ecosystems' })} aria-label="Ensemble: your ecosystems">
          <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
            <circle cx="10" cy="12" r="6" fill="#f0a431" />
            <circle cx="22" cy="12" r="6" fill="#4cae74" />
            <circle cx="16" cy="22" r="6" fill="#5b74e0" />
          </svg>
          <span className="brand-name">Ensemble</span>
        </a>
        {ecosystemId !== null && (
          <span className="crumb" title={ecosystemName ?? undefined}>
            <span aria-hidden="true" className="crumb-sep">
              /
            </span>
            <span className="crumb-name">{ecosystemName ?? '…'}</span>
          </span>
        )}
        <div className="app-header-end">
          {/* Signed out there is no live connection to speak of: no badge rather than a puzzling one. */}
          {route.page !== 'login' && <ConnectionBadge status={status} />}
          {userName && (
            <span className="user-name" title={userName}>
              {userName}
            </span>
          )}
          {onSignOut && (
            <button type="button" className="button button--quiet" onClick={onSignOut}>
              Sign out
            </button>
          )}
        </div>
      </div>
      {ecosystemId !== null && (
        <nav className="tabs" aria-label="Ecosystem pages">
          {ECOSYSTEM_TABS.map((tab) => {
            const target: Route =
              tab.page === 'scenario'
                ? { page: 'scenario', ecosystemId, scenarioId: null }
                : { page: tab.page, ecosystemId };
            const current = route.page === tab.page;
            return (
              <a key={tab.page} className="tab" href={hrefOf(target)} aria-current={current ? 'page' : undefined}>
                {tab.label}
              </a>
            );
          })}
        </nav>
      )}
    </header>
  );
}
