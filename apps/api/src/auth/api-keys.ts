import { createHash, randomBytes } from 'node:crypto';
import type { ApiKeyKind } from '../store/app-store.ts';

/** Secret keys act as their owner, server to server; they must never reach a browser. */
export const SECRET_KEY_PREFIX = 'ens_sk_';
/** Publishable keys carry only an origin allow-list; safe to embed in a page. */
export const PUBLISHABLE_KEY_PREFIX = 'ens_pk_';
/** 256 bits of randomness: unguessable, so a fast hash is enough to store it (as for refresh tokens). */
const KEY_RANDOM_BYTES = 32;
/** Characters of a key kept in the clear for lists ("ens_sk_3fQ9…"): enough to tell keys apart, not to guess one. */
const DISPLAY_PREFIX_LENGTH = 11;

/** A freshly generated key: the key itself (shown once), its hash and display prefix (stored). */
export interface GeneratedKey {
  key: string;
  keyHash: string;
  prefix: string;
}

/** Generates a new key of the kind. */
export function generateApiKey(kind: ApiKeyKind): GeneratedKey {
  const key = `${kind === 'secret' ? SECRET_KEY_PREFIX : PUBLISHABLE_KEY_PREFIX}${randomBytes(KEY_RANDOM_BYTES).toString('base64url')}`;
  return { key, keyHash: hashApiKey(key), prefix: key.slice(0, DISPLAY_PREFIX_LENGTH) };
}

/** SHA-256 of the key, base64url: what the store keeps and looks keys up by. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('base64url');
}

/** The kind a presented credential claims to be by its prefix, or null for anything else (e.g. a JWT). */
export function apiKeyKindOf(credential: string): ApiKeyKind | null {
  if (credential.startsWith(SECRET_KEY_PREFIX)) return 'secret';
  if (credential.startsWith(PUBLISHABLE_KEY_PREFIX)) return 'publishable';
  return null;
}

/**
 * A browser origin in canonical form (scheme://host[:port], lower-case, default port dropped), or null
 * when the text is not an http(s) origin. Publishable keys store origins this way so Origin headers match.
 */
export function canonicalOrigin(text: string): string | null {
  if (!URL.canParse(text)) return null;
  const url = new URL(text);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (
    url.username !== '' ||
    url.password !== '' ||
    (url.pathname !== '/' && url.pathname !== '') ||
    url.search !== '' ||
    url.hash !== ''
  ) {
    return null;
  }
  return url.origin;
}
