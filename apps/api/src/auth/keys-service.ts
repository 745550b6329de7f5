import { randomUUID } from 'node:crypto';
import type { Clock, Id } from '@ensemble/core';
import { AppError } from '../errors.ts';
import type { ApiKeyKind, ApiKeyRecord, AppStore } from '../store/app-store.ts';
import type { AuthUser } from './caller.ts';
import { apiKeyKindOf, generateApiKey, hashApiKey } from './api-keys.ts';
import type { Grant, WidgetScope } from './grants.ts';
import { ShortLivedAnswers } from '../http/short-lived-answers.ts';
import {
  signWidgetToken,
  verifyWidgetToken,
  WIDGET_TOKEN_MAX_TTL_SECONDS,
  widgetSigningKey,
  type WidgetClaims,
} from './widget-tokens.ts';
import type { Authentication } from './authentication.ts';

/** Keys per account; a generous cap that still stops a runaway script from filling the table. */
export const MAX_API_KEYS_PER_OWNER = 50;
/** `lastUsedAt` is written at most this often per key, so busy keys do not turn every read into a write. */
const TOUCH_INTERVAL_MS = 60_000;
/** Keys whose status {@link ApiKeyService.keysActive} remembers before it starts over. */
const KEY_STATUS_CACHE_MAX = 10_000;
/** Credentials whose upgrade verdict {@link ApiKeyService.authenticateUpgrade} remembers before it starts over. */
const UPGRADE_VERDICT_CACHE_MAX = 10_000;

/** An API key as listed: never the key itself nor its hash. */
export interface ApiKeyView {
  id: Id;
  kind: ApiKeyKind;
  name: string;
  prefix: string;
  origins: string[];
  /** ms since the epoch */
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

/** A widget token as handed to a host's backend. */
export interface MintedWidgetToken {
  token: string;
  /** ms since the epoch */
  expiresAt: number;
  ecosystemId: Id;
  scope: WidgetScope;
  origins: string[];
}

export interface ApiKeyServiceOptions {
  store: AppStore;
  clock: Clock;
  jwtSecret: Uint8Array;
  /**
   * How long a WebSocket upgrade reuses the verdict on a secret key or widget token (WS_KEY_CHECK_MS): a key
   * revoked on another node is refused on upgrades here within that time; on this node at once. 0: never.
   */
  upgradeVerdictMs?: number;
}

/** Secret and publishable API keys, and the widget tokens a secret key mints. */
export class ApiKeyService {
  readonly #store: AppStore;
  readonly #clock: Clock;
  readonly #widgetKey: Uint8Array;
  /** Recent answers of keysActive, per key (a promise, so concurrent askers share one lookup). */
  readonly #keyStatus = new Map<Id, { checkedAt: number; active: Promise<boolean> }>();
  /** Store-backed verdicts on credentials presented by WebSocket upgrades, briefly reused. */
  readonly #upgradeVerdicts: ShortLivedAnswers<Authentication>;

  constructor(options: ApiKeyServiceOptions) {
    this.#store = options.store;
    this.#clock = options.clock;
    this.#widgetKey = widgetSigningKey(options.jwtSecret);
    this.#upgradeVerdicts = new ShortLivedAnswers(options.upgradeVerdictMs ?? 0, UPGRADE_VERDICT_CACHE_MAX, () =>
      this.#clock.now(),
    );
  }

