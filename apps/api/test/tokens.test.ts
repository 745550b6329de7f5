import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, makeClient, signUp, startApi, type RunningApi } from '../testing/harness.ts';

let api: RunningApi;
let secret: Uint8Array;
let user: { id: string; email: string; displayName: string };
beforeAll(async () => {
  api = await startApi();
  // The server generated its secret on first start; reading it lets us forge tokens that differ in one way only.
  secret = Buffer.from(readFileSync(join(api.dataDir, 'jwt-secret'), 'utf8').trim(), 'base64url');
  const signed = await signUp(api.url, 'victim');
  user = signed.session.user;
  signed.close();
});
afterAll(async () => {
  await api?.stop();
});

const nowSec = () => Math.floor(Date.now() / 1000);

function forge(change: { alg?: string; key?: Uint8Array; aud?: string; iss?: string; exp?: number } = {}) {
  return new SignJWT({ email: user.email, name: user.displayName })
    .setProtectedHeader({ alg: change.alg ?? 'HS256' })
    .setSubject(user.id)
    .setIssuer(change.iss ?? 'ensemble')
    .setAudience(change.aud ?? 'ensemble-api')
    .setIssuedAt(nowSec() - 10)
    .setExpirationTime(change.exp ?? nowSec() + 600)
    .sign(change.key ?? secret);
}

const me = (token: string, transport: 'http' | 'ws' = 'http') => {
  const { client, close } = makeClient(api.url, token, { transport });
  return client.auth.me.query().finally(close);
};

describe('access token checks against the running server', () => {
  it('accepts a token that matches every pinned property (control)', async () => {
    expect((await me(await forge())).id).toBe(user.id);
  });

  it.each([
    ['signed with HS512', { alg: 'HS512' }],
    ['signed with another secret', { key: new TextEncoder().encode('not the server secret, but long enough') }],
    ['for another audience', { aud: 'another-api' }],
    ['from another issuer', { iss: 'someone-else' }],
  ])('rejects a token %s as token_invalid', async (_what, change) => {
    const error = await errorOf(me(await forge(change)));
    expect(error.data).toMatchObject({ appCode: 'token_invalid', httpStatus: 401 });
  });

  it('rejects an unsigned alg:none token', async () => {
    const token = new UnsecuredJWT({ email: user.email, name: user.displayName })
      .setSubject(user.id)
      .setIssuer('ensemble')
      .setAudience('ensemble-api')
      .setIssuedAt(nowSec())
      .setExpirationTime(nowSec() + 600)
      .encode();
    expect((await errorOf(me(token))).data.appCode).toBe('token_invalid');
  });

  it('rejects an expired token as token_expired, over HTTP and over ws', async () => {
    const token = await forge({ exp: nowSec() - 60 });
    expect((await errorOf(me(token))).data.appCode).toBe('token_expired');
    expect((await errorOf(me(token, 'ws'))).data.appCode).toBe('token_expired');
  });
});
