export {
  CARD_FIELD_LIMITS,
  CARD_PNG_KEYWORD,
  CARD_SPECS,
  cardFromBytes,
  cardFromJson,
  cardFromJsonText,
  cardFromPng,
  cardJson,
  cardPng,
  exportCard,
} from './card.ts';
export type { CardObject, CardSource, CardSpec, EnsembleCardExtension, ImportedCard } from './card.ts';
export { INFERENCE_RANGE, INFERENCE_STEP, TRAIT_MARKERS, inferBigFive } from './infer.ts';
export { base64ToBytes, bytesToBase64 } from './base64.ts';
export {
  CARD_MAX_BYTES,
  CARD_MAX_PIXELS,
  CARD_MAX_SIDE,
  PLACEHOLDER_PNG_BASE64,
  readPngChunks,
  readTextChunk,
  textChunk,
  writePngChunks,
} from './png.ts';
export type { PngChunk } from './png.ts';
