import { describe, expect, it } from 'vitest';
import { tokenTimes } from './token-times.ts';

function jwt(claims: object): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}.signature`;
}

describe('tokenTimes', () => {
  it('reads iat and exp (seconds) as ms since the epoch', () => {
    expect(tokenTimes(jwt({ sub: 'u', iat: 1_700_000_000, exp: 1_700_000_900 }))).toEqual({
      issuedAt: 1_700_000_000_000,
      expiresAt: 1_700_000_900_000,
    });
  });

  it('reads claims next to non-ASCII names', () => {
    expect(tokenTimes(jwt({ name: 'Zoë 🌿', exp: 10 })).expiresAt).toBe(10_000);
  });

  it('returns nulls for an opaque token (API key, widget token) instead of throwing', () => {
    expect(tokenTimes('ens_sk_live_abc')).toEqual({ issuedAt: null, expiresAt: null });
    expect(tokenTimes('a.%%%.c')).toEqual({ issuedAt: null, expiresAt: null });
  });
});
