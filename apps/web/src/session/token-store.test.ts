import { beforeEach, describe, expect, it } from 'vitest';
import { clearSession, loadSession, saveSession, SESSION_STORAGE_KEY } from './token-store.ts';

describe('session token store', () => {
  beforeEach(() => sessionStorage.clear());

  it('gives back the saved session, including a rotated refresh token', () => {
    saveSession(sessionStorage, { accessToken: 'a1', refreshToken: 'r1', displayName: 'Dee', email: 'd@x.dev' });
    saveSession(sessionStorage, { accessToken: 'a2', refreshToken: 'r2', displayName: 'Dee', email: 'd@x.dev' });
    expect(loadSession(sessionStorage)).toEqual({
      accessToken: 'a2',
      refreshToken: 'r2',
      displayName: 'Dee',
      email: 'd@x.dev',
    });
  });

  it('treats a damaged entry as signed out and removes it', () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, '{"accessToken": 3');
    expect(loadSession(sessionStorage)).toBeNull();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken: 'only half' }));
    expect(loadSession(sessionStorage)).toBeNull();
  });

  it('forgets the session on sign-out', () => {
    saveSession(sessionStorage, { accessToken: 'a', refreshToken: 'r', displayName: '', email: '' });
    clearSession(sessionStorage);
    expect(loadSession(sessionStorage)).toBeNull();
  });
});
