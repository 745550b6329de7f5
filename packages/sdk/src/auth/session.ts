import { EnsembleError, SDK_ERROR_CODES } from '../errors.ts';
import type { EnsembleAuth, TokensListener } from '../options.ts';
import type { AuthSession, LoginInput, Tokens } from '../types.ts';
import { tokenTimes } from './token-times.ts';

/** The calls a session needs from the API; made without a bearer token. */
export interface SessionApi {
  login(input: LoginInput): Promise<AuthSession>;
  refresh(refreshToken: string): Promise<AuthSession>;
}

/** Refresh this long before expiry at most (a 15-minute token is refreshed one minute early)... */
const MAX_REFRESH_MARGIN_MS = 60_000;
/** ...and at least this share of the token's lifetime early, so short-lived tokens are refreshed in time too. */
const REFRESH_MARGIN_SHARE = 0.2;
/** After a refresh failed for a reason that may pass (network, 5xx), try again this much later. */
const REFRESH_RETRY_MS = 5_000;
/** setTimeout's largest delay; longer ones fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

type Credentials =
  | { kind: 'none' }
  | { kind: 'password'; email: string; password: string }
  /** An API key or widget token: used as given, renewed only through the app's callback (widget tokens). */
  | { kind: 'static'; renew: (() => Promise<string>) | null };

/**
 * Holds the client's bearer token and keeps it valid: signs in lazily with a password, refreshes shortly
 * before expiry (on a timer that never keeps a Node process alive) and on demand, one refresh at a time.
 */
export class Session {
  readonly #api: SessionApi;
  readonly #credentials: Credentials;
  readonly #onTokens: TokensListener | undefined;
  readonly #listeners = new Set<() => void>();
  #accessToken: string | null = null;
  #refreshToken: string | null = null;
  #issuedAt: number | null = null;
  #expiresAt: number | null = null;
  #pending: Promise<void> | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #closed = false;
  /** False after logout: a password given at creation is not used again until the next explicit login. */
  #mayUsePassword = true;

  constructor(auth: EnsembleAuth | undefined, api: SessionApi) {
    this.#api = api;
    this.#credentials = credentialsOf(auth);
    this.#onTokens = auth !== undefined && 'onTokens' in auth ? auth.onTokens : undefined;
    if (auth !== undefined && 'accessToken' in auth) this.#setTokens(auth.accessToken, auth.refreshToken ?? null, null);
    if (auth !== undefined && 'apiKey' in auth) this.#setTokens(auth.apiKey, null, null);
    if (auth !== undefined && 'widgetToken' in auth) this.#setTokens(auth.widgetToken, null, null);
  }

