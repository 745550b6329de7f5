import type { Tokens } from './types.ts';

/** Called with the new pair after every sign-in and refresh (refresh tokens rotate: persist the latest one). */
export type TokensListener = (tokens: Tokens) => void;

/**
 * How the client authenticates.
 * - `{ email, password }`: signs in on first use, refreshes before expiry, signs in again if the session ends.
 * - `{ accessToken, refreshToken? }`: a session obtained elsewhere; refreshed automatically when a refresh token is given.
 * - `{ apiKey }`: a secret API key (server side only). Sent as the bearer token.
 * - `{ widgetToken, refreshWidgetToken? }`: a short-lived, scoped widget token (browsers), sent as the bearer
 *   token. With `refreshWidgetToken` (which asks your backend for a new one), the SDK renews it before it
 *   expires and when the server reports it expired, live connection included; without it, the client
 *   stops working when the token expires (at most 15 minutes).
 */
export type EnsembleAuth =
  | { email: string; password: string; onTokens?: TokensListener }
  | { accessToken: string; refreshToken?: string; onTokens?: TokensListener }
  | { apiKey: string }
  | { widgetToken: string; refreshWidgetToken?: () => Promise<string> };

/** Options of `createEnsembleClient`. */
export interface EnsembleClientOptions {
  /** Base URL of the Ensemble API, e.g. `http://localhost:4000` (tRPC is served under `/trpc`). */
  url: string;
  /** How to authenticate; omit to start signed out (then `auth.register` / `auth.login` sign the client in). */
  auth?: EnsembleAuth;
  /**
   * The WebSocket class for live events. Browsers and Node 22+ have one built in; on Node 20 pass
   * `WebSocket` from the 'ws' package.
   * @default globalThis.WebSocket
   */
  WebSocket?: unknown;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
}
