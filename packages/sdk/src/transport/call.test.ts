import { describe, expect, it } from 'vitest';
import { Session } from '../auth/session.ts';
import { EnsembleError } from '../errors.ts';
import type { AuthSession } from '../types.ts';
import { callerFor } from './call.ts';

function sessionFrom(token: string): AuthSession {
  return {
    user: { id: 'u1', email: 'a@example.com', displayName: 'A' },
    accessToken: token,
    accessTokenExpiresAt: Date.now() + 900_000,
    refreshToken: `refresh-for-${token}`,
    refreshTokenExpiresAt: Date.now() + 86_400_000,
  };
}

const expired = { message: 'Your session has expired.', data: { appCode: 'token_expired', httpStatus: 401 } };

describe('callerFor', () => {
  it('renews the token once when the server reports it expired, and repeats the request with the new one', async () => {
    const refreshed: string[] = [];
    const session = new Session(
      { accessToken: 'old', refreshToken: 'r1' },
      {
        login: () => Promise.reject(new Error('not used')),
        refresh: async (refreshToken) => {
          refreshed.push(refreshToken);
          return sessionFrom('new');
        },
      },
    );
    const call = callerFor(session, () => false);
    const seen: Array<string | null> = [];
    const result = await call(async () => {
      seen.push(session.current());
      if (session.current() === 'old') throw expired;
      return 'ok';
    });
    expect(result).toBe('ok');
    expect(seen).toEqual(['old', 'new']);
    expect(refreshed).toEqual(['r1']);
    session.close();
  });

  it('rejects with the server error as an EnsembleError when there is no way to renew', async () => {
    const session = new Session(
      { apiKey: 'key' },
      { login: () => Promise.reject(new Error('x')), refresh: () => Promise.reject(new Error('x')) },
    );
    const call = callerFor(session, () => false);
    const error = await call(() => Promise.reject(expired)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EnsembleError);
    expect(error).toMatchObject({ code: 'token_expired', retryable: false, httpStatus: 401 });
  });

  it("refuses every call once the client is closed, with 'client_closed'", async () => {
    const session = new Session(undefined, {
      login: () => Promise.reject(new Error('x')),
      refresh: () => Promise.reject(new Error('x')),
    });
    let ran = false;
    const error = await callerFor(
      session,
      () => true,
    )(async () => {
      ran = true;
    }).catch((e: unknown) => e);
    expect(ran).toBe(false);
    expect(error).toMatchObject({ code: 'client_closed', retryable: false });
  });
});
