/**
 * The world the authorization matrix runs in: an owner with two ecosystems (X, the target, and Y), a
 * stranger, API keys, and one credential per kind of caller, from valid to forged.
 */
import { randomUUID } from 'node:crypto';
import { generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { PRICKLY, WARM } from './fixtures.ts';
import { rest } from './rest-client.ts';

/** Every kind of caller the matrix tries. */
export const PRINCIPALS = [
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
] as const;
export type Principal = (typeof PRINCIPALS)[number];

export interface Account {
  id: string;
  email: string;
  displayName: string;
  password: string;
}

/** What an allowed mutation may use without touching X (so denials around it are compared on a quiet X). */
export interface Scratch {
  ecosystem(): Promise<string>;
  /** Two fresh characters (no cooldown, full energy) of a fresh ecosystem. */
  pair(): Promise<{ ecosystemId: string; a: string; b: string }>;
  /** A running scenario that will not play a turn for an hour. */
  scenario(): Promise<string>;
  document(): Promise<string>;
  apiKey(): Promise<string>;
}

export interface World {
  url: string;
  owner: Account;
  other: Account;
  x: { id: string; a: string; b: string; c: string; scenarioId: string; documentId: string };
  y: { id: string; a: string };
  secretKey: { id: string; secret: string };
  /** The credential a principal presents (null: none), fresh each call (widget tokens live 15 minutes). */
  credential(principal: Principal): Promise<string | null>;
  /** A refresh token nobody has used yet, for auth.refresh. */
  takeRefreshToken(): Promise<string>;
  scratch: Scratch;
}

const PASSWORD = 'a good password';
/** Long enough for the whole matrix on a slow machine; forged with the server's own secret. */
const LONG_TTL_SECONDS = 4 * 3600;

function signed(user: Account, key: Parameters<SignJWT['sign']>[0], alg: string, ttlSeconds: number): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ email: user.email, name: user.displayName })
    .setProtectedHeader({ alg, typ: 'JWT' })
    .setSubject(user.id)
    .setIssuer('ensemble')
    .setAudience('ensemble-api')
    .setIssuedAt(now - 7200)
    .setExpirationTime(now + ttlSeconds)
    .sign(key);
}

async function register(url: string, name: string): Promise<Account> {
  const email = `${name}-${randomUUID()}@example.com`;
  const session = await rest<{ user: Omit<Account, 'password'> }>(url, 'POST', '/api/v1/auth/register', {
    body: { email, password: PASSWORD, displayName: name },
  });
  if (session.status !== 201) throw new Error(`register failed: ${session.text}`);
  return { ...session.body.user, password: PASSWORD };
}

