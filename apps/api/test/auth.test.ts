import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, makeClient, startApi, type RunningApi } from '../testing/harness.ts';

let api: RunningApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api?.stop();
});

const anon = () => makeClient(api.url, null, { transport: 'http' }).client;
const freshEmail = () => `Ada.${Math.random().toString(36).slice(2)}@Example.com`;

describe('auth over HTTP', () => {
  it('registers, then me returns the account with the email lower-cased', async () => {
    const email = freshEmail();
    const session = await anon().auth.register.mutate({ email, password: 'a good password', displayName: 'Ada' });
    const me = await makeClient(api.url, session.accessToken, { transport: 'http' }).client.auth.me.query();
    expect(me).toEqual({ id: session.user.id, email: email.toLowerCase(), displayName: 'Ada' });
  });

  it('logs in with the same password, whatever the email case', async () => {
    const email = freshEmail();
    const registered = await anon().auth.register.mutate({ email, password: 'a good password' });
    const session = await anon().auth.login.mutate({ email: email.toUpperCase(), password: 'a good password' });
    expect(session.user.id).toBe(registered.user.id);
  });

  it('answers a wrong password and an unknown email with the same invalid_credentials error', async () => {
    const email = freshEmail();
    await anon().auth.register.mutate({ email, password: 'a good password' });
    const wrongPassword = await errorOf(anon().auth.login.mutate({ email, password: 'wrong password' }));
    const unknownEmail = await errorOf(anon().auth.login.mutate({ email: freshEmail(), password: 'a good password' }));
    expect(wrongPassword.data).toMatchObject({ appCode: 'invalid_credentials', httpStatus: 401 });
    expect(unknownEmail.message).toBe(wrongPassword.message);
    expect(unknownEmail.data.appCode).toBe(wrongPassword.data.appCode);
  });

  it('refuses a duplicate email and a too-short password', async () => {
    const email = freshEmail();
    await anon().auth.register.mutate({ email, password: 'a good password' });
    const duplicate = await errorOf(
      anon().auth.register.mutate({ email: email.toLowerCase(), password: 'another one' }),
    );
    expect(duplicate.data).toMatchObject({ appCode: 'email_taken', httpStatus: 409 });
    const short = await errorOf(anon().auth.register.mutate({ email: freshEmail(), password: 'short' }));
    expect(short.data.appCode).toBe('invalid_input');
    expect(short.message).toContain('password');
  });

  it('refreshes into a new token pair that works, and logout ends the session', async () => {
    const session = await anon().auth.register.mutate({ email: freshEmail(), password: 'a good password' });
    const refreshed = await anon().auth.refresh.mutate({ refreshToken: session.refreshToken });
    expect(refreshed.refreshToken).not.toBe(session.refreshToken);
    expect((await makeClient(api.url, refreshed.accessToken, { transport: 'http' }).client.auth.me.query()).id).toBe(
      session.user.id,
    );
    await anon().auth.logout.mutate({ refreshToken: refreshed.refreshToken });
    const after = await errorOf(anon().auth.refresh.mutate({ refreshToken: refreshed.refreshToken }));
    expect(after.data).toMatchObject({ appCode: 'refresh_token_invalid', httpStatus: 401 });
  });

  it('revokes the whole token family when a used refresh token is replayed', async () => {
    const session = await anon().auth.register.mutate({ email: freshEmail(), password: 'a good password' });
    const next = await anon().auth.refresh.mutate({ refreshToken: session.refreshToken });
    const replay = await errorOf(anon().auth.refresh.mutate({ refreshToken: session.refreshToken }));
    expect(replay.data.appCode).toBe('refresh_token_reused');
    const successor = await errorOf(anon().auth.refresh.mutate({ refreshToken: next.refreshToken }));
    expect(successor.data.appCode).toBe('refresh_token_invalid');
  });

  it('requires a token for me', async () => {
    const error = await errorOf(anon().auth.me.query());
    expect(error.data).toMatchObject({ appCode: 'unauthenticated', httpStatus: 401 });
  });
});
