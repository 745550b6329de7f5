import { EnsembleError, type EnsembleClient, type EnsembleClientOptions } from '@ensemble/sdk';
import { act, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionProvider, useSession } from './SessionProvider.tsx';
import { loadSession, saveSession } from './token-store.ts';

/** A stand-in SDK client: records how it was built and answers auth calls as told. */
function fakeClients(me: () => Promise<{ displayName: string; email: string }>) {
  const built: Array<{ options: EnsembleClientOptions; closed: boolean }> = [];
  const createClient = (options: EnsembleClientOptions): EnsembleClient => {
    const record = { options, closed: false };
    built.push(record);
    return {
      status: 'idle',
      onStatus: () => () => {},
      close: () => {
        record.closed = true;
      },
      auth: {
        me,
        login: async ({ email }: { email: string }) => ({
          accessToken: 'a-login',
          refreshToken: 'r-login',
          accessTokenExpiresAt: 0,
          user: { id: 'u1', email, displayName: 'Dee' },
        }),
        logout: vi.fn(async () => {}),
      },
    } as unknown as EnsembleClient;
  };
  return { built, createClient };
}

function Probe() {
  const session = useSession();
  const { state } = session;
  return (
    <div>
      <p data-testid="state">
        {state.status}
        {state.status === 'signed_in' ? `:${state.user.displayName}` : ''}
      </p>
      {state.status === 'signed_out' && state.notice && <p data-testid="notice">{state.notice}</p>}
      <button type="button" onClick={() => void session.signIn('dee@example.com', 'pw')}>
        in
      </button>
      <button
        type="button"
        onClick={() => session.reportError(new EnsembleError('refresh_token_invalid', 'Gone.', false, 401))}
      >
        expire
      </button>
      <button
        type="button"
        onClick={() => session.reportError(new EnsembleError('rate_limited', 'Slow down.', true, 429))}
      >
        busy
      </button>
    </div>
  );
}

const state = () => screen.getByTestId('state').textContent;

describe('SessionProvider', () => {
  beforeEach(() => sessionStorage.clear());

  it('starts signed out without stored tokens, and keeps the tokens of a sign-in for this tab', async () => {
    const { built, createClient } = fakeClients(async () => ({ displayName: 'Dee', email: 'dee@example.com' }));
    render(
      <SessionProvider createClient={createClient} url="http://api.test">
        <Probe />
      </SessionProvider>,
    );
    await waitFor(() => expect(state()).toBe('signed_out'));
    act(() => screen.getByRole('button', { name: 'in' }).click());
    await waitFor(() => expect(state()).toBe('signed_in:Dee'));
    expect(loadSession(sessionStorage)).toMatchObject({
      accessToken: 'a-login',
      refreshToken: 'r-login',
      email: 'dee@example.com',
    });
    // The anonymous client used to sign in is closed; the signed-in one authenticates with the new tokens.
    expect(built[0]?.closed).toBe(true);
    expect(built.at(-1)?.options.auth).toMatchObject({ accessToken: 'a-login', refreshToken: 'r-login' });
  });

  it('restores a stored session and saves each rotated token pair the SDK reports', async () => {
    saveSession(sessionStorage, {
      accessToken: 'a1',
      refreshToken: 'r1',
      displayName: 'Dee',
      email: 'dee@example.com',
    });
    const { built, createClient } = fakeClients(async () => ({ displayName: 'Dee M.', email: 'dee@example.com' }));
    render(
      <SessionProvider createClient={createClient} url="http://api.test">
        <Probe />
      </SessionProvider>,
    );
    await waitFor(() => expect(state()).toBe('signed_in:Dee M.'));
    const auth = built.at(-1)?.options.auth as {
      onTokens?: (t: { accessToken: string; refreshToken: string }) => void;
    };
    auth.onTokens?.({ accessToken: 'a2', refreshToken: 'r2' });
    expect(loadSession(sessionStorage)).toMatchObject({ accessToken: 'a2', refreshToken: 'r2', displayName: 'Dee' });
  });

  it('signs out with a note when the server no longer accepts the stored session', async () => {
    saveSession(sessionStorage, { accessToken: 'old', refreshToken: 'spent', displayName: 'Dee', email: 'd@x.dev' });
    const { createClient } = fakeClients(async () => {
      throw new EnsembleError('refresh_token_invalid', 'This session is no longer valid. Sign in again.', false, 401);
    });
    render(
      <SessionProvider createClient={createClient} url="http://api.test">
        <Probe />
      </SessionProvider>,
    );
    await waitFor(() => expect(state()).toBe('signed_out'));
    expect(screen.getByTestId('notice').textContent).toMatch(/sign in again/i);
    expect(loadSession(sessionStorage)).toBeNull();
  });

  it('ends the session on a 401 from any page, but not on a passing problem like rate limiting', async () => {
    saveSession(sessionStorage, { accessToken: 'a', refreshToken: 'r', displayName: 'Dee', email: 'd@x.dev' });
    const { createClient } = fakeClients(async () => ({ displayName: 'Dee', email: 'd@x.dev' }));
    render(
      <SessionProvider createClient={createClient} url="http://api.test">
        <Probe />
      </SessionProvider>,
    );
    await waitFor(() => expect(state()).toBe('signed_in:Dee'));
    act(() => screen.getByRole('button', { name: 'busy' }).click());
    expect(state()).toBe('signed_in:Dee');
    act(() => screen.getByRole('button', { name: 'expire' }).click());
    expect(state()).toBe('signed_out');
    expect(loadSession(sessionStorage)).toBeNull();
  });
});
