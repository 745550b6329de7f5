/**
 * Who may call each tRPC procedure, and with what input. The matrix test fails if appRouter has a
 * procedure this table does not list, so a new procedure cannot ship without its access rule.
 */
import { randomUUID } from 'node:crypto';
import { WARM } from './fixtures.ts';
import type { Principal, World } from './authz-world.ts';

/**
 * - public: anyone (an invalid credential just makes the caller anonymous)
 * - account: any signed-in account acting on itself (owner, secret key, the other user); no widget token
 * - session: like account, but a person signed in (no API key)
 * - ownerSession: the owner signed in, on the owner's own key
 * - owner: the owner of X (session or secret key)
 * - read: the owner, or a widget token for X (either scope)
 * - intervene: the owner, or a participant widget token for X
 * - secretKey: the owner's secret key only
 */
export type Access = 'public' | 'account' | 'session' | 'ownerSession' | 'owner' | 'read' | 'intervene' | 'secretKey';

const ALLOWED: Record<Access, readonly Principal[]> = {
  public: [
    'owner',
    'secretKey',
    'anonymous',
    'otherUser',
    'widgetRead',
    'widgetParticipant',
    'widgetOtherEcosystem',
    'expiredToken',
    'wrongSignature',
    'algNone',
    'algHS512',
    'algRS256',
  ],
  account: ['owner', 'secretKey', 'otherUser'],
  session: ['owner', 'otherUser'],
  ownerSession: ['owner'],
  owner: ['owner', 'secretKey'],
  read: ['owner', 'secretKey', 'widgetRead', 'widgetParticipant'],
  intervene: ['owner', 'secretKey', 'widgetParticipant'],
  secretKey: ['secretKey'],
};

/** Whether the principal may call a procedure with this access rule. */
export function isAllowed(access: Access, principal: Principal): boolean {
  return ALLOWED[access].includes(principal);
}

/** The status (and for 401 the code) a refused call must answer with. */
export function expectedDenial(access: Access, principal: Principal): { status: number; code?: string } {
  switch (principal) {
    case 'anonymous':
      return { status: 401, code: 'unauthenticated' };
    case 'expiredToken':
      return { status: 401, code: 'token_expired' };
    case 'wrongSignature':
    case 'algNone':
    case 'algHS512':
    case 'algRS256':
      return { status: 401, code: 'token_invalid' };
    case 'otherUser':
      return access === 'secretKey' ? { status: 403, code: 'secret_key_required' } : { status: 404 };
    case 'owner':
      return { status: 403, code: 'secret_key_required' };
    case 'secretKey':
      return { status: 403, code: 'session_required' };
    case 'widgetOtherEcosystem':
      return access === 'read' || access === 'intervene'
        ? { status: 404 }
        : { status: 403, code: 'insufficient_scope' };
    case 'widgetRead':
    case 'widgetParticipant':
      return { status: 403, code: 'insufficient_scope' };
  }
}

/** What a row's input builder knows: whether this call is expected to succeed (then it gets fresh state). */
export interface Call {
  world: World;
  allowed: boolean;
  principal: Principal;
}

export interface Row {
  access: Access;
  input: (call: Call) => unknown;
}

const personality = WARM;