  /** Creates a key; the returned `secret` is the only time the key itself is ever shown. */
  async create(
    ownerId: Id,
    input: { kind: ApiKeyKind; name: string; origins: string[] },
  ): Promise<{ key: ApiKeyView; secret: string }> {
    const active = (await this.#store.listApiKeys(ownerId)).filter((k) => k.revokedAt === null);
    if (active.length >= MAX_API_KEYS_PER_OWNER) {
      throw new AppError(
        'BAD_REQUEST',
        'too_many_api_keys',
        `An account can hold at most ${MAX_API_KEYS_PER_OWNER} active keys; revoke one first.`,
      );
    }
    const generated = generateApiKey(input.kind);
    const record: ApiKeyRecord = {
      id: randomUUID(),
      ownerId,
      kind: input.kind,
      name: input.name,
      prefix: generated.prefix,
      keyHash: generated.keyHash,
      origins: input.kind === 'publishable' ? [...new Set(input.origins)] : [],
      createdAt: this.#clock.now(),
      lastUsedAt: null,
      revokedAt: null,
    };
    await this.#store.createApiKey(record);
    return { key: toView(record), secret: generated.key };
  }

  /** The owner's keys, newest first, revoked ones included (marked). */
  async list(ownerId: Id): Promise<ApiKeyView[]> {
    return (await this.#store.listApiKeys(ownerId)).map(toView);
  }

  /** Revokes the owner's key; someone else's key answers like a missing one. */
  async revoke(ownerId: Id, id: Id): Promise<ApiKeyView> {
    const revoked = await this.#store.revokeApiKey(id, ownerId, this.#clock.now());
    this.#keyStatus.delete(id);
    // Any remembered verdict may stand on this key (as minter or publishable key): upgrades ask again.
    this.#upgradeVerdicts.forget();
    const key = await this.#store.getApiKey(id);
    if (key === null || key.ownerId !== ownerId) throw keyNotFound();
    if (!revoked && key.revokedAt === null) throw keyNotFound();
    return toView(key);
  }

  /**
   * Mints a widget token for one ecosystem (the caller has checked the secret key's owner owns it).
   * With a publishable key, the token may be used from that key's origins.
   */
  async mintWidgetToken(
    minter: { keyId: Id; ownerId: Id },
    input: {
      ecosystemId: Id;
      scope: WidgetScope;
      publishableKey?: string | undefined;
      ttlSeconds?: number | undefined;
      visitorName?: string | undefined;
    },
  ): Promise<MintedWidgetToken> {
    let publishable: ApiKeyRecord | null = null;
    if (input.publishableKey !== undefined) {
      publishable =
        apiKeyKindOf(input.publishableKey) === 'publishable'
          ? await this.#store.getApiKeyByHash(hashApiKey(input.publishableKey))
          : null;
      if (publishable === null || publishable.ownerId !== minter.ownerId || publishable.revokedAt !== null) {
        throw new AppError(
          'BAD_REQUEST',
          'publishable_key_invalid',
          'That publishable key is not one of your active keys.',
        );
      }
    }
    const { token, claims } = await signWidgetToken(
      this.#widgetKey,
      {
        ecosystemId: input.ecosystemId,
        ownerId: minter.ownerId,
        scope: input.scope,
        keyId: minter.keyId,
        publishableKeyId: publishable?.id ?? null,
        origins: publishable?.origins ?? [],
        visitorName: input.visitorName ?? null,
      },
      this.#clock.now(),
      input.ttlSeconds ?? WIDGET_TOKEN_MAX_TTL_SECONDS,
    );
    return {
      token,
      expiresAt: claims.expiresAt,
      ecosystemId: claims.ecosystemId,
      scope: claims.scope,
      origins: claims.origins,
    };
  }

  /** A secret key presented as a bearer credential: its owner, if the key exists and is not revoked. */
  async authenticateSecretKey(key: string): Promise<Authentication> {
    if (apiKeyKindOf(key) !== 'secret') return { ok: false, failure: 'token_invalid' };
    const record = await this.#store.getApiKeyByHash(hashApiKey(key));
    if (record === null || record.kind !== 'secret' || record.revokedAt !== null)
      return { ok: false, failure: 'token_invalid' };
    const user = await this.#store.getUserById(record.ownerId);
    if (user === null) return { ok: false, failure: 'token_invalid' };
    this.#touch(record);
    const grant: Grant = { kind: 'secret_key', keyId: record.id };
    return { ok: true, user: { id: user.id, email: user.email, displayName: user.displayName }, grant };
  }

  /** A widget token: valid signature and claims, and neither key behind it revoked. */
  async authenticateWidgetToken(token: string): Promise<Authentication> {
    const verified = await verifyWidgetToken(this.#widgetKey, token, this.#clock.now());
    if (!verified.ok) return verified;
    return this.#widgetVerdict(verified.claims);
  }

  /**
   * A secret key or widget token presented by a WebSocket upgrade. Like {@link authenticateSecretKey} and
   * {@link authenticateWidgetToken}, but the store's verdict on the same credential is reused for
   * `upgradeVerdictMs`, so a burst of upgrades with one token costs one database read. The signature and
   * expiry of a widget token are checked on every upgrade; a key revoked on this node is refused at once.
   */
  async authenticateUpgrade(credential: string, kind: 'secret_key' | 'widget_token'): Promise<Authentication> {
    if (kind === 'secret_key') {
      if (apiKeyKindOf(credential) !== 'secret') return { ok: false, failure: 'token_invalid' };
      return this.#upgradeVerdicts.answer(`secret:${hashApiKey(credential)}`, () =>
        this.authenticateSecretKey(credential),
      );
    }
    const verified = await verifyWidgetToken(this.#widgetKey, credential, this.#clock.now());
    if (!verified.ok) return verified;
    const { claims } = verified;
    return this.#upgradeVerdicts.answer(`widget:${claims.tokenId}`, () => this.#widgetVerdict(claims));
  }

  /** Whether the keys behind a widget token's (verified) claims still stand: one store read. */
  async #widgetVerdict(claims: WidgetClaims): Promise<Authentication> {
    const keyIds = claims.publishableKeyId === null ? [claims.keyId] : [claims.keyId, claims.publishableKeyId];
    const keys = await this.#store.getApiKeys(keyIds);
    const minter = keys.get(claims.keyId);
    const publishable = claims.publishableKeyId === null ? undefined : keys.get(claims.publishableKeyId);
    if (minter === undefined || minter.revokedAt !== null || minter.ownerId !== claims.ownerId)
      return { ok: false, failure: 'token_invalid' };
    if (claims.publishableKeyId !== null && (publishable === undefined || publishable.revokedAt !== null)) {
      return { ok: false, failure: 'token_invalid' };
    }
    // A visitor, not the owner: an id no ecosystem is owned by, so any check that forgets the grant fails closed.
    const user: AuthUser = { id: `widget:${claims.tokenId}`, email: '', displayName: claims.visitorName ?? 'Visitor' };
    const grant: Grant = {
      kind: 'widget',
      tokenId: claims.tokenId,
      ecosystemId: claims.ecosystemId,
      ownerId: claims.ownerId,
      scope: claims.scope,
      origins: claims.origins,
      expiresAt: claims.expiresAt,
      keyIds,
    };
    return { ok: true, user, grant };
  }

  /**
   * Whether none of the keys has been revoked (or deleted). Open WebSockets ask this every few seconds, a
   * thousand of them about the same few keys, so each key's answer is reused for `maxAgeMs`.
   */
  async keysActive(ids: readonly Id[], maxAgeMs: number): Promise<boolean> {
    const now = this.#clock.now();
    const stale = ids.filter((id) => {
      const cached = this.#keyStatus.get(id);
      return cached === undefined || now - cached.checkedAt >= maxAgeMs;
    });
    if (stale.length > 0) {
      const lookup = this.#store.getApiKeys(stale);
      for (const id of stale) {
        const active = lookup.then((keys) => {
          const key = keys.get(id);
          return key !== undefined && key.revokedAt === null;
        });
        this.#keyStatus.set(id, { checkedAt: now, active });
        // A failed lookup is not an answer: the next caller asks again.
        active.catch(() => {
          if (this.#keyStatus.get(id)?.active === active) this.#keyStatus.delete(id);
        });
      }
    }
    const answers = await Promise.all(ids.map((id) => this.#keyStatus.get(id)?.active ?? Promise.resolve(false)));
    if (this.#keyStatus.size > KEY_STATUS_CACHE_MAX) this.#keyStatus.clear();
    return answers.every(Boolean);
  }

  #touch(record: ApiKeyRecord): void {
    const now = this.#clock.now();
    if (record.lastUsedAt !== null && now - record.lastUsedAt < TOUCH_INTERVAL_MS) return;
    this.#store.touchApiKey(record.id, now).catch((error: unknown) => {
      console.error('[auth] could not record API key use:', error);
    });
  }
}

function toView(record: ApiKeyRecord): ApiKeyView {
  return {
    id: record.id,
    kind: record.kind,
    name: record.name,
    prefix: record.prefix,
    origins: record.origins,
    createdAt: record.createdAt,
    lastUsedAt: record.lastUsedAt,
    revokedAt: record.revokedAt,
  };
}

function keyNotFound(): AppError {
  return new AppError('NOT_FOUND', 'api_key_not_found', 'No such API key.');
}
