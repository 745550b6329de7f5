/** When an access token was issued and expires, read from its JWT claims (ms since the epoch); null if unreadable. */
export interface TokenTimes {
  issuedAt: number | null;
  expiresAt: number | null;
}

/**
 * Reads `iat` and `exp` without verifying the signature: the client only needs to know when to refresh;
 * the server is the one that checks the token.
 */
export function tokenTimes(token: string): TokenTimes {
  const payload = token.split('.')[1];
  if (payload === undefined) return { issuedAt: null, expiresAt: null };
  try {
    const claims = JSON.parse(decodeBase64Url(payload)) as { iat?: unknown; exp?: unknown };
    return { issuedAt: secondsToMs(claims.iat), expiresAt: secondsToMs(claims.exp) };
  } catch {
    return { issuedAt: null, expiresAt: null };
  }
}

function secondsToMs(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value * 1000 : null;
}

function decodeBase64Url(text: string): string {
  const base64 = text
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(text.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}
