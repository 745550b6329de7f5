import { randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { AuthFailure, AuthUser } from './caller.ts';

/** Access tokens are short-lived: a leaked one is useful for at most this long. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const TOKEN_ISSUER = 'ensemble';
export const TOKEN_AUDIENCE = 'ensemble-api';
/** The only algorithm accepted on verify; pinning it defeats `alg: none` and algorithm-confusion tokens. */
export const TOKEN_ALGORITHM = 'HS256';

export type VerifiedToken = { ok: true; user: AuthUser } | { ok: false; failure: AuthFailure };

/**
 * Signs an access token for `user`, valid from `nowMs` for ACCESS_TOKEN_TTL_SECONDS. Each token has its own
 * `jti`, so two tokens issued in the same second differ (a client that swaps sockets when its token
 * changes would otherwise not notice a refresh).
 */
export function signAccessToken(secret: Uint8Array, user: AuthUser, nowMs: number): Promise<string> {
  const issuedAt = Math.floor(nowMs / 1000);
  return new SignJWT({ email: user.email, name: user.displayName })
    .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: 'JWT' })
    .setSubject(user.id)
    .setJti(randomUUID())
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ACCESS_TOKEN_TTL_SECONDS)
    .sign(secret);
}

/** Checks signature, algorithm, issuer, audience and expiry at `nowMs`; never throws. */
export async function verifyAccessToken(secret: Uint8Array, token: string, nowMs: number): Promise<VerifiedToken> {
  try {
    const { payload } = await jwtVerify(token, secret, {
      algorithms: [TOKEN_ALGORITHM],
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      currentDate: new Date(nowMs),
      requiredClaims: ['sub', 'exp', 'iat'],
    });
    const { sub, email, name } = payload;
    if (typeof sub !== 'string' || typeof email !== 'string' || typeof name !== 'string') {
      return { ok: false, failure: 'token_invalid' };
    }
    return { ok: true, user: { id: sub, email, displayName: name } };
  } catch (error) {
    return { ok: false, failure: error instanceof errors.JWTExpired ? 'token_expired' : 'token_invalid' };
  }
}
