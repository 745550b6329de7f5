import { afterEach, describe, expect, it, vi } from 'vitest';
import { EnsembleError } from '../errors.ts';
import type { AuthSession } from '../types.ts';
import { Session, type SessionApi } from './session.ts';

/** A JWT-shaped token (unsigned: the session only reads its times) valid for `lifetimeS` from now. */
function token(name: string, lifetimeS: number): string {
  const now = Math.floor(Date.now() / 1000);
  const payload = Buffer.from(JSON.stringify({ sub: name, iat: now, exp: now + lifetimeS })).toString('base64url');
  return `h.${payload}.${name}`;
}

function authSession(accessToken: string, refreshToken: string): AuthSession {
  return {
    user: { id: 'u1', email: 'a@example.com', displayName: 'A' },
    accessToken,
    accessTokenExpiresAt: Date.now() + 900_000,
    refreshToken,
    refreshTokenExpiresAt: Date.now() + 86_400_000,
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Session', () => {
  it('refreshes on its own shortly before the access token expires, and hands the new pair to onTokens', async () => {
    vi.useFakeTimers();
    const api: SessionApi = {
      login: () => Promise.reject(new Error('not used')),
      refresh: vi.fn(async () => authSession(token('second', 900), 'r2')),
    };
    const handed: string[] = [];
    const session = new Session(
      { accessToken: token('first', 10), refreshToken: 'r1', onTokens: (t) => handed.push(t.refreshToken) },
      api,
    );
    await vi.advanceTimersByTimeAsync(7_000);
    expect(api.refresh).not.toHaveBeenCalled();
    // 20% of a 10 s lifetime early: at 8 s.
    await vi.advanceTimersByTimeAsync(1_500);
    expect(api.refresh).toHaveBeenCalledWith('r1');
    expect(session.current()).toContain('.second');
    expect(handed).toEqual(['r2']);
    session.close();
  });

  it('shares one refresh between concurrent callers (refresh tokens rotate: a second use would be refused)', async () => {
    let calls = 0;
    const session = new Session(
      { accessToken: token('first', 900), refreshToken: 'r1' },
      {
        login: () => Promise.reject(new Error('not used')),
        refresh: async () => {
          calls += 1;
          await new Promise((r) => setTimeout(r, 10));
          return authSession(token('next', 900), 'r2');
        },
      },
    );
    await Promise.all([session.refresh(), session.refresh(), session.refresh()]);
    expect(calls).toBe(1);
    session.close();
  });

  it('signs in again with the password when the refresh token is no longer accepted', async () => {
    const logins: string[] = [];
    const session = new Session(
      { email: 'a@example.com', password: 'pw' },
      {
        login: async (input) => {
          logins.push(input.email);
          return authSession(token(`login${logins.length}`, 900), `r${logins.length}`);
        },
        refresh: () => Promise.reject(new EnsembleError('refresh_token_invalid', 'Sign in again.', false, 401)),
      },
    );
    expect(await session.bearer()).toContain('.login1');
    await session.refresh();
    expect(session.current()).toContain('.login2');
    expect(logins).toHaveLength(2);
    session.close();
  });

  it("rejects a refresh with 'not_refreshable' for API keys and bare access tokens", async () => {
    const api: SessionApi = {
      login: () => Promise.reject(new Error('x')),
      refresh: () => Promise.reject(new Error('x')),
    };
    for (const auth of [{ apiKey: 'k' }, { widgetToken: 'w' }, { accessToken: token('t', 900) }]) {
      const session = new Session(auth, api);
      await expect(session.refresh()).rejects.toMatchObject({ code: 'not_refreshable' });
      session.close();
    }
  });

  it('renews a widget token through refreshWidgetToken shortly before it expires', async () => {
    vi.useFakeTimers();
    const renew = vi.fn(async () => token('widget2', 900));
    const session = new Session(
      { widgetToken: token('widget1', 60), refreshWidgetToken: renew },
      {
        login: () => Promise.reject(new Error('not used')),
        refresh: () => Promise.reject(new Error('not used')),
      },
    );
    const changes: Array<string | null> = [];
    session.onChange(() => changes.push(session.current()));
    await vi.advanceTimersByTimeAsync(47_000);
    expect(renew).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_500);
    expect(renew).toHaveBeenCalledTimes(1);
    expect(changes).toHaveLength(1);
    expect(await session.bearer()).toContain('.widget2');
    session.close();
  });

  it("reports a failing refreshWidgetToken as a retryable 'token_renewal_failed'", async () => {
    const session = new Session(
      { widgetToken: 'w', refreshWidgetToken: () => Promise.reject(new Error('backend down')) },
      {
        login: () => Promise.reject(new Error('x')),
        refresh: () => Promise.reject(new Error('x')),
      },
    );
    await expect(session.refresh()).rejects.toMatchObject({ code: 'token_renewal_failed', retryable: true });
    session.close();
  });

  it('sends an API key or widget token as it is, never trying to refresh it', async () => {
    const api: SessionApi = { login: vi.fn(), refresh: vi.fn() };
    expect(await new Session({ apiKey: 'ens_secret' }, api).bearer()).toBe('ens_secret');
    expect(await new Session({ widgetToken: 'ens_widget' }, api).bearer()).toBe('ens_widget');
    expect(api.refresh).not.toHaveBeenCalled();
  });
});
