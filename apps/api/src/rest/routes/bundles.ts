import type { RequestHandler } from 'express';
import { rawBodyParser, wrappedOrFile } from '../raw-body.ts';
import { BUNDLE_MAX_BYTES, bundleSchema } from '../../bundles/format.ts';
import { z } from 'zod';
import { EcosystemSchema } from '../schemas/domain.ts';
import type { RestRoute } from '../route.ts';

/** Path of the import, whose body is read raw (JSON up to 10 MB) by `bundleBodyParser`. */
export const BUNDLE_IMPORT_PATH = '/api/v1/ecosystems/import';

const FORMAT =
  'A bundle is one JSON object: `{"format": "ensemble.ecosystem", "version": 1, "ecosystem": {name, description, personalityDrift, dialogue?}, "characters": [{name, description, personality, mood, emotion, energy, active}], "relationships": [{from, to, strength, trust, interactionCount, label}], "documents": [{title, content, knownTo}], "scenarios": [{title, setting, mood, objectives, endWhenObjectivesDone, participants, durationMinutes, speed, maxTurns, seed, status, turn, endReason}]}`. Characters are named, not numbered (names are unique in an ecosystem): relationships, `knownTo` and `participants` use names, and a bundle holds no ids. Memories, the event log and character cards are not part of it.';

/** The bundle as exported (the dialogue setting as stored, the way EcosystemSchema shows it). */
const BundleSchema = bundleSchema.extend({
  ecosystem: z.object({
    name: z.string(),
    description: z.string(),
    personalityDrift: z.boolean(),
    dialogue: EcosystemSchema.shape.dialogue,
  }),
});

/** Ecosystem bundles: a whole ecosystem as one JSON file, out and in. */
export const bundleRoutes: RestRoute[] = [
  {
    operationId: 'exportBundle',
    method: 'get',
    path: '/api/v1/ecosystems/{ecosystemId}/bundle',
    procedure: 'bundles.export',
    tag: 'Ecosystems',
    summary: 'Export an ecosystem as a bundle',
    description: `The ecosystem as one JSON file, in a fixed order (characters and relationships by name, documents and scenarios by age), so the same ecosystem always gives the same file. A running scenario is written as paused. ${FORMAT}`,
    params: { ecosystemId: 'ecosystemId' },
    input: 'query',
    auth: 'bearer',
    errors: [404],
    response: { status: 200, description: 'The bundle.', schema: BundleSchema },
  },
  {
    operationId: 'importBundle',
    method: 'post',
    path: BUNDLE_IMPORT_PATH,
    procedure: 'bundles.import',
    tag: 'Ecosystems',
    summary: 'Import a bundle as a new ecosystem',
    description: `Makes a new ecosystem of the caller from a bundle sent as the body (the file as exported, \`?name=\` renaming it; or \`{"bundle": object | "json": text, "name"?}\`), in one transaction: its log starts with character_created, relationship_changed and scenario_started/paused/ended events; no scenario plays until resumed. ${FORMAT} Refused with nothing written: over 10 MB, 413 \`bundle_too_large\`; not JSON, not a bundle, a field out of range, or a name used twice or naming no character, 400 \`bundle_malformed\` (the message names the field); another version, 400 \`bundle_unsupported_version\`.`,
    input: 'body',
    auth: 'bearer',
    errors: [413],
    requestContent: {
      'application/json': {
        type: 'object',
        description: 'The bundle file, as GET /api/v1/ecosystems/{id}/bundle gives it.',
      },
    },
    response: { status: 201, description: 'The new ecosystem.', schema: EcosystemSchema },
  },
];

const WRAPPED_FIELDS = new Set(['bundle', 'json', 'name']);

/**
 * The import's body, read raw before the JSON parser (whose limit is 512 KiB): `{ json: text }` for the
 * procedure to parse and check, with `name` from the query, or the procedure's own fields when the body is
 * `{ bundle | json, name? }`. Over 10 MB: 413 `bundle_too_large`.
 */
export const bundleBodyParser: RequestHandler = rawBodyParser({
  limit: BUNDLE_MAX_BYTES,
  tooLarge: { code: 'bundle_too_large', message: `The bundle is over ${BUNDLE_MAX_BYTES} bytes (10 MB).` },
  malformed: { code: 'bundle_malformed', message: 'The body could not be read.' },
  toInput: (body, req) => {
    const name = new URL(req.originalUrl, 'http://localhost').searchParams.get('name');
    return wrappedOrFile(body.toString('utf8'), WRAPPED_FIELDS, (text) => ({
      json: text,
      ...(name !== null ? { name } : {}),
    }));
  },
});
