import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { ComparePage } from './branches/ComparePage.tsx';
import { AppHeader } from './layout/AppHeader.tsx';
import { useConnectionStatus } from './layout/use-connection-status.ts';
import { EcosystemLiveProvider, useEcosystemLive } from './live/EcosystemLive.tsx';
import { navigate, useRoute } from './navigation/use-route.ts';
import { DevelopersPage } from './pages/DevelopersPage.tsx';
import { EcosystemsPage } from './pages/EcosystemsPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { ObservatoryPage } from './pages/ObservatoryPage.tsx';
import { RelationshipsPage } from './pages/RelationshipsPage.tsx';
import { ScenarioPage } from './pages/ScenarioPage.tsx';
import { hrefOf, type Route } from './routes.ts';
import { useSession } from './session/SessionProvider.tsx';

/** The characters page carries the engine's mood formulas (@ensemble/core): loaded when first opened. */
const CharactersPage = lazy(async () => ({ default: (await import('./pages/CharactersPage.tsx')).CharactersPage }));

/** The demo app: the sign-in gate, the header on every page, and the page the URL names. */
export function App() {
  const session = useSession();
  const route = useRoute();
  const { state } = session;
  const client = state.status === 'signed_in' ? state.client : null;
  const liveStatus = useConnectionStatus(client);
  // Signed out there is no connection to speak of: a neutral badge, not a red "Offline".
  const status = client === null ? 'idle' : liveStatus;

  // Signed in on the login page (or signed out anywhere else): go where the user belongs.
  useEffect(() => {
    if (state.status === 'signed_in' && route.page === 'login') navigate({ page: 'ecosystems' }, { replace: true });
  }, [state.status, route.page]);

  useEffect(() => {
    document.title = titleOf(route);
  }, [route]);

  if (state.status === 'restoring') {
    return (
      <p className="splash" role="status">
        Opening Ensemble…
      </p>
    );
  }
  if (state.status === 'signed_out') {
    return (
      <>
        <SkipLink />
        <AppHeader route={{ page: 'login' }} status={status} />
        <LoginPage signIn={session.signIn} register={session.register} notice={state.notice} />
      </>
    );
  }

  const signOut = () => {
    void session.signOut().then(() => navigate({ page: 'login' }, { replace: true }));
  };
  const header = (ecosystemName?: string | null) => (
    <AppHeader
      route={route}
      status={status}
      ecosystemName={ecosystemName ?? null}
      userName={state.user.displayName}
      onSignOut={signOut}
    />
  );

  if ('ecosystemId' in route) {
    return (
      <EcosystemLiveProvider key={route.ecosystemId} ecosystemId={route.ecosystemId}>
        <SkipLink />
        <EcosystemHeader render={header} />
        <EcosystemPages route={route} />
      </EcosystemLiveProvider>
    );
  }
  return (
    <>
      <SkipLink />
      {header()}
      {route.page === 'not_found' ? <NotFoundPage path={route.path} /> : <EcosystemsPage />}
    </>
  );
}

/** The open ecosystem's page, or one not-found page when there is no such ecosystem. */
function EcosystemPages({ route }: { route: Route }) {
  const live = useEcosystemLive();
  if (live.notFound) return <NotFoundPage path={hrefOf(route).replace(/^#/, '')} what="ecosystem" />;
  return (
    <>
      {route.page === 'observatory' && <ObservatoryPage />}
      {route.page === 'characters' && (
        <Suspense
          fallback={
            <p className="splash" role="status">
              Loading characters…
            </p>
          }
        >
          <CharactersPage />
        </Suspense>
      )}
      {route.page === 'scenario' && <ScenarioPage scenarioId={route.scenarioId} />}
      {route.page === 'relationships' && <RelationshipsPage />}
      {route.page === 'developers' && <DevelopersPage />}
      {route.page === 'compare' && <ComparePage ecosystemId={route.ecosystemId} otherId={route.otherId} />}
    </>
  );
}

function EcosystemHeader({ render }: { render(name?: string | null): ReactNode }) {
  const live = useEcosystemLive();
  return <>{render(live.ecosystem?.name ?? null)}</>;
}

function SkipLink() {
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(e) => {
        // The hash router owns location.hash, so move focus instead of following the link.
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}
    >
      Skip to content
    </a>
  );
}

function titleOf(route: Route): string {
  const names: Record<Route['page'], string> = {
    login: 'Sign in',
    ecosystems: 'Ecosystems',
    observatory: 'Observatory',
    characters: 'Characters',
    relationships: 'Relationships',
    developers: 'Developers',
    scenario: 'Scenario',
    compare: 'Compare branches',
    not_found: 'Not found',
  };
  return `${names[route.page]} · Ensemble`;
}