/** Builds the world through the REST API as its owner would. */
export async function buildWorld(url: string, jwtSecret: Uint8Array): Promise<World> {
  const owner = await register(url, 'owner');
  const other = await register(url, 'stranger');
  const ownerToken = await signed(owner, jwtSecret, 'HS256', LONG_TTL_SECONDS);
  const otherToken = await signed(other, jwtSecret, 'HS256', LONG_TTL_SECONDS);
  const asOwner = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await rest<T>(url, method, path, { token: ownerToken, ...(body === undefined ? {} : { body }) });
    if (response.status >= 300) throw new Error(`${method} ${path} failed: ${response.status} ${response.text}`);
    return response.body;
  };
  const ecosystem = async (name: string) => (await asOwner<{ id: string }>('POST', '/api/v1/ecosystems', { name })).id;
  const character = async (ecosystemId: string, name: string, personality = WARM) =>
    (await asOwner<{ id: string }>('POST', `/api/v1/ecosystems/${ecosystemId}/characters`, { name, personality })).id;
  const scenario = async (ecosystemId: string, characterIds: string[]) =>
    (
      await asOwner<{ id: string }>('POST', `/api/v1/ecosystem/${ecosystemId}/scenario`, {
        title: 'Quiet scene',
        character_ids: characterIds,
        speed: 0.01,
        duration_minutes: 600,
      })
    ).id;
  const documentIn = async (ecosystemId: string) =>
    (
      await rest<{ result: { data: { id: string } } }>(url, 'POST', '/trpc/documents.create', {
        token: ownerToken,
        body: { ecosystemId, title: 'Lore', content: 'The lighthouse keeper never sleeps.' },
      })
    ).body.result.data.id;

  const xId = await ecosystem('X');
  const [a, b, c] = [await character(xId, 'Ada'), await character(xId, 'Bo', PRICKLY), await character(xId, 'Cy')];
  await asOwner('POST', '/api/v1/interactions', { initiator_id: a, target_id: b, type: 'chat', content: 'Hello' });
  const scenarioId = await scenario(xId, [a, b, c]);
  await asOwner('POST', `/api/v1/scenarios/${scenarioId}/pause`);
  const documentId = await documentIn(xId);
  const yId = await ecosystem('Y');
  const yA = await character(yId, 'Yves');

  const key = await asOwner<{ key: { id: string }; secret: string }>('POST', '/api/v1/api-keys', {
    kind: 'secret',
    name: 'matrix',
  });
  const rsa = await generateKeyPair('RS256');
  const widgetTokens = new Map<string, { token: string; expiresAt: number }>();
  const widget = async (ecosystemId: string, scope: 'read' | 'participant') => {
    const cacheKey = `${ecosystemId}:${scope}`;
    const cached = widgetTokens.get(cacheKey);
    if (cached && cached.expiresAt - Date.now() > 5 * 60_000) return cached.token;
    const minted = await rest<{ token: string; expiresAt: number }>(url, 'POST', '/api/v1/widget-tokens', {
      token: key.secret,
      body: { ecosystemId, scope, visitorName: 'Visitor' },
    });
    if (minted.status !== 201) throw new Error(`minting failed: ${minted.text}`);
    widgetTokens.set(cacheKey, minted.body);
    return minted.body.token;
  };
  const fixed: Partial<Record<Principal, string | null>> = {
    owner: ownerToken,
    secretKey: key.secret,
    anonymous: null,
    otherUser: otherToken,
    expiredToken: await signed(owner, jwtSecret, 'HS256', -60),
    wrongSignature: await signed(
      owner,
      new TextEncoder().encode('a different secret that is long enough!!'),
      'HS256',
      LONG_TTL_SECONDS,
    ),
    algNone: new UnsecuredJWT({ email: owner.email, name: owner.displayName })
      .setSubject(owner.id)
      .setIssuer('ensemble')
      .setAudience('ensemble-api')
      .setIssuedAt()
      .setExpirationTime('4h')
      .encode(),
    algHS512: await signed(owner, jwtSecret, 'HS512', LONG_TTL_SECONDS),
    algRS256: await signed(owner, rsa.privateKey, 'RS256', LONG_TTL_SECONDS),
  };

  // Each refresh token works once, so every call gets one from a sign-in of its own.
  const takeRefreshToken = async () => {
    const session = await rest<{ refreshToken: string }>(url, 'POST', '/api/v1/auth/login', {
      body: { email: owner.email, password: PASSWORD },
    });
    if (session.status !== 200) throw new Error(`login failed: ${session.text}`);
    return session.body.refreshToken;
  };

  return {
    url,
    owner,
    other,
    x: { id: xId, a, b, c, scenarioId, documentId },
    y: { id: yId, a: yA },
    secretKey: { id: key.key.id, secret: key.secret },
    credential: async (principal) => {
      if (principal === 'widgetRead') return widget(xId, 'read');
      if (principal === 'widgetParticipant') return widget(xId, 'participant');
      if (principal === 'widgetOtherEcosystem') return widget(yId, 'participant');
      return fixed[principal] ?? null;
    },
    takeRefreshToken,
    scratch: {
      ecosystem: () => ecosystem(`Scratch ${randomUUID().slice(0, 8)}`),
      pair: async () => {
        const ecosystemId = await ecosystem('Scratch pair');
        return { ecosystemId, a: await character(ecosystemId, 'Ana'), b: await character(ecosystemId, 'Ben') };
      },
      scenario: async () => {
        const ecosystemId = await ecosystem('Scratch scene');
        return scenario(ecosystemId, [await character(ecosystemId, 'Ana'), await character(ecosystemId, 'Ben')]);
      },
      document: async () => documentIn(await ecosystem('Scratch lore')),
      apiKey: async () =>
        (
          await asOwner<{ key: { id: string } }>('POST', '/api/v1/api-keys', {
            kind: 'publishable',
            name: 'spare',
            origins: ['https://spare.example'],
          })
        ).key.id,
    },
  };
}

/** Everything a denied call could have changed, read as the owner: X, Y, the owner's ecosystems and keys. */
export async function snapshot(world: World): Promise<unknown> {
  const token = await world.credential('owner');
  const get = async (path: string) => {
    const response = await rest(world.url, 'GET', path, { token });
    return { status: response.status, body: response.body };
  };
  const trpc = async (path: string, input: unknown) => {
    const response = await fetch(`${world.url}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return (await response.json()) as unknown;
  };
  const stable = (characters: unknown) =>
    (characters as Array<Record<string, unknown>>).map(({ id, name, description, personality, active }) => ({
      id,
      name,
      description,
      personality,
      active,
    }));
  const [x, y, xCharacters, yCharacters, scenarios, ecosystems, keys, documents, events] = await Promise.all([
    get(`/api/v1/ecosystems/${world.x.id}`),
    get(`/api/v1/ecosystems/${world.y.id}`),
    get(`/api/v1/ecosystems/${world.x.id}/characters`),
    get(`/api/v1/ecosystems/${world.y.id}/characters`),
    get(`/api/v1/ecosystems/${world.x.id}/scenarios`),
    get('/api/v1/ecosystems'),
    get('/api/v1/api-keys'),
    trpc('documents.list', { ecosystemId: world.x.id }),
    get(`/api/v1/ecosystems/${world.x.id}/events?afterSeq=0&limit=500`),
  ]);
  // Authenticating with the secret key records its use, even when the call is then refused: not a change.
  const keyStates = (keys.body as Array<Record<string, unknown>>).map(({ lastUsedAt: _used, ...rest }) => rest);
  return {
    x,
    y,
    scenarios,
    documents,
    events,
    keys: keyStates,
    xCharacters: stable(xCharacters.body),
    yCharacters: stable(yCharacters.body),
    // Allowed calls create scratch ecosystems; a denial must not add or remove any.
    ecosystems: (ecosystems.body as Array<{ id: string }>).map((e) => e.id).sort(),
  };
}
