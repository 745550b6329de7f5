import { bigFiveSchema, EMOTION_NAMES, RELATIONSHIP_LABELS, SCENARIO_LIMITS, SCENARIO_MOODS } from '@ensemble/core';
import { z } from 'zod';
import { dialogueSettingSchema } from '../dialogue/setting.ts';
import { AppError } from '../errors.ts';
import { INPUT_LIMITS, descriptionSchema, nameSchema } from '../routers/inputs.ts';

/** What every bundle says it is. */
export const BUNDLE_FORMAT = 'ensemble.ecosystem';
/** The one version this server reads and writes. */
export const BUNDLE_VERSION = 1;
/** Largest bundle accepted (its JSON text, in bytes). */
export const BUNDLE_MAX_BYTES = 10 * 1024 * 1024;
/** Most characters, relationships, documents and scenarios in one bundle. */
export const BUNDLE_LIMITS = { characters: 500, relationships: 10_000, documents: 1000, scenarios: 200 } as const;

const unit = z.number().min(0).max(1);
const signed = z.number().min(-1).max(1);
const L = SCENARIO_LIMITS;

/**
 * An ecosystem as one JSON file (README, "Ecosystem bundles"). Characters are referred to by name (names
 * are unique within an ecosystem), so a bundle holds no ids and exporting what was imported gives the same file.
 */
export const bundleSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  ecosystem: z.strictObject({
    name: nameSchema,
    description: descriptionSchema,
    personalityDrift: z.boolean(),
    dialogue: dialogueSettingSchema.optional(),
  }),
  characters: z
    .array(
      z.strictObject({
        name: nameSchema,
        description: descriptionSchema,
        personality: bigFiveSchema,
        mood: z.strictObject({ pleasure: signed, arousal: signed, dominance: signed }),
        emotion: z.strictObject({ name: z.enum(EMOTION_NAMES), intensity: unit }).nullable(),
        energy: unit,
        active: z.boolean(),
      }),
    )
    .max(BUNDLE_LIMITS.characters),
  relationships: z
    .array(
      z.strictObject({
        from: nameSchema,
        to: nameSchema,
        strength: signed,
        trust: unit,
        interactionCount: z.number().int().min(0),
        label: z.enum(RELATIONSHIP_LABELS),
      }),
    )
    .max(BUNDLE_LIMITS.relationships),
  documents: z
    .array(
      z.strictObject({
        title: z.string().trim().min(1).max(INPUT_LIMITS.documentTitle),
        content: z.string().max(INPUT_LIMITS.documentContent),
        knownTo: z.array(nameSchema).nullable().describe('Names of the characters who know it; null: everyone.'),
      }),
    )
    .max(BUNDLE_LIMITS.documents),
  scenarios: z
    .array(
      z.strictObject({
        title: z.string().trim().min(1).max(L.titleMaxChars),
        setting: z.string().max(L.settingMaxChars),
        mood: z.enum(SCENARIO_MOODS),
        objectives: z
          .array(
            z.strictObject({
              text: z.string().trim().min(1).max(L.objectiveMaxChars),
              state: z.enum(['open', 'in_progress', 'done']),
              progress: unit,
            }),
          )
          .max(L.objectivesMax),
        endWhenObjectivesDone: z.boolean(),
        participants: z.array(nameSchema).min(L.participantsMin).max(L.participantsMax),
        durationMinutes: z.number().positive().max(L.durationMinutesMax),
        speed: z.number().positive().max(L.speedMax),
        maxTurns: z.number().int().min(1).max(L.maxTurnsMax).nullable(),
        seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
        status: z
          .enum(['paused', 'ended'])
          .describe('A running scenario is exported paused: importing starts nothing.'),
        turn: z.number().int().min(0),
        endReason: z.string().max(100).nullable(),
      }),
    )
    .max(BUNDLE_LIMITS.scenarios),
});

export type Bundle = z.infer<typeof bundleSchema>;

/**
 * The bundle in `text`, or a 4xx naming what is wrong: over 10 MB (413 `bundle_too_large`), not JSON or not a
 * bundle (`bundle_malformed`, with the field), another version (`bundle_unsupported_version`), a name used
 * twice or naming no character of the bundle (`bundle_malformed`).
 */
export function parseBundle(text: string): Bundle {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > BUNDLE_MAX_BYTES) {
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      'bundle_too_large',
      `The bundle is ${bytes} bytes; at most 10 MB (${BUNDLE_MAX_BYTES}).`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw malformed(`it is not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw malformed('it must be a JSON object');
  const head = value as Record<string, unknown>;
  if (head['format'] !== BUNDLE_FORMAT) throw malformed(`"format" must be "${BUNDLE_FORMAT}"`);
  if (head['version'] !== BUNDLE_VERSION) {
    throw new AppError(
      'BAD_REQUEST',
      'bundle_unsupported_version',
      `The bundle's version is ${JSON.stringify(head['version'] ?? null)}; this server reads version ${BUNDLE_VERSION}.`,
    );
  }
  const parsed = bundleSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw malformed(`${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  checkNames(parsed.data);
  return parsed.data;
}

function checkNames(bundle: Bundle): void {
  const names = new Set<string>();
  bundle.characters.forEach((c, i) => {
    if (names.has(c.name)) throw malformed(`characters.${i}.name: "${c.name}" is used twice`);
    names.add(c.name);
  });
  const known = (where: string, name: string) => {
    if (!names.has(name)) throw malformed(`${where}: no character is named "${name}"`);
  };
  const pairs = new Set<string>();
  bundle.relationships.forEach((r, i) => {
    known(`relationships.${i}.from`, r.from);
    known(`relationships.${i}.to`, r.to);
    if (r.from === r.to) throw malformed(`relationships.${i}: a character has no relationship with itself`);
    const key = JSON.stringify([r.from, r.to]);
    if (pairs.has(key)) throw malformed(`relationships.${i}: ${r.from} → ${r.to} is given twice`);
    pairs.add(key);
  });
  bundle.documents.forEach((d, i) => d.knownTo?.forEach((n, j) => known(`documents.${i}.knownTo.${j}`, n)));
  bundle.scenarios.forEach((s, i) => {
    s.participants.forEach((n, j) => known(`scenarios.${i}.participants.${j}`, n));
    if (new Set(s.participants).size !== s.participants.length) {
      throw malformed(`scenarios.${i}.participants: a character is named twice`);
    }
  });
}

function malformed(what: string): AppError {
  return new AppError('BAD_REQUEST', 'bundle_malformed', `This is not a valid ecosystem bundle: ${what}.`);
}
