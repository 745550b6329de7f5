import { z } from 'zod';
import { baselineMood } from '../affect/baseline.ts';
import { EngineError } from '../errors.ts';
import type { BigFive, PAD } from '../model.ts';
import { bigFiveSchema } from '../personality/big-five.ts';
import { base64ToBytes, bytesToBase64, utf8Bytes, utf8Text } from './base64.ts';
import { inferBigFive } from './infer.ts';
import {
  CARD_MAX_BYTES,
  PLACEHOLDER_PNG_BASE64,
  readPngChunks,
  readTextChunk,
  textChunk,
  tooLarge,
  writePngChunks,
} from './png.ts';

/**
 * Character Card V2 (github.com/malfoyslastname/character-card-spec-v2) and V3
 * (github.com/kwaroran/character-card-spec-v3): `{ spec, spec_version, data }`. A card is kept as the
 * object it came as — fields Ensemble does not use stay, in their order — so a card exported again is the
 * same card; Ensemble's own numbers go under `data.extensions.ensemble`.
 */
export const CARD_SPECS = ['chara_card_v2', 'chara_card_v3'] as const;
export type CardSpec = (typeof CARD_SPECS)[number];

/** A card as JSON: the spec's fields and any others, kept as they came. */
export type CardObject = { spec: CardSpec; spec_version: string; data: Record<string, unknown> } & Record<
  string,
  unknown
>;

/** What Ensemble writes under `data.extensions.ensemble`. */
export type EnsembleCardExtension = { version: 1; personality: BigFive; mood_baseline: PAD };

/** The PNG `tEXt` keyword of each spec. */
export const CARD_PNG_KEYWORD: Record<CardSpec, string> = { chara_card_v2: 'chara', chara_card_v3: 'ccv3' };

/** Lengths of our fields a card maps to (the API's input limits). */
export const CARD_FIELD_LIMITS = { name: 80, description: 2000 } as const;

/** The V3-only fields of `data`, dropped when a V3 card is written as V2. */
const V3_ONLY_FIELDS = [
  'group_only_greetings',
  'assets',
  'nickname',
  'creator_notes_multilingual',
  'source',
  'creation_date',
  'modification_date',
] as const;

const text = z.string();
const strings = z.array(z.string());
/** The fields we read or that the specs type; other keys pass through untouched. */
const cardDataSchema = z.looseObject({
  name: z.string().trim().min(1, 'must not be empty'),
  description: text.optional(),
  personality: text.optional(),
  scenario: text.optional(),
  first_mes: text.optional(),
  mes_example: text.optional(),
  creator_notes: text.optional(),
  system_prompt: text.optional(),
  post_history_instructions: text.optional(),
  alternate_greetings: strings.optional(),
  group_only_greetings: strings.optional(),
  tags: strings.optional(),
  creator: text.optional(),
  character_version: text.optional(),
  nickname: text.optional(),
  extensions: z.record(z.string(), z.unknown()).optional(),
  character_book: z.looseObject({ entries: z.array(z.unknown()) }).optional(),
});
const cardSchema = z.looseObject({
  spec: z.enum(CARD_SPECS),
  spec_version: z.string(),
  data: cardDataSchema,
});

/** A card read and mapped to a character's fields. */
export interface ImportedCard {
  card: CardObject;
  spec: CardSpec;
  name: string;
  description: string;
  personality: BigFive;
  /** Where the traits came from: the card's Ensemble extension, or inferred from its text (infer.ts). */
  personalitySource: 'extension' | 'inferred';
  /** The card's text fields Ensemble has no column for, by our names. */
  text: { personality: string; scenario: string; firstMessage: string; exampleDialogue: string };
  /** The card's picture (PNG without card chunks), base64, when it came as a PNG. */
  imageBase64: string | null;
}

