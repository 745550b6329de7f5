import { decodeJwt } from 'jose';
import type { AuthFailure, AuthUser } from './caller.ts';
import { apiKeyKindOf } from './api-keys.ts';
import type { Grant } from './grants.ts';
import { WIDGET_TOKEN_AUDIENCE } from './widget-tokens.ts';

/** The outcome of checking a bearer credential of any kind. */
export type Authentication = { ok: true; user: AuthUser; grant: Grant } | { ok: false; failure: AuthFailure };

/** Which verifier a bearer credential is for, judged by its form only (each verifier then checks it fully). */
export function credentialKindOf(
  credential: string,
): 'secret_key' | 'publishable_key' | 'widget_token' | 'access_token' {
  const keyKind = apiKeyKindOf(credential);
  if (keyKind === 'secret') return 'secret_key';
  if (keyKind === 'publishable') return 'publishable_key';
  try {
    const { aud } = decodeJwt(credential);
    if (aud === WIDGET_TOKEN_AUDIENCE || (Array.isArray(aud) && aud.includes(WIDGET_TOKEN_AUDIENCE)))
      return 'widget_token';
  } catch {
    // Not a JWT at all: the access-token verifier reports it as invalid.
  }
  return 'access_token';
}

/** The `exp` of a JWT that has already been verified, in ms. */
export function expiryOf(verifiedJwt: string): number {
  const { exp } = decodeJwt(verifiedJwt);
  return typeof exp === 'number' ? exp * 1000 : 0;
}
