import type { IncomingMessage } from 'node:http';
import type { AppConfig } from '../config.ts';
import { ShortLivedAnswers } from './short-lived-answers.ts';

/** `corsOrigins: ['*']` allows any origin (development only). */
const ANY_ORIGIN = '*';

/**
 * Whether a browser page at the request's Origin may use the API: the server's own origin (public URL
 * or the Host it was reached at) or one listed in CORS_ORIGINS. Requests without Origin are not from a
 * browser page and are allowed (they authenticate with tokens like anyone else).
 */
export function isOriginAllowed(req: Pick<IncomingMessage, 'headers'>, config: AppConfig): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return isSameOrigin(origin, req, config) || isListedOrigin(origin, config);
}

/** Whether the origin is in the CORS allow-list (cross-origin browser access). */
export function isListedOrigin(origin: string, config: AppConfig): boolean {
  return config.corsOrigins.includes(ANY_ORIGIN) || config.corsOrigins.includes(origin);
}

function isSameOrigin(origin: string, req: Pick<IncomingMessage, 'headers'>, config: AppConfig): boolean {
  if (origin === new URL(config.publicUrl).origin) return true;
  const host = req.headers.host;
  return host !== undefined && (origin === `http://${host}` || origin === `https://${host}`);
}

/**
 * Whether a request with this credential may come from its Origin. The API's own origin and CORS_ORIGINS
 * allow any credential; beyond those, only a widget token may be used, and only from the origins of the
 * publishable key it was minted with. Requests without Origin are not from a browser page and pass.
 */
export function isOriginAllowedFor(
  req: Pick<IncomingMessage, 'headers'>,
  config: AppConfig,
  grant: { kind: string; origins?: string[] } | null,
): boolean {
  const origin = req.headers.origin;
  if (origin === undefined || isOriginAllowed(req, config)) return true;
  return grant?.kind === 'widget' && (grant.origins ?? []).includes(origin);
}

/** Distinct origins remembered; beyond this the cache starts over (bounded memory against Origin spraying). */
const PUBLISHABLE_ORIGIN_CACHE_MAX = 1000;

/** Answers "does some active publishable key list this origin?", cached briefly. */
export class PublishableOrigins {
  readonly #answers: ShortLivedAnswers<boolean>;

  /**
   * `ttlMs`: how long an answer is reused (WS_KEY_CHECK_MS): a key created or revoked on another node takes
   * effect here within that time; on this node at once (`forget`).
   */
  constructor(
    private readonly lookup: (origin: string) => Promise<boolean>,
    ttlMs: number,
    now: () => number = Date.now,
  ) {
    this.#answers = new ShortLivedAnswers(ttlMs, PUBLISHABLE_ORIGIN_CACHE_MAX, now);
  }

  /** Drops every remembered answer: called when a key is created or revoked on this node. */
  forget(): void {
    this.#answers.forget();
  }

  /** Whether the origin is listed; a failed lookup counts as not listed (fail closed). */
  isListed(origin: string): Promise<boolean> {
    return this.#answers.answer(origin, () =>
      this.lookup(origin).catch((error: unknown) => {
        console.error('[origins] publishable origin lookup failed:', error);
        return false;
      }),
    );
  }
}

const publishableByStore = new WeakMap<object, PublishableOrigins>();

/**
 * The process's publishable-origin cache for a store (one per store, shared by CORS and WebSocket upgrades),
 * answers reused for `ttlMs` (the first caller's).
 */
export function publishableOriginsOf(
  store: { isPublishableOrigin(origin: string): Promise<boolean> },
  ttlMs: number,
): PublishableOrigins {
  let cache = publishableByStore.get(store);
  if (cache === undefined) {
    cache = new PublishableOrigins((origin) => store.isPublishableOrigin(origin), ttlMs);
    publishableByStore.set(store, cache);
  }
  return cache;
}

/**
 * Whether a browser page at the request's Origin may open a connection at all: allowed origins, plus
 * origins of active publishable keys (their pages then still need a widget token minted for them).
 */
export async function mayConnectFrom(
  req: Pick<IncomingMessage, 'headers'>,
  config: AppConfig,
  store: { isPublishableOrigin(origin: string): Promise<boolean> },
): Promise<boolean> {
  const origin = req.headers.origin;
  if (origin === undefined || isOriginAllowed(req, config)) return true;
  return publishableOriginsOf(store, config.wsKeyCheckMs).isListed(origin);
}
