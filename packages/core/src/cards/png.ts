import CRC32 from 'crc-32';
import { EngineError } from '../errors.ts';

/**
 * The few PNG facts a character card needs (PNG spec, ISO/IEC 15948): the 8-byte signature, then chunks of
 * `length (4, big-endian) · type (4 ASCII) · data · CRC-32 of type+data`. Cards live in `tEXt` chunks
 * (`keyword NUL text`, Latin-1). Pixels are never decoded: image data is carried through untouched.
 */
export const PNG_SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Largest card file (PNG or JSON) accepted: 10 MB. */
export const CARD_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Largest image accepted, by the dimensions its header declares (a "PNG bomb" declares huge ones so that a
 * decoder allocates gigabytes). 8192 × 8192 pixels, and each side at most 16384.
 */
export const CARD_MAX_PIXELS = 8192 * 8192;
export const CARD_MAX_SIDE = 16384;

export interface PngChunk {
  type: string;
  data: Uint8Array;
}

/** True when the bytes start with the PNG signature. */
export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/**
 * The chunks of a PNG, checked: signature, IHDR first with sane dimensions, every length inside the file,
 * every CRC right, IEND last. Throws EngineError `card_png_malformed` or `card_image_too_large`.
 */
export function readPngChunks(bytes: Uint8Array): PngChunk[] {
  if (bytes.length > CARD_MAX_BYTES) throw tooLarge(bytes.length);
  if (!isPng(bytes)) throw malformed('the file does not start with the PNG signature');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at < bytes.length) {
    if (at + 12 > bytes.length) throw malformed(`a chunk at byte ${at} is cut short`);
    const length = view.getUint32(at);
    const end = at + 12 + length;
    if (end > bytes.length) throw malformed(`a chunk at byte ${at} claims ${length} bytes, past the end of the file`);
    const typeBytes = bytes.subarray(at + 4, at + 8);
    const type = String.fromCharCode(...typeBytes);
    if (!/^[A-Za-z]{4}$/.test(type)) throw malformed(`a chunk at byte ${at} has no valid type`);
    const data = bytes.subarray(at + 8, at + 8 + length);
    const crc = view.getUint32(at + 8 + length);
    if (crc >>> 0 !== crcOf(typeBytes, data)) throw malformed(`the ${type} chunk at byte ${at} fails its CRC check`);
    if (chunks.length === 0) checkHeader(type, data);
    chunks.push({ type, data });
    at = end;
    if (type === 'IEND') break;
  }
  if (chunks.at(-1)?.type !== 'IEND') throw malformed('the file has no IEND chunk');
  return chunks;
}

/** A PNG from chunks (signature, then each chunk with its length and CRC). */
export function writePngChunks(chunks: readonly PngChunk[]): Uint8Array {
  const size = 8 + chunks.reduce((n, c) => n + 12 + c.data.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(PNG_SIGNATURE, 0);
  let at = 8;
  for (const chunk of chunks) {
    const typeBytes = Uint8Array.from(chunk.type, (ch) => ch.charCodeAt(0));
    view.setUint32(at, chunk.data.length);
    out.set(typeBytes, at + 4);
    out.set(chunk.data, at + 8);
    view.setUint32(at + 8 + chunk.data.length, crcOf(typeBytes, chunk.data));
    at += 12 + chunk.data.length;
  }
  return out;
}

/** A `tEXt` chunk's keyword and text (Latin-1), or null when the chunk has no NUL separator. */
export function readTextChunk(data: Uint8Array): { keyword: string; text: string } | null {
  const nul = data.indexOf(0);
  if (nul < 1) return null;
  return { keyword: latin1(data.subarray(0, nul)), text: latin1(data.subarray(nul + 1)) };
}

/** A `tEXt` chunk (text must be Latin-1; cards put base64 there, which is ASCII). */
export function textChunk(keyword: string, text: string): PngChunk {
  const data = new Uint8Array(keyword.length + 1 + text.length);
  for (let i = 0; i < keyword.length; i++) data[i] = keyword.charCodeAt(i) & 0xff;
  for (let i = 0; i < text.length; i++) data[keyword.length + 1 + i] = text.charCodeAt(i) & 0xff;
  return { type: 'tEXt', data };
}

/** A 1×1 transparent PNG: the picture of a card exported from a character that came without one. */
export const PLACEHOLDER_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

function checkHeader(type: string, data: Uint8Array): void {
  if (type !== 'IHDR' || data.length !== 13) throw malformed('the first chunk is not a 13-byte IHDR');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const width = view.getUint32(0);
  const height = view.getUint32(4);
  if (width === 0 || height === 0) throw malformed('the image declares a width or height of 0');
  if (width > CARD_MAX_SIDE || height > CARD_MAX_SIDE || width * height > CARD_MAX_PIXELS) {
    throw new EngineError(
      'card_image_too_large',
      `The card's image declares ${width} × ${height} pixels; at most ${CARD_MAX_PIXELS} pixels (each side at most ${CARD_MAX_SIDE}) are accepted.`,
    );
  }
}

function crcOf(type: Uint8Array, data: Uint8Array): number {
  return CRC32.buf(data, CRC32.buf(type)) >>> 0;
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return text;
}

function malformed(why: string): EngineError {
  return new EngineError('card_png_malformed', `The card is not a valid PNG: ${why}.`);
}

export function tooLarge(bytes: number): EngineError {
  return new EngineError(
    'card_too_large',
    `The card is ${bytes} bytes; at most ${CARD_MAX_BYTES} bytes (10 MB) are accepted.`,
  );
}
