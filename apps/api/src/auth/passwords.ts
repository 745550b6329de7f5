import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';

/** Shortest password accepted (NIST SP 800-63B §5.1.1.2 asks for at least 8 characters). */
export const MIN_PASSWORD_LENGTH = 8;
/** Longest password accepted: bounds the hashing work one request can demand. */
export const MAX_PASSWORD_LENGTH = 200;

/** `Algorithm.Argon2id`; the const enum cannot be read under isolatedModules. */
const ARGON2ID = 2 as Algorithm;

/**
 * argon2id with OWASP's first recommended configuration (Password Storage Cheat Sheet):
 * 19 MiB of memory, 2 passes, 1 lane.
 */
const ARGON2_OPTIONS: Options = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** Hashes a password to a self-describing argon2id PHC string (salt included). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** True when `password` matches `passwordHash`; false (never throws) for a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let decoyHash: Promise<string> | null = null;

/**
 * Spends the same time as a real check when the email is unknown, so response time does not tell
 * an attacker which emails are registered.
 */
export async function verifyDecoyPassword(password: string): Promise<false> {
  decoyHash ??= hashPassword('decoy password that matches nothing');
  await verifyPassword(await decoyHash, password);
  return false;
}
