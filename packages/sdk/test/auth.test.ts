/** The auth methods and auth modes, against a real API. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnsembleError, type EnsembleClient, type Tokens } from '../src/index.ts';
import { PASSWORD, sdkClient, startTestApi, uniqueEmail, type RunningApi } from './support/api.ts';

let api: RunningApi;
const clients: EnsembleClient[] = [];
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  for (const client of clients) client.close();
  await api?.stop();
});

function client(options: Parameters<typeof sdkClient>[1] = {}): EnsembleClient {
  const created = sdkClient(api.url, options);
  clients.push(created);
  return created;
}

describe('auth', () => {
  it('register creates an account and signs the client in; me() names the user', async () => {
    const c = client();
    const email = uniqueEmail('reg');
    const session = await c.auth.register({ email, password: PASSWORD, displayName: 'Reggie' });
    expect(session.user).toMatchObject({ email, displayName: 'Reggie' });
    expect(session.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(await c.auth.me()).toEqual(session.user);
  });

  it('login signs a signed-out client in', async () => {
    const email = uniqueEmail('login');
    await client().auth.register({ email, password: PASSWORD });
    const c = client();
    await expect(c.auth.me()).rejects.toMatchObject({ code: 'unauthenticated' });
    const session = await c.auth.login({ email, password: PASSWORD });
    expect((await c.auth.me()).id).toBe(session.user.id);
  });

  it('logout ends the session on the server: the client is signed out and the refresh token no longer works', async () => {
    const email = uniqueEmail('logout');
    const c = client();
    const session = await c.auth.register({ email, password: PASSWORD });
    await c.auth.logout();
    await expect(c.auth.me()).rejects.toMatchObject({ code: 'unauthenticated', retryable: false });
    const reuse = client({ auth: { accessToken: session.accessToken, refreshToken: session.refreshToken } });
    const error = await reuse.auth.refresh().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EnsembleError);
    expect((error as EnsembleError).code).toMatch(/^refresh_token_/);
  });

  it('with { email, password }, signs in on the first call without any explicit login', async () => {
    const email = uniqueEmail('lazy');
    await client().auth.register({ email, password: PASSWORD });
    const c = client({ auth: { email, password: PASSWORD } });
    expect((await c.auth.me()).email).toBe(email);
  });

  it('after logout, a client created with { email, password } stays signed out until it logs in again', async () => {
    const email = uniqueEmail('out');
    await client().auth.register({ email, password: PASSWORD });
    const c = client({ auth: { email, password: PASSWORD } });
    expect((await c.auth.me()).email).toBe(email);
    await c.auth.logout();
    await expect(c.auth.me()).rejects.toMatchObject({ code: 'unauthenticated' });
    await c.auth.login({ email, password: PASSWORD });
    expect((await c.auth.me()).email).toBe(email);
  });

  it('with { accessToken, refreshToken }, refresh() rotates the pair and hands it to onTokens', async () => {
    const email = uniqueEmail('tokens');
    const session = await client().auth.register({ email, password: PASSWORD });
    const handed: Tokens[] = [];
    const c = client({
      auth: { accessToken: session.accessToken, refreshToken: session.refreshToken, onTokens: (t) => handed.push(t) },
    });
    await c.auth.refresh();
    expect(handed).toHaveLength(1);
    expect(handed[0]!.refreshToken).not.toBe(session.refreshToken);
    expect((await c.auth.me()).email).toBe(email);
  });

  it('rejects with an EnsembleError carrying the server code and a plain message', async () => {
    const error = await client()
      .auth.login({ email: uniqueEmail('nobody'), password: 'wrong password' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EnsembleError);
    expect(error).toMatchObject({
      code: 'invalid_credentials',
      message: 'Email or password is incorrect.',
      retryable: false,
      httpStatus: 401,
    });
    const invalid = await client()
      .auth.register({ email: 'not an email', password: PASSWORD })
      .catch((e: unknown) => e);
    expect(invalid).toMatchObject({ code: 'invalid_input', retryable: false, httpStatus: 400 });
  });

  it('reports an unreachable server as a retryable network_error', async () => {
    const offline = sdkClient('http://127.0.0.1:9');
    clients.push(offline);
    await expect(offline.auth.login({ email: 'a@example.com', password: PASSWORD })).rejects.toMatchObject({
      name: 'EnsembleError',
      code: 'network_error',
      retryable: true,
    });
  });
});
