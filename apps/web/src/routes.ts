/** The demo app's pages, addressed by the URL hash so the API can serve the app as static files. */
export type Route =
  | { page: 'login' }
  | { page: 'ecosystems' }
  | { page: 'observatory'; ecosystemId: string }
  | { page: 'characters'; ecosystemId: string }
  | { page: 'relationships'; ecosystemId: string }
  | { page: 'developers'; ecosystemId: string }
  | { page: 'scenario'; ecosystemId: string; scenarioId: string | null }
  /** Two branches side by side: this ecosystem (A) and `otherId` (B). */
  | { page: 'compare'; ecosystemId: string; otherId: string }
  | { page: 'not_found'; path: string };

const ECOSYSTEM_PAGES = new Set(['observatory', 'characters', 'relationships', 'developers']);

/** Reads a route from a location hash such as "#/ecosystems/abc/observatory". */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0 || (parts.length === 1 && parts[0] === 'ecosystems')) return { page: 'ecosystems' };
  if (parts.length === 1 && parts[0] === 'login') return { page: 'login' };
  if (parts[0] === 'ecosystems' && parts[1]) {
    const ecosystemId = parts[1];
    const sub = parts[2] ?? 'observatory';
    if (parts.length <= 3 && ECOSYSTEM_PAGES.has(sub))
      return { page: sub as 'observatory' | 'characters' | 'relationships' | 'developers', ecosystemId };
    if (sub === 'compare' && parts.length === 4) return { page: 'compare', ecosystemId, otherId: parts[3]! };
    if (sub === 'scenarios' && parts.length <= 4)
      return { page: 'scenario', ecosystemId, scenarioId: parts[3] ?? null };
  }
  return { page: 'not_found', path };
}

/** The hash for a route; parseRoute(hrefOf(r)) gives r back. */
export function hrefOf(route: Route): string {
  const id = (s: string) => encodeURIComponent(s);
  switch (route.page) {
    case 'login':
      return '#/login';
    case 'ecosystems':
      return '#/ecosystems';
    case 'observatory':
      return `#/ecosystems/${id(route.ecosystemId)}/observatory`;
    case 'characters':
      return `#/ecosystems/${id(route.ecosystemId)}/characters`;
    case 'relationships':
      return `#/ecosystems/${id(route.ecosystemId)}/relationships`;
    case 'developers':
      return `#/ecosystems/${id(route.ecosystemId)}/developers`;
    case 'scenario':
      return `#/ecosystems/${id(route.ecosystemId)}/scenarios${route.scenarioId ? `/${id(route.scenarioId)}` : ''}`;
    case 'compare':
      return `#/ecosystems/${id(route.ecosystemId)}/compare/${id(route.otherId)}`;
    case 'not_found':
      return `#${route.path}`;
  }
}
