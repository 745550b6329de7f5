import type { Request, RequestHandler } from 'express';
import { rawBodyParser, wrappedOrFile } from '../raw-body.ts';
import { CARD_MAX_BYTES } from '@ensemble/core';
import { z } from 'zod';
import { CharacterSchema } from '../schemas/domain.ts';
import type { RestRoute } from '../route.ts';

const CardSpecSchema = z.enum(['chara_card_v2', 'chara_card_v3']);
const CardSchema = z
  .looseObject({ spec: CardSpecSchema, spec_version: z.string(), data: z.looseObject({ name: z.string() }) })
  .describe('A Character Card V2 or V3 (`{spec, spec_version, data}`), every field kept.');

const ImportedCardSchema = z.object({
  character: CharacterSchema,
  spec: CardSpecSchema,
  personalitySource: z
    .enum(['extension', 'inferred'])
    .describe("Where the traits came from: the card's data.extensions.ensemble, or inferred from its text."),
  text: z
    .object({ personality: z.string(), scenario: z.string(), firstMessage: z.string(), exampleDialogue: z.string() })
    .describe("The card's personality, scenario, first_mes and mes_example."),
});

/** Path of the import, whose body is read raw (PNG or JSON up to 10 MB) by `cardBodyParser`. */
export const CARD_IMPORT_PATH = '/api/v1/ecosystems/{ecosystemId}/cards';

/** Character cards: import (PNG or JSON body) and export (JSON, or PNG when asked with `Accept: image/png`). */
export const cardRoutes: RestRoute[] = [
  {
    operationId: 'importCard',
    method: 'post',
    path: CARD_IMPORT_PATH,
    procedure: 'cards.import',
    tag: 'Characters',
    summary: 'Import a character card',
    description:
      'Makes a character from a Character Card V2 (`chara_card_v2`) or V3 (`chara_card_v3`), sent as the body: a PNG (`Content-Type: image/png`, the card base64 in the `ccv3` or `chara` tEXt chunk) or the card JSON (`application/json`). Name and description map to the character (a description over 2,000 characters is cut at a word; the card keeps it all); Big Five traits come from `data.extensions.ensemble.personality` when present, else are inferred from the personality and description text by a fixed word list (README, "Character cards"). The whole card is kept, so an export gives it back. At most 10 MB (413 `card_too_large`); `card_malformed`, `card_unsupported_spec`, `card_bad_base64`, `card_png_malformed`, `card_png_no_card`, `card_image_too_large` (declared dimensions over 8192×8192 pixels) are 400s; a name already taken is 409.',
    params: { ecosystemId: 'ecosystemId' },
    input: 'body',
    auth: 'bearer',
    errors: [403, 404, 409, 413],
    requestContent: {
      'image/png': { type: 'string', format: 'binary' },
      'application/json': {
        type: 'object',
        description:
          'The card JSON ({spec, spec_version, data}), or one of {"card": object}, {"json": text}, {"png": base64 of the PNG file}.',
      },
    },
    response: { status: 201, description: 'The new character and what the card gave it.', schema: ImportedCardSchema },
  },
  {
    operationId: 'exportCard',
    method: 'get',
    path: '/api/v1/characters/{id}/card',
    procedure: 'cards.export',
    tag: 'Characters',
    summary: 'Export a character card',
    description:
      "The character as a card: the card it was imported from (unknown fields kept, name and description updated if changed since), or a fresh V3 card, with Ensemble's traits and mood baseline under `data.extensions.ensemble`. JSON by default; a PNG when asked with `Accept: image/png` (the card's picture or a 1×1 placeholder, with `ccv3` and `chara` tEXt chunks for V3, `chara` for V2). `spec` converts between V2 and V3.",
    params: { id: 'id' },
    input: 'query',
    auth: 'bearer',
    errors: [404],
    headerInput: (req: Request) =>
      req.accepts(['application/json', 'image/png']) === 'image/png' ? { format: 'png' } : {},
    binary: (result) => {
      const png = (result as { png: string | null }).png;
      return png === null ? null : { contentType: 'image/png', base64: png };
    },
    present: (result) => (result as { card: unknown }).card,
    responseContent: { 'image/png': { type: 'string', format: 'binary' } },
    response: { status: 200, description: 'The card (JSON), or the card PNG.', schema: CardSchema },
  },
];

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
const WRAPPED_FIELDS = new Set(['card', 'json', 'png']);

/**
 * The import's body, read raw before the JSON parser: a PNG becomes `{ png: base64 }`, anything else
 * `{ json: text }` (the procedure parses it and names what is wrong), or `{ card | json | png }` as the
 * procedure takes them (a base64 PNG inside JSON). Over 10 MB: 413 `card_too_large`.
 */
export const cardBodyParser: RequestHandler = rawBodyParser({
  limit: CARD_MAX_BYTES,
  tooLarge: { code: 'card_too_large', message: `The card is over ${CARD_MAX_BYTES} bytes (10 MB).` },
  malformed: { code: 'card_malformed', message: 'The body could not be read.' },
  toInput: (body, req) => {
    const png = typeof req.is('image/png') === 'string' || body.subarray(0, 4).equals(PNG_MAGIC);
    return png
      ? { png: body.toString('base64') }
      : wrappedOrFile(body.toString('utf8'), WRAPPED_FIELDS, (text) => ({ json: text }));
  },
});