/** Reads a card given as JSON text (`card_too_large`, `card_malformed`, `card_unsupported_spec`). */
export function cardFromJsonText(json: string): ImportedCard {
  if (json.length > CARD_MAX_BYTES) throw tooLarge(json.length);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new EngineError('card_malformed', `The card is not valid JSON (${(error as Error).message}).`);
  }
  return cardFromJson(value);
}

/** Reads a card given as a parsed JSON value. */
export function cardFromJson(value: unknown, imageBase64: string | null = null): ImportedCard {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new EngineError('card_malformed', 'The card must be a JSON object with spec, spec_version and data.');
  }
  const spec = (value as Record<string, unknown>)['spec'];
  if (typeof spec !== 'string' || !(CARD_SPECS as readonly string[]).includes(spec)) {
    throw new EngineError(
      'card_unsupported_spec',
      `The card's spec is ${JSON.stringify(spec ?? null)}; Ensemble reads chara_card_v2 and chara_card_v3.`,
    );
  }
  const parsed = cardSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'card'}: ${i.message}`);
    throw new EngineError('card_malformed', `The card is not a valid ${spec} card — ${problems.join('; ')}.`);
  }
  const card = value as CardObject;
  const data = parsed.data.data;
  const own = bigFiveSchema.safeParse(
    (data.extensions?.['ensemble'] as { personality?: unknown } | undefined)?.personality,
  );
  return {
    card,
    spec: parsed.data.spec,
    name: shorten(data.name.trim(), CARD_FIELD_LIMITS.name),
    description: shorten((data.description ?? '').trim(), CARD_FIELD_LIMITS.description),
    personality: own.success ? own.data : inferBigFive(data.personality ?? '', data.description ?? ''),
    personalitySource: own.success ? 'extension' : 'inferred',
    text: {
      personality: data.personality ?? '',
      scenario: data.scenario ?? '',
      firstMessage: data.first_mes ?? '',
      exampleDialogue: data.mes_example ?? '',
    },
    imageBase64,
  };
}

/**
 * Reads a card from a PNG: the `ccv3` tEXt chunk when there is one, else `chara`, each base64 of UTF-8
 * JSON. The picture is kept without the card chunks.
 */
export function cardFromPng(png: Uint8Array): ImportedCard {
  const chunks = readPngChunks(png);
  const texts = new Map<string, string>();
  for (const chunk of chunks) {
    if (chunk.type !== 'tEXt') continue;
    const entry = readTextChunk(chunk.data);
    if (entry && (entry.keyword === 'ccv3' || entry.keyword === 'chara')) texts.set(entry.keyword, entry.text);
  }
  const encoded = texts.get('ccv3') ?? texts.get('chara');
  if (encoded === undefined) {
    throw new EngineError('card_png_no_card', 'The PNG carries no character card (no tEXt chunk named ccv3 or chara).');
  }
  const keyword = texts.has('ccv3') ? 'ccv3' : 'chara';
  const json = utf8Text(base64ToBytes(encoded, `The PNG's ${keyword} chunk`), `The PNG's ${keyword} chunk`);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new EngineError('card_malformed', `The PNG's ${keyword} chunk is not JSON (${(error as Error).message}).`);
  }
  const picture = writePngChunks(chunks.filter((c) => !isCardChunk(c.type, c.data)));
  return cardFromJson(value, bytesToBase64(picture));
}

/** Reads a card from a file's bytes: a PNG by its signature, else UTF-8 JSON. */
export function cardFromBytes(bytes: Uint8Array): ImportedCard {
  if (bytes.length > CARD_MAX_BYTES) throw tooLarge(bytes.length);
  // 0x89 'P' 'N' 'G': a PNG, even a broken one (which cardFromPng then refuses as such).
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return cardFromPng(bytes);
  return cardFromJsonText(utf8Text(bytes, 'The card'));
}

/** What a card is exported from: the character's fields and the card it was imported as, if any. */
export interface CardSource {
  name: string;
  description: string;
  personality: BigFive;
  /** The stored card (imported), or null for a character made in Ensemble. */
  card: CardObject | null;
}

