/**
 * Plain HTTP and WebSocket helpers for the REST and plain-stream tests: only fetch and ws, the way a
 * client in another language would talk to the API (no SDK, no tRPC client).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { WebSocket } from 'ws';

export interface RestResponse<T = unknown> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
}

export interface RestOptions {
  token?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Every REST call of a test file, `METHOD /path/template`, for the OpenAPI coverage check. */
export const restHits = new Set<string>();

/** The statuses observed per documented operation (`METHOD /path/template`), to compare with the document. */
export const restStatuses = new Map<string, Set<number>>();

/** `METHOD /path/template status` for every status observed that the OpenAPI document does not list. */
export function undocumentedStatuses(document: {
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
}): string[] {
  const missing: string[] = [];
  for (const [operation, statuses] of restStatuses) {
    const [method, path] = operation.split(' ') as [string, string];
    const documented = document.paths[path]?.[method.toLowerCase()]?.responses;
    for (const status of statuses)
      if (documented?.[String(status)] === undefined) missing.push(`${operation} ${status}`);
  }
  return missing.sort();
}

/** Calls the REST API; records which documented operation it hit (`template`, when given). */
export async function rest<T = unknown>(
  url: string,
  method: string,
  path: string,
  options: RestOptions = {},
  template?: string,
): Promise<RestResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${url}${path}`, {
    method,
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  const operation = `${method.toUpperCase()} ${template ?? path.split('?')[0]}`;
  restHits.add(operation);
  if (template !== undefined) {
    let statuses = restStatuses.get(operation);
    if (statuses === undefined) restStatuses.set(operation, (statuses = new Set()));
    statuses.add(response.status);
  }
  return {
    status: response.status,
    body: (text === '' ? null : JSON.parse(text)) as T,
    text,
    headers: response.headers,
  };
}

/** The server's JWT secret (generated on first start in its data dir), to forge tokens that differ in one way. */
export function jwtSecretOf(dataDir: string): Uint8Array {
  return new Uint8Array(Buffer.from(readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim(), 'base64url'));
}

/** An access token for the user, signed with `key`, that expires `ttlSeconds` from now (negative: already expired). */
export function accessTokenFor(
  user: { id: string; email: string; displayName: string },
  key: Uint8Array,
  ttlSeconds = 600,
  alg = 'HS256',
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ email: user.email, name: user.displayName })
    .setProtectedHeader({ alg, typ: 'JWT' })
    .setSubject(user.id)
    .setIssuer('ensemble')
    .setAudience('ensemble-api')
    .setIssuedAt(now - 3600)
    .setExpirationTime(now + ttlSeconds)
    .sign(key);
}

/** A message the plain stream sent: an event (with seq) or a control message. */
export interface StreamMessage {
  type: string;
  seq?: number;
  id?: string;
  [key: string]: unknown;
}

export interface StreamClient {
  ws: WebSocket;
  messages: StreamMessage[];
  /** Events only (messages with a seq), in arrival order. */
  events(): StreamMessage[];
  /** Resolves with the `ready` message, or rejects if the socket closes first. */
  ready: Promise<StreamMessage>;
  closed: Promise<{ code: number; reason: string }>;
  /** The subprotocol the server chose. */
  protocol(): string;
  close(): void;
}

export interface StreamOptions {
  token?: string;
  /** How the token is sent. @default 'header' */
  via?: 'header' | 'subprotocol' | 'query';
  lastEventId?: string | number;
  origin?: string;
  /** Answer protocol pings automatically (a dead client would not). @default true */
  autoPong?: boolean;
}

/** Opens `WS /ws/ecosystem/{id}` with plain `ws`. */
export function openStream(url: string, ecosystemId: string, options: StreamOptions = {}): StreamClient {
  const query = new URLSearchParams();
  if (options.lastEventId !== undefined) query.set('lastEventId', String(options.lastEventId));
  if (options.token && options.via === 'query') query.set('token', options.token);
  const target = `${url.replace(/^http/, 'ws')}/ws/ecosystem/${encodeURIComponent(ecosystemId)}${query.size > 0 ? `?${query}` : ''}`;
  const headers: Record<string, string> = {};
  if (options.token && (options.via ?? 'header') === 'header') headers['authorization'] = `Bearer ${options.token}`;
  if (options.origin) headers['origin'] = options.origin;
  const protocols =
    options.token && options.via === 'subprotocol' ? ['ensemble.v1', `bearer.${options.token}`] : undefined;
  const ws = new WebSocket(target, protocols, { headers, autoPong: options.autoPong ?? true });
  const messages: StreamMessage[] = [];
  let onReady!: (m: StreamMessage) => void;
  let onNotReady!: (e: Error) => void;
  const ready = new Promise<StreamMessage>((resolve, reject) => {
    onReady = resolve;
    onNotReady = reject;
  });
  ready.catch(() => {});
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.on('close', (code, reason) => {
      onNotReady(new Error(`closed before ready: ${code} ${String(reason)}`));
      resolve({ code, reason: String(reason) });
    });
    ws.on('error', (error) => {
      onNotReady(error);
      // An upgrade refused with an HTTP status never opens: report it like a close.
      const status = /Unexpected server response: (\d+)/.exec(error.message)?.[1];
      if (status !== undefined) resolve({ code: -Number(status), reason: error.message });
    });
  });
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as StreamMessage;
    messages.push(message);
    if (message.type === 'ready') onReady(message);
  });
  return {
    ws,
    messages,
    ready,
    closed,
    events: () => messages.filter((m) => typeof m.seq === 'number'),
    protocol: () => ws.protocol,
    close: () => ws.close(1000),
  };
}

/** Waits until `condition` holds, polling. */
export async function until(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
