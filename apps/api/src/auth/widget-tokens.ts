import { createHmac, randomUUID } from 'node:crypto';
import type { Id } from '@ensemble/core';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { AuthFailure } from './caller.ts';
import { WIDGET_SCOPES, type WidgetScope } from './grants.ts';
import { TOKEN_ALGORITHM, TOKEN_ISSUER } from './tokens.ts';

/** Widget tokens are a different audience from access tokens, so neither is accepted as the other. */
export const WIDGET_TOKEN_AUDIENCE = 'ensemble-widget';
/** The longest a widget token lives: a page that stays open asks its host's backend for a new one. */
export const WIDGET_TOKEN_MAX_TTL_SECONDS = 15 * 60;
export const WIDGET_TOKEN_MIN_TTL_SECONDS = 30;
/** Longest visitor name a token carries (what characters call the visitor in chat). */
export const VISITOR_NAME_MAX_CHARS = 40;

/** What a widget token says. */
export interface WidgetClaims {
  tokenId: string;
  ecosystemId: Id;
  ownerId: Id;
  scope: WidgetScope;
  /** The secret key that minted it: revoking that key ends its tokens too. */
  keyId: Id;
  /** The publishable key whose origins it carries, if any. */
  publishableKeyId: Id | null;
  origins: string[];
  visitorName: string | null;
  /** ms since the epoch */
  expiresAt: number;
}

export type VerifiedWidgetToken = { ok: true; claims: WidgetClaims } | { ok: false; failure: AuthFailure };

/**
 * The signing key for widget tokens, derived from the JWT secret so one leaked kind of token cannot be
 * re-labelled as the other even if an audience check were forgotten.
 */
export function widgetSigningKey(jwtSecret: Uint8Array): Uint8Array {
  return new Uint8Array(createHmac('sha256', jwtSecret).update('ensemble widget tokens v1').digest());
}

/** Signs a widget token valid from `nowMs` for `ttlSeconds`. */
export async function signWidgetToken(
  key: Uint8Array,
  claims: Omit<WidgetClaims, 'tokenId' | 'expiresAt'>,
  nowMs: number,
  ttlSeconds: number,
): Promise<{ token: string; claims: WidgetClaims }> {
  const issuedAt = Math.floor(nowMs / 1000);
  const tokenId = randomUUID();
  const expiresAt = (issuedAt + ttlSeconds) * 1000;
  const token = await new SignJWT({
    eco: claims.ecosystemId,
    own: claims.ownerId,
    scope: claims.scope,
    kid: claims.keyId,
    ...(claims.publishableKeyId === null ? {} : { pk: claims.publishableKeyId }),
    origins: claims.origins,
    ...(claims.visitorName === null ? {} : { name: claims.visitorName }),
  })
    .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: 'JWT' })
    .setSubject(`widget:${tokenId}`)
    .setJti(tokenId)
    .setIssuer(TOKEN_ISSUER)
    .setAudience(WIDGET_TOKEN_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(key);
  return { token, claims: { ...claims, tokenId, expiresAt } };
}

/** Checks signature, pinned algorithm, issuer, audience, expiry and claim shapes at `nowMs`; never throws. */
export async function verifyWidgetToken(key: Uint8Array, token: string, nowMs: number): Promise<VerifiedWidgetToken> {
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: [TOKEN_ALGORITHM],
      issuer: TOKEN_ISSUER,
      audience: WIDGET_TOKEN_AUDIENCE,
      currentDate: new Date(nowMs),
      requiredClaims: ['jti', 'exp', 'iat'],
    });
    const { jti, exp, eco, own, scope, kid, pk, origins, name } = payload;
    const scopeOk = WIDGET_SCOPES.find((s) => s === scope);
    const originsOk = Array.isArray(origins) && origins.every((o) => typeof o === 'string');
    if (
      typeof jti !== 'string' ||
      typeof exp !== 'number' ||
      typeof eco !== 'string' ||
      typeof own !== 'string' ||
      scopeOk === undefined ||
      typeof kid !== 'string' ||
      (pk !== undefined && typeof pk !== 'string') ||
      !originsOk ||
      (name !== undefined && typeof name !== 'string')
    ) {
      return { ok: false, failure: 'token_invalid' };
    }
    return {
      ok: true,
      claims: {
        tokenId: jti,
        ecosystemId: eco,
        ownerId: own,
        scope: scopeOk,
        keyId: kid,
        publishableKeyId: pk ?? null,
        origins: origins as string[],
        visitorName: name ?? null,
        expiresAt: exp * 1000,
      },
    };
  } catch (error) {
    return { ok: false, failure: error instanceof errors.JWTExpired ? 'token_expired' : 'token_invalid' };
  }
}