/** Every procedure of appRouter. X is the ecosystem under test; allowed writes use scratch state instead. */
export const MATRIX: Record<string, Row> = {
  'health.live': { access: 'public', input: () => undefined },
  'health.ready': { access: 'public', input: () => undefined },

  'auth.register': {
    access: 'public',
    input: () => ({ email: `new-${randomUUID()}@example.com`, password: 'a good password' }),
  },
  'auth.login': {
    access: 'public',
    input: ({ world }) => ({ email: world.owner.email, password: world.owner.password }),
  },
  'auth.refresh': { access: 'public', input: async ({ world }) => ({ refreshToken: await world.takeRefreshToken() }) },
  'auth.logout': { access: 'public', input: () => ({ refreshToken: `unknown-${randomUUID()}` }) },
  'auth.me': { access: 'account', input: () => undefined },

  'ecosystems.list': { access: 'account', input: () => undefined },
  'ecosystems.create': { access: 'account', input: () => ({ name: 'Made in the matrix' }) },
  'ecosystems.get': { access: 'read', input: ({ world }) => ({ id: world.x.id }) },
  'ecosystems.update': {
    access: 'owner',
    input: async ({ world, allowed }) => ({
      id: allowed ? await world.scratch.ecosystem() : world.x.id,
      name: 'Renamed',
    }),
  },
  'ecosystems.delete': {
    access: 'owner',
    input: async ({ world, allowed }) => ({ id: allowed ? await world.scratch.ecosystem() : world.x.id }),
  },
  'ecosystems.dashboard': { access: 'read', input: ({ world }) => ({ id: world.x.id }) },
  'ecosystems.graph': { access: 'read', input: ({ world }) => ({ id: world.x.id }) },

  'characters.create': {
    access: 'owner',
    input: async ({ world, allowed }) => ({
      ecosystemId: allowed ? await world.scratch.ecosystem() : world.x.id,
      name: 'Newcomer',
      personality,
    }),
  },
  'characters.list': { access: 'read', input: ({ world }) => ({ ecosystemId: world.x.id }) },
  'characters.get': { access: 'read', input: ({ world }) => ({ id: world.x.a }) },
  'characters.update': {
    access: 'owner',
    input: async ({ world, allowed }) => ({
      id: allowed ? (await world.scratch.pair()).a : world.x.a,
      description: 'Changed',
    }),
  },
  'characters.delete': {
    access: 'owner',
    input: async ({ world, allowed }) => ({ id: allowed ? (await world.scratch.pair()).a : world.x.c }),
  },

  'history.state': { access: 'read', input: ({ world }) => ({ ecosystemId: world.x.id }) },
  'history.compare': { access: 'read', input: ({ world }) => ({ ecosystemId: world.x.id, otherId: world.x.id }) },
  'history.fork': {
    access: 'owner',
    input: async ({ world, allowed }) => ({ ecosystemId: allowed ? await world.scratch.ecosystem() : world.x.id }),
  },
  'cards.import': {
    access: 'owner',
    input: async ({ world, allowed }) => ({
      ecosystemId: allowed ? await world.scratch.ecosystem() : world.x.id,
      card: { spec: 'chara_card_v3', spec_version: '3.0', data: { name: 'Carded' } },
    }),
  },
  'cards.export': { access: 'owner', input: ({ world }) => ({ id: world.x.a }) },
  'bundles.export': { access: 'owner', input: ({ world }) => ({ ecosystemId: world.x.id }) },
  'bundles.import': {
    access: 'account',
    input: () => ({
      bundle: {
        format: 'ensemble.ecosystem',
        version: 1,
        ecosystem: { name: 'Bundled in the matrix', description: '', personalityDrift: true },
        characters: [],
        relationships: [],
        documents: [],
        scenarios: [],
      },
    }),
  },

  'memories.list': { access: 'read', input: ({ world }) => ({ characterId: world.x.a }) },

  'relationships.byCharacter': { access: 'read', input: ({ world }) => ({ characterId: world.x.a }) },
  'relationships.between': { access: 'read', input: ({ world }) => ({ aId: world.x.a, bId: world.x.b }) },
  'relationships.history': { access: 'read', input: ({ world }) => ({ fromId: world.x.a, toId: world.x.b }) },

  'interactions.create': {
    access: 'owner',
    input: async ({ world, allowed }) => {
      const pair = allowed ? await world.scratch.pair() : { a: world.x.b, b: world.x.c };
      return { initiatorId: pair.a, targetId: pair.b, type: 'greeting', content: 'Good morning' };
    },
  },
  'interactions.list': { access: 'read', input: ({ world }) => ({ ecosystemId: world.x.id }) },

  'scenarios.create': {
    access: 'owner',
    input: async ({ world, allowed }) => {
      const pair = allowed ? await world.scratch.pair() : { ecosystemId: world.x.id, a: world.x.a, b: world.x.b };
      return { ecosystemId: pair.ecosystemId, title: 'Matrix scene', participantIds: [pair.a, pair.b], speed: 0.01 };
    },
  },
  'scenarios.get': { access: 'read', input: ({ world }) => ({ id: world.x.scenarioId }) },
  'scenarios.list': { access: 'read', input: ({ world }) => ({ ecosystemId: world.x.id }) },
  'scenarios.pause': {
    access: 'owner',
    input: async ({ world, allowed }) => ({ id: allowed ? await world.scratch.scenario() : world.x.scenarioId }),
  },
  'scenarios.resume': {
    access: 'owner',
    input: async ({ world, allowed }) => ({ id: allowed ? await world.scratch.scenario() : world.x.scenarioId }),
  },
  'scenarios.end': {
    access: 'owner',
    input: async ({ world, allowed }) => ({ id: allowed ? await world.scratch.scenario() : world.x.scenarioId }),
  },
  'scenarios.intervene': {
    access: 'intervene',
    // A participant token can only speak into X; the owner speaks into scratch scenes so X stays quiet.
    input: async ({ world, allowed, principal }) => ({
      scenarioId: allowed && principal !== 'widgetParticipant' ? await world.scratch.scenario() : world.x.scenarioId,
      message: 'Hello everyone, lovely to see you',
    }),
  },
  'scenarios.transcript': { access: 'read', input: ({ world }) => ({ id: world.x.scenarioId }) },

  'documents.create': {
    access: 'owner',
    input: async ({ world, allowed }) => ({
      ecosystemId: allowed ? await world.scratch.ecosystem() : world.x.id,
      title: 'Notes',
    }),
  },
  'documents.list': { access: 'owner', input: ({ world }) => ({ ecosystemId: world.x.id }) },
  'documents.get': { access: 'owner', input: ({ world }) => ({ id: world.x.documentId }) },
  'documents.search': { access: 'owner', input: ({ world }) => ({ ecosystemId: world.x.id, q: 'lore', mode: 'text' }) },
  'documents.update': {
    access: 'owner',
    input: async ({ world, allowed }) => ({
      id: allowed ? await world.scratch.document() : world.x.documentId,
      title: 'Changed',
    }),
  },
  'documents.delete': {
    access: 'owner',
    input: async ({ world, allowed }) => ({ id: allowed ? await world.scratch.document() : world.x.documentId }),
  },

  'events.list': { access: 'read', input: ({ world }) => ({ ecosystemId: world.x.id }) },
  'events.onEvent': { access: 'read', input: ({ world }) => ({ ecosystemId: world.x.id, lastEventId: '0' }) },
  'events.onEventRuns': { access: 'read', input: ({ world }) => ({ ecosystemId: world.x.id, lastEventId: '0' }) },
  'events.onLineDelta': { access: 'read', input: ({ world }) => ({ ecosystemId: world.x.id }) },

  'graph.neighbours': { access: 'read', input: ({ world }) => ({ characterId: world.x.a }) },
  'graph.shortestPath': { access: 'read', input: ({ world }) => ({ fromId: world.x.a, toId: world.x.b }) },
  'graph.mutualFriends': { access: 'read', input: ({ world }) => ({ aId: world.x.a, bId: world.x.b }) },
  'graph.mostConnected': { access: 'read', input: ({ world }) => ({ ecosystemId: world.x.id }) },
  'graph.communities': { access: 'read', input: ({ world }) => ({ ecosystemId: world.x.id }) },

  'keys.create': {
    access: 'session',
    input: () => ({ kind: 'publishable', name: 'Matrix', origins: ['https://matrix.example'] }),
  },
  'keys.list': { access: 'session', input: () => undefined },
  'keys.revoke': {
    access: 'ownerSession',
    input: async ({ world, allowed }) => ({ id: allowed ? await world.scratch.apiKey() : world.secretKey.id }),
  },
  'widgetTokens.create': { access: 'secretKey', input: ({ world }) => ({ ecosystemId: world.x.id, scope: 'read' }) },
};
