import { createEnsembleClient, type EnsembleClient, type EnsembleClientOptions } from '@ensemble/sdk';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { apiBaseUrl } from './api-url.ts';
import { endsSession, errorText } from './error-text.ts';
import { clearSession, loadSession, saveSession, type StoredSession } from './token-store.ts';

/** Who is signed in, as the header shows it. */
export interface SignedInUser {
  displayName: string;
  email: string;
}

export type SessionState =
  | { status: 'restoring' }
  | { status: 'signed_out'; notice: string | null }
  | { status: 'signed_in'; client: EnsembleClient; user: SignedInUser };

export interface RegisterDetails {
  email: string;
  password: string;
  displayName: string;
}

export interface Session {
  state: SessionState;
  /** Signs in; rejects with the server's error (e.g. invalid_credentials) for the form to show. */
  signIn(email: string, password: string): Promise<void>;
  /** Creates an account and signs in with it. */
  register(details: RegisterDetails): Promise<void>;
  /** Ends the session on the server (best effort) and forgets the tokens. */
  signOut(): Promise<void>;
  /** Call with any failed request: a session the server no longer accepts signs the user out with a note. */
  reportError(error: unknown): void;
}

const SessionContext = createContext<Session | null>(null);

export interface SessionProviderProps {
  children: ReactNode;
  /** Where tokens are kept. @default window.sessionStorage */
  storage?: Storage;
  /** Builds SDK clients (tests pass a fake). @default createEnsembleClient */
  createClient?: (options: EnsembleClientOptions) => EnsembleClient;
  /** @default the page's own origin */
  url?: string;
}

/** Holds the signed-in SDK client for the whole app, restores it from sessionStorage, and signs out. */
export function SessionProvider(props: SessionProviderProps) {
  const storage = props.storage ?? window.sessionStorage;
  const create = props.createClient ?? createEnsembleClient;
  const url = props.url ?? apiBaseUrl();
  const [state, setState] = useState<SessionState>({ status: 'restoring' });
  const current = useRef<EnsembleClient | null>(null);

  const adopt = useCallback(
    (stored: StoredSession): EnsembleClient => {
      saveSession(storage, stored);
      const client = create({
        url,
        auth: {
          accessToken: stored.accessToken,
          refreshToken: stored.refreshToken,
          // Refresh tokens rotate: the newest pair must survive a reload.
          onTokens: (tokens) => saveSession(storage, { ...stored, ...tokens }),
        },
      });
      current.current?.close();
      current.current = client;
      setState({ status: 'signed_in', client, user: { displayName: stored.displayName, email: stored.email } });
      return client;
    },
    [create, storage, url],
  );

  const end = useCallback(
    (notice: string | null) => {
      current.current?.close();
      current.current = null;
      clearSession(storage);
      setState({ status: 'signed_out', notice });
    },
    [storage],
  );

  useEffect(() => {
    const stored = loadSession(storage);
    if (stored === null) {
      setState({ status: 'signed_out', notice: null });
      return;
    }
    const client = adopt(stored);
    let cancelled = false;
    client.auth.me().then(
      (user) => {
        if (cancelled) return;
        setState({ status: 'signed_in', client, user: { displayName: user.displayName, email: user.email } });
      },
      (error: unknown) => {
        if (!cancelled && endsSession(error)) end('Your session has ended. Please sign in again.');
      },
    );
    return () => {
      cancelled = true;
    };
  }, [adopt, end, storage]);

  useEffect(() => () => current.current?.close(), []);

  const signInWith = useCallback(
    async (
      act: (
        client: EnsembleClient,
      ) => Promise<{ accessToken: string; refreshToken: string; user: { displayName: string; email: string } }>,
    ) => {
      const anonymous = create({ url });
      try {
        const session = await act(anonymous);
        adopt({
          accessToken: session.accessToken,
          refreshToken: session.refreshToken,
          displayName: session.user.displayName,
          email: session.user.email,
        });
      } finally {
        anonymous.close();
      }
    },
    [adopt, create, url],
  );

  const value = useMemo<Session>(
    () => ({
      state,
      signIn: (email, password) => signInWith((c) => c.auth.login({ email, password })),
      register: (details) => signInWith((c) => c.auth.register(details)),
      signOut: async () => {
        const client = current.current;
        try {
          await client?.auth.logout();
        } catch {
          // Signing out locally matters more than telling the server; its refresh token expires anyway.
        }
        end(null);
      },
      reportError: (error) => {
        if (endsSession(error)) end(errorText(error));
      },
    }),
    [end, signInWith, state],
  );

  return <SessionContext.Provider value={value}>{props.children}</SessionContext.Provider>;
}

/** The session of the surrounding SessionProvider. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession must be used inside <SessionProvider>.');
  return session;
}

/** The signed-in client; only for pages rendered behind the sign-in gate. */
export function useClient(): EnsembleClient {
  const { state } = useSession();
  if (state.status !== 'signed_in') throw new Error('useClient needs a signed-in session.');
  return state.client;
}
