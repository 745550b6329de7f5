import { EngineError } from '../errors.ts';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Bytes of standard base64 (RFC 4648 §4, padded), refusing anything else with `card_bad_base64`. */
export function base64ToBytes(text: string, what: string): Uint8Array {
  const compact = text.replace(/\s+/g, '');
  if (!BASE64.test(compact)) {
    throw new EngineError('card_bad_base64', `${what} is not valid base64 (standard alphabet, padded with =).`);
  }
  const binary = atob(compact);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Standard padded base64 of bytes. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 8192) binary += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return btoa(binary);
}

/** UTF-8 text of bytes, refusing invalid UTF-8 with `card_malformed`. */
export function utf8Text(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new EngineError('card_malformed', `${what} is not UTF-8 text.`);
  }
}

/** UTF-8 bytes of text. */
export function utf8Bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