/**
 * The card of a character. From an imported card: the same object, with name and description replaced only
 * when they were changed in Ensemble since, and `data.extensions.ensemble` set (in place, so keys keep their
 * order). Without one: a fresh card of `spec` (default V3) with the spec's fields empty. With a `spec` other
 * than the stored card's, the card is converted (V3 → V2 drops the V3-only fields; V2 → V3 adds
 * `group_only_greetings: []`).
 */
export function exportCard(source: CardSource, spec?: CardSpec): CardObject {
  const card = source.card ? (structuredClone(source.card) as CardObject) : freshCard(spec ?? 'chara_card_v3');
  const data = card.data;
  if (source.card) {
    const mapped = cardFromJson(source.card);
    if (mapped.name !== source.name) data['name'] = source.name;
    if (mapped.description !== source.description) data['description'] = source.description;
  } else {
    data['name'] = source.name;
    data['description'] = source.description;
  }
  const extensions = isRecord(data['extensions']) ? data['extensions'] : {};
  const ensemble: EnsembleCardExtension = {
    version: 1,
    personality: { ...source.personality },
    mood_baseline: baselineMood(source.personality),
  };
  extensions['ensemble'] = ensemble;
  data['extensions'] = extensions;
  return spec === undefined || spec === card.spec ? card : convertCard(card, spec);
}

/** The card as JSON text (compact; what `GET …/card` sends). */
export function cardJson(card: CardObject): string {
  return JSON.stringify(card);
}

/**
 * The card as a PNG: the picture (or a 1×1 placeholder) with the card in a tEXt chunk before IEND — `ccv3`
 * for V3, plus `chara` holding the V2 form for older readers; `chara` alone for V2.
 */
export function cardPng(card: CardObject, imageBase64: string | null): Uint8Array {
  const picture = readPngChunks(base64ToBytes(imageBase64 ?? PLACEHOLDER_PNG_BASE64, 'The stored picture'));
  const kept = picture.filter((c) => !isCardChunk(c.type, c.data));
  const end = kept.findIndex((c) => c.type === 'IEND');
  const encode = (c: CardObject) => bytesToBase64(utf8Bytes(cardJson(c)));
  const cardChunks =
    card.spec === 'chara_card_v3'
      ? [textChunk('chara', encode(convertCard(card, 'chara_card_v2'))), textChunk('ccv3', encode(card))]
      : [textChunk('chara', encode(card))];
  return writePngChunks([...kept.slice(0, end), ...cardChunks, ...kept.slice(end)]);
}

function freshCard(spec: CardSpec): CardObject {
  const data: Record<string, unknown> = {
    name: '',
    description: '',
    personality: '',
    scenario: '',
    first_mes: '',
    mes_example: '',
    creator_notes: '',
    system_prompt: '',
    post_history_instructions: '',
    alternate_greetings: [],
    tags: [],
    creator: '',
    character_version: '',
    extensions: {},
  };
  if (spec === 'chara_card_v3') data['group_only_greetings'] = [];
  return { spec, spec_version: spec === 'chara_card_v3' ? '3.0' : '2.0', data };
}

function convertCard(card: CardObject, spec: CardSpec): CardObject {
  const data = { ...card.data };
  if (spec === 'chara_card_v2') for (const field of V3_ONLY_FIELDS) delete data[field];
  else data['group_only_greetings'] ??= [];
  return { ...card, spec, spec_version: spec === 'chara_card_v3' ? '3.0' : '2.0', data };
}

function isCardChunk(type: string, data: Uint8Array): boolean {
  if (type !== 'tEXt') return false;
  const keyword = readTextChunk(data)?.keyword;
  return keyword === 'chara' || keyword === 'ccv3';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** At most `max` characters, cut at a word boundary when one is near. */
function shorten(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd();
}
