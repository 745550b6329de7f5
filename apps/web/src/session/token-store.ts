import type { Tokens } from '@ensemble/sdk';

/** The sessionStorage key of the signed-in session: one per tab, gone when the tab closes. */
export const SESSION_STORAGE_KEY = 'ensemble.session';

/** What the app keeps between reloads of a tab: the tokens and who they belong to. */
export interface StoredSession extends Tokens {
  displayName: string;
  email: string;
}

/** The stored session, or null when there is none or it is unreadable (then it is removed). */
export function loadSession(storage: Storage): StoredSession | null {
  const text = storage.getItem(SESSION_STORAGE_KEY);
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<StoredSession> | null;
    if (typeof value?.accessToken === 'string' && typeof value.refreshToken === 'string') {
      return {
        accessToken: value.accessToken,
        refreshToken: value.refreshToken,
        displayName: typeof value.displayName === 'string' ? value.displayName : '',
        email: typeof value.email === 'string' ? value.email : '',
      };
    }
  } catch {
    // Fall through: a damaged entry is as good as none.
  }
  storage.removeItem(SESSION_STORAGE_KEY);
  return null;
}

/** Keeps the session for this tab (refresh tokens rotate, so every new pair must be saved). */
export function saveSession(storage: Storage, session: StoredSession): void {
  storage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
}

/** Forgets the session (sign-out, or a session the server no longer accepts). */
export function clearSession(storage: Storage): void {
  storage.removeItem(SESSION_STORAGE_KEY);
}
