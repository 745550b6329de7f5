import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route } from './routes.ts';

describe('parseRoute', () => {
  it('opens the ecosystem list by default', () => {
    expect(parseRoute('')).toEqual({ page: 'ecosystems' });
    expect(parseRoute('#/')).toEqual({ page: 'ecosystems' });
  });

  it('defaults an ecosystem to its observatory', () => {
    expect(parseRoute('#/ecosystems/e1')).toEqual({ page: 'observatory', ecosystemId: 'e1' });
  });

  it('reads a scenario page with and without a scenario id', () => {
    expect(parseRoute('#/ecosystems/e1/scenarios/s9')).toEqual({
      page: 'scenario',
      ecosystemId: 'e1',
      scenarioId: 's9',
    });
    expect(parseRoute('#/ecosystems/e1/scenarios')).toEqual({ page: 'scenario', ecosystemId: 'e1', scenarioId: null });
  });

  it('reports unknown paths as not found instead of guessing', () => {
    expect(parseRoute('#/ecosystems/e1/nowhere')).toEqual({ page: 'not_found', path: '/ecosystems/e1/nowhere' });
  });

  it('round-trips every route through hrefOf, including ids that need escaping', () => {
    const routes: Route[] = [
      { page: 'login' },
      { page: 'ecosystems' },
      { page: 'observatory', ecosystemId: 'a b/c' },
      { page: 'characters', ecosystemId: 'x' },
      { page: 'relationships', ecosystemId: 'x' },
      { page: 'developers', ecosystemId: 'x' },
      { page: 'scenario', ecosystemId: 'x', scenarioId: 'y' },
      { page: 'scenario', ecosystemId: 'x', scenarioId: null },
      { page: 'compare', ecosystemId: 'x', otherId: 'y z' },
    ];
    for (const r of routes) expect(parseRoute(hrefOf(r))).toEqual(r);
  });
});
