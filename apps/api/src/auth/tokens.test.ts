import { SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken, verifyAccessToken } from './tokens.ts';

const secret = new TextEncoder().encode('a test secret of at least thirty-two bytes!');
const user = { id: 'user-1', email: 'ada@example.com', displayName: 'Ada' };
const now = Date.UTC(2030, 0, 1);
const nowSec = Math.floor(now / 1000);

/** A token like ours, with one thing changed. */
function craft(change: { alg?: string; key?: Uint8Array; aud?: string; iss?: string; exp?: number } = {}) {
  return new SignJWT({ email: user.email, name: user.displayName })
    .setProtectedHeader({ alg: change.alg ?? 'HS256' })
    .setSubject(user.id)
    .setIssuer(change.iss ?? 'ensemble')
    .setAudience(change.aud ?? 'ensemble-api')
    .setIssuedAt(nowSec)
    .setExpirationTime(change.exp ?? nowSec + 60)
    .sign(change.key ?? secret);
}

describe('access tokens', () => {
  it('round-trips the user through sign and verify', async () => {
    const token = await signAccessToken(secret, user, now);
    expect(await verifyAccessToken(secret, token, now)).toEqual({ ok: true, user });
  });

  it('gives two tokens issued in the same second for the same user different values', async () => {
    const first = await signAccessToken(secret, user, now);
    const second = await signAccessToken(secret, user, now);
    expect(second).not.toBe(first);
    expect((await verifyAccessToken(secret, second, now)).ok).toBe(true);
  });

  it('expires after 15 minutes, reported as token_expired', async () => {
    const token = await signAccessToken(secret, user, now);
    const before = await verifyAccessToken(secret, token, now + (ACCESS_TOKEN_TTL_SECONDS - 1) * 1000);
    const after = await verifyAccessToken(secret, token, now + (ACCESS_TOKEN_TTL_SECONDS + 1) * 1000);
    expect(before.ok).toBe(true);
    expect(after).toEqual({ ok: false, failure: 'token_expired' });
  });

  it('accepts a hand-crafted token only when every pinned property matches', async () => {
    expect((await verifyAccessToken(secret, await craft(), now)).ok).toBe(true);
  });

  it.each([
    ['HS512 instead of HS256', { alg: 'HS512' }],
    ['a different secret', { key: new TextEncoder().encode('another secret of at least thirty-two bytes') }],
    ['the wrong audience', { aud: 'someone-else' }],
    ['the wrong issuer', { iss: 'evil' }],
  ])('rejects a token signed with %s', async (_name, change) => {
    expect(await verifyAccessToken(secret, await craft(change), now)).toEqual({ ok: false, failure: 'token_invalid' });
  });

  it('rejects an unsigned alg:none token', async () => {
    const token = new UnsecuredJWT({ email: user.email, name: user.displayName })
      .setSubject(user.id)
      .setIssuer('ensemble')
      .setAudience('ensemble-api')
      .setIssuedAt(nowSec)
      .setExpirationTime(nowSec + 60)
      .encode();
    expect(await verifyAccessToken(secret, token, now)).toEqual({ ok: false, failure: 'token_invalid' });
  });

  it('rejects garbage without throwing', async () => {
    expect(await verifyAccessToken(secret, 'not.a.jwt', now)).toEqual({ ok: false, failure: 'token_invalid' });
  });
});
