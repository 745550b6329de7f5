import { randomUUID } from 'node:crypto';
import type { Clock, Id } from '@ensemble/core';
import { AppError } from '../errors.ts';
import { StoreError, type AppStore, type UserRecord } from '../store/app-store.ts';
import type { AuthUser } from './caller.ts';
import { credentialKindOf, expiryOf, type Authentication } from './authentication.ts';
import { ApiKeyService } from './keys-service.ts';
import { hashPassword, verifyDecoyPassword, verifyPassword } from './passwords.ts';
import { issueRefreshToken, revokeRefreshToken, rotateRefreshToken } from './refresh-tokens.ts';
import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken, verifyAccessToken, type VerifiedToken } from './tokens.ts';

/** What a client gets on register, login and refresh. */
export interface AuthSession {
  user: AuthUser;
  accessToken: string;
  /** ms since the epoch */
  accessTokenExpiresAt: number;
  refreshToken: string;
  /** ms since the epoch */
  refreshTokenExpiresAt: number;
}

export interface AuthServiceOptions {
  store: AppStore;
  clock: Clock;
  jwtSecret: Uint8Array;
  /** How long WebSocket upgrades reuse a verdict on an API key or widget token (WS_KEY_CHECK_MS); 0: never. */
  upgradeVerdictMs?: number;
}

/** Verified access tokens remembered at most (then the memory starts over): ~10,000 signed-in clients a node. */
const VERIFIED_TOKENS_MAX = 10_000;

/** Accounts and sessions: argon2id passwords, 15-minute JWT access tokens, rotating refresh tokens. */
export class AuthService {
  readonly #store: AppStore;
  readonly #clock: Clock;
  readonly #secret: Uint8Array;
  /** API keys and the widget tokens secret keys mint. */
  readonly keys: ApiKeyService;
  /** Access tokens whose signature was verified: token → its user and `exp` (seconds). */
  readonly #verified = new Map<string, { user: AuthUser; exp: number }>();

  constructor(options: AuthServiceOptions) {
    this.#store = options.store;
    this.#clock = options.clock;
    this.#secret = options.jwtSecret;
    this.keys = new ApiKeyService(options);
  }

