import { SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { signAccessToken, verifyAccessToken } from './tokens.ts';
import { signWidgetToken, verifyWidgetToken, widgetSigningKey } from './widget-tokens.ts';

const secret = new TextEncoder().encode('a test secret that is comfortably long enough');
const key = widgetSigningKey(secret);
const NOW = 1_800_000_000_000;
const claims = {
  ecosystemId: 'eco-1',
  ownerId: 'owner-1',
  scope: 'participant' as const,
  keyId: 'key-1',
  publishableKeyId: 'pk-1',
  origins: ['https://shop.example'],
  visitorName: 'Sam',
};

async function forge(
  payload: Record<string, unknown>,
  options: { alg?: string; signWith?: Uint8Array; aud?: string; exp?: number } = {},
) {
  const iat = Math.floor(NOW / 1000);
  return new SignJWT({ eco: 'eco-1', own: 'owner-1', scope: 'read', kid: 'key-1', origins: [], ...payload })
    .setProtectedHeader({ alg: options.alg ?? 'HS256' })
    .setJti('t-1')
    .setIssuer('ensemble')
    .setAudience(options.aud ?? 'ensemble-widget')
    .setIssuedAt(iat)
    .setExpirationTime(options.exp ?? iat + 60)
    .sign(options.signWith ?? key);
}

describe('widget tokens', () => {
  it('round-trip every claim and expire after their ttl', async () => {
    const { token, claims: signed } = await signWidgetToken(key, claims, NOW, 900);
    expect(signed.expiresAt).toBe(NOW + 900_000);
    expect(await verifyWidgetToken(key, token, NOW + 899_000)).toEqual({ ok: true, claims: signed });
    expect(await verifyWidgetToken(key, token, NOW + 901_000)).toEqual({ ok: false, failure: 'token_expired' });
  });

  it('are refused when signed with the plain JWT secret, another algorithm, or none', async () => {
    expect((await verifyWidgetToken(key, await forge({}, { signWith: secret }), NOW)).ok).toBe(false);
    expect(await verifyWidgetToken(key, await forge({}, { alg: 'HS512' }), NOW)).toEqual({
      ok: false,
      failure: 'token_invalid',
    });
    const unsigned = new UnsecuredJWT({ eco: 'eco-1', own: 'owner-1', scope: 'read', kid: 'key-1', origins: [] })
      .setJti('t')
      .setIssuer('ensemble')
      .setAudience('ensemble-widget')
      .setIssuedAt(NOW / 1000)
      .setExpirationTime(NOW / 1000 + 60)
      .encode();
    expect(await verifyWidgetToken(key, unsigned, NOW)).toEqual({ ok: false, failure: 'token_invalid' });
  });

  it('are refused with an unknown scope or malformed claims', async () => {
    expect((await verifyWidgetToken(key, await forge({}), NOW)).ok).toBe(true);
    for (const bad of [{ scope: 'admin' }, { origins: 'https://x.example' }, { eco: 7 }, { kid: undefined }]) {
      expect(await verifyWidgetToken(key, await forge(bad), NOW), JSON.stringify(bad)).toEqual({
        ok: false,
        failure: 'token_invalid',
      });
    }
  });

  it('are not access tokens, and access tokens are not widget tokens', async () => {
    const { token } = await signWidgetToken(key, claims, NOW, 900);
    expect(await verifyAccessToken(secret, token, NOW)).toEqual({ ok: false, failure: 'token_invalid' });
    const access = await signAccessToken(secret, { id: 'u', email: 'u@example.com', displayName: 'U' }, NOW);
    expect(await verifyWidgetToken(key, access, NOW)).toEqual({ ok: false, failure: 'token_invalid' });
    expect(await verifyWidgetToken(key, await forge({}, { aud: 'ensemble-api' }), NOW)).toEqual({
      ok: false,
      failure: 'token_invalid',
    });
  });
});