  /** Whether this session can renew its access token (a refresh token, or a password to sign in again). */
  get canRefresh(): boolean {
    return (
      this.#refreshToken !== null ||
      this.#canSignIn() ||
      (this.#credentials.kind === 'static' && this.#credentials.renew !== null)
    );
  }

  /** The refresh token held now, if any (for logout). */
  get refreshToken(): string | null {
    return this.#refreshToken;
  }

  /** Calls `listener` whenever the access token changes (sign-in, refresh, sign-out). */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** A bearer token valid now (signing in or refreshing first when needed), or null when signed out. */
  async bearer(): Promise<string | null> {
    if (this.#pending !== null) await this.#pending;
    if (this.#accessToken === null && this.#canSignIn()) await this.#once(() => this.#signIn());
    else if (this.#dueForRefresh() && this.canRefresh) {
      try {
        await this.refresh();
      } catch (error) {
        // Not expired yet and the failure may pass: the current token still works for now.
        if (!(EnsembleError.from(error).retryable && !this.#expired())) throw error;
      }
    }
    return this.#accessToken;
  }

  /** The token held now, without signing in or refreshing (for a last-resort request). */
  current(): string | null {
    return this.#accessToken;
  }

  /**
   * Gets a new access token now: with the refresh token, or by signing in again when that session has
   * ended and a password is known. Concurrent calls share one refresh.
   */
  refresh(): Promise<void> {
    if (!this.canRefresh) {
      return Promise.reject(
        new EnsembleError(
          SDK_ERROR_CODES.notRefreshable,
          'This client has no refresh token or password to renew its session with.',
          false,
        ),
      );
    }
    return this.#once(async () => {
      if (this.#credentials.kind === 'static' && this.#credentials.renew !== null)
        return this.#renewStatic(this.#credentials.renew);
      const refreshToken = this.#refreshToken;
      if (refreshToken === null) return this.#signIn();
      try {
        this.#adoptSession(await this.#api.refresh(refreshToken));
      } catch (error) {
        const failure = EnsembleError.from(error);
        if (failure.retryable) throw failure;
        // The refresh token is spent, revoked or expired: it will never work again.
        this.#refreshToken = null;
        if (this.#canSignIn()) return this.#signIn();
        throw failure;
      }
    });
  }

  /** Takes over the tokens of a register or login made through the client. */
  adopt(session: AuthSession): void {
    this.#mayUsePassword = true;
    this.#adoptSession(session);
  }

  /** Forgets the tokens and signs out (after logout). */
  clear(): void {
    this.#mayUsePassword = false;
    this.#setTokens(null, null, null);
  }

  /** Stops the refresh timer. */
  close(): void {
    this.#closed = true;
    this.#clearTimer();
  }

  async #renewStatic(renew: () => Promise<string>): Promise<void> {
    let token: string;
    try {
      token = await renew();
    } catch (error) {
      if (error instanceof EnsembleError) throw error;
      throw new EnsembleError(
        SDK_ERROR_CODES.renewalFailed,
        `Could not get a new widget token: ${String((error as Error)?.message ?? error)}`,
        true,
      );
    }
    this.#setTokens(token, null, null);
  }

  #canSignIn(): boolean {
    return this.#credentials.kind === 'password' && this.#mayUsePassword;
  }

  async #signIn(): Promise<void> {
    if (this.#credentials.kind !== 'password') return;
    const { email, password } = this.#credentials;
    this.#adoptSession(await this.#api.login({ email, password }));
  }

  #adoptSession(session: AuthSession): void {
    this.#setTokens(session.accessToken, session.refreshToken, session.accessTokenExpiresAt);
    if (this.#onTokens !== undefined) {
      try {
        this.#onTokens({ accessToken: session.accessToken, refreshToken: session.refreshToken } satisfies Tokens);
      } catch (error) {
        // An app's callback must not break the session; report it where the app will see it.
        setTimeout(() => {
          throw error;
        });
      }
    }
  }

  #setTokens(accessToken: string | null, refreshToken: string | null, expiresAtHint: number | null): void {
    const times = accessToken === null ? { issuedAt: null, expiresAt: null } : tokenTimes(accessToken);
    this.#accessToken = accessToken;
    this.#refreshToken = refreshToken;
    this.#issuedAt = times.issuedAt;
    this.#expiresAt = times.expiresAt ?? expiresAtHint;
    this.#schedule(this.#refreshDueAt());
    for (const listener of this.#listeners) listener();
  }

  #once(work: () => Promise<void>): Promise<void> {
    this.#pending ??= work().finally(() => {
      this.#pending = null;
    });
    return this.#pending;
  }

  #refreshDueAt(): number | null {
    if (this.#expiresAt === null) return null;
    const lifetime = this.#issuedAt === null ? 15 * 60_000 : this.#expiresAt - this.#issuedAt;
    return this.#expiresAt - Math.min(MAX_REFRESH_MARGIN_MS, Math.max(0, lifetime) * REFRESH_MARGIN_SHARE);
  }

  #dueForRefresh(): boolean {
    const due = this.#refreshDueAt();
    return due !== null && Date.now() >= due;
  }

  #expired(): boolean {
    return this.#expiresAt !== null && Date.now() >= this.#expiresAt;
  }

  #schedule(at: number | null): void {
    this.#clearTimer();
    if (this.#closed || at === null || !this.canRefresh) return;
    const delay = Math.min(Math.max(0, at - Date.now()), MAX_TIMER_MS);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.refresh().catch((error: unknown) => {
        if (EnsembleError.from(error).retryable) this.#schedule(Date.now() + REFRESH_RETRY_MS);
      });
    }, delay);
    // A pending refresh must not keep a Node script from exiting.
    (this.#timer as { unref?: () => void }).unref?.();
  }

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}

function credentialsOf(auth: EnsembleAuth | undefined): Credentials {
  if (auth === undefined) return { kind: 'none' };
  if ('email' in auth) return { kind: 'password', email: auth.email, password: auth.password };
  if ('apiKey' in auth) return { kind: 'static', renew: null };
  if ('widgetToken' in auth) return { kind: 'static', renew: auth.refreshWidgetToken ?? null };
  return { kind: 'none' };
}