  /** Creates an account and signs it in. Fails with 'email_taken' if the email is registered. */
  async register(input: { email: string; password: string; displayName?: string }): Promise<AuthSession> {
    const email = normaliseEmail(input.email);
    const displayName = input.displayName?.trim() || email.split('@')[0] || email;
    const passwordHash = await hashPassword(input.password);
    const now = this.#clock.now();
    const user: UserRecord = { id: randomUUID(), email, displayName, passwordHash, createdAt: now };
    try {
      return await this.#store.transaction(async (tx) => {
        if (await tx.getUserByEmail(email)) throw emailTaken();
        await tx.createUser(user);
        return this.#session(tx, user, now);
      });
    } catch (error) {
      // Two registrations racing for one email: the loser hits the unique index.
      if (error instanceof StoreError && error.code === 'conflict') throw emailTaken();
      throw error;
    }
  }

  /** Signs in; a wrong email and a wrong password fail identically ('invalid_credentials'). */
  async login(input: { email: string; password: string }): Promise<AuthSession> {
    const user = await this.#store.getUserByEmail(normaliseEmail(input.email));
    const ok =
      user === null
        ? await verifyDecoyPassword(input.password)
        : await verifyPassword(user.passwordHash, input.password);
    if (user === null || !ok) {
      throw new AppError('UNAUTHORIZED', 'invalid_credentials', 'Email or password is incorrect.');
    }
    return this.#session(this.#store, user, this.#clock.now());
  }

  /** Rotates the refresh token and issues a fresh access token. */
  async refresh(refreshToken: string): Promise<AuthSession> {
    const now = this.#clock.now();
    const next = await rotateRefreshToken(this.#store, refreshToken, now);
    const user = await this.#store.getUserById(next.userId);
    if (user === null) {
      throw new AppError('UNAUTHORIZED', 'refresh_token_invalid', 'This session is no longer valid. Sign in again.');
    }
    return this.#withAccessToken(toAuthUser(user), next.token, next.expiresAt, now);
  }

  /** Ends the session (the refresh token's family). Idempotent. */
  async logout(refreshToken: string): Promise<void> {
    await revokeRefreshToken(this.#store, refreshToken, this.#clock.now());
  }

  /**
   * Checks an access token at the current time; never throws. A token whose signature was verified is
   * remembered (VERIFIED_TOKENS_MAX at most) with its expiry, so a client's next requests skip the HMAC
   * (about 2% of a node's CPU under load, and a hop to libuv's thread pool on every request): only the
   * exact same string hits, and the expiry is checked against the clock each time, as the verification
   * does (a token is expired from its `exp` second on). Access tokens are stateless (no revocation), so
   * nothing else could change the answer.
   */
  async verifyAccessToken(token: string): Promise<VerifiedToken> {
    const now = this.#clock.now();
    const known = this.#verified.get(token);
    if (known !== undefined) {
      if (Math.floor(now / 1000) < known.exp) return { ok: true, user: known.user };
      this.#verified.delete(token);
    }
    const verified = await verifyAccessToken(this.#secret, token, now);
    if (verified.ok) {
      if (this.#verified.size >= VERIFIED_TOKENS_MAX) this.#verified.clear();
      this.#verified.set(token, { user: verified.user, exp: expiryOf(token) / 1000 });
    }
    return verified;
  }

  /**
   * Checks any bearer credential: an access token (a session), a secret API key, or a widget token.
   * A publishable key is not a credential (it only names a site's origins) and is refused. Never throws
   * for a bad credential; store failures propagate. With `upgrade` (a WebSocket upgrade), the store's
   * verdict on an API key or widget token is reused for `upgradeVerdictMs` (see ApiKeyService.authenticateUpgrade).
   */
  async authenticate(credential: string, options: { upgrade?: boolean } = {}): Promise<Authentication> {
    const kind = credentialKindOf(credential);
    switch (kind) {
      case 'secret_key':
      case 'widget_token':
        return options.upgrade === true
          ? this.keys.authenticateUpgrade(credential, kind)
          : kind === 'secret_key'
            ? this.keys.authenticateSecretKey(credential)
            : this.keys.authenticateWidgetToken(credential);
      case 'publishable_key':
        return { ok: false, failure: 'token_invalid' };
      case 'access_token': {
        const verified = await this.verifyAccessToken(credential);
        if (!verified.ok) return verified;
        return { ok: true, user: verified.user, grant: { kind: 'session', expiresAt: expiryOf(credential) } };
      }
    }
  }

  /** The account, for `me`. */
  async getUser(id: Id): Promise<AuthUser | null> {
    const user = await this.#store.getUserById(id);
    return user === null ? null : toAuthUser(user);
  }

  async #session(store: AppStore, user: UserRecord, now: number): Promise<AuthSession> {
    const refresh = await issueRefreshToken(store, user.id, now);
    return this.#withAccessToken(toAuthUser(user), refresh.token, refresh.expiresAt, now);
  }

  async #withAccessToken(
    user: AuthUser,
    refreshToken: string,
    refreshTokenExpiresAt: number,
    now: number,
  ): Promise<AuthSession> {
    const accessToken = await signAccessToken(this.#secret, user, now);
    const accessTokenExpiresAt = (Math.floor(now / 1000) + ACCESS_TOKEN_TTL_SECONDS) * 1000;
    return { user, accessToken, accessTokenExpiresAt, refreshToken, refreshTokenExpiresAt };
  }
}

/** Emails compare case-insensitively: stored and looked up trimmed and lower-case. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function toAuthUser(user: UserRecord): AuthUser {
  return { id: user.id, email: user.email, displayName: user.displayName };
}

function emailTaken(): AppError {
  return new AppError('CONFLICT', 'email_taken', 'An account with this email already exists.');
}
