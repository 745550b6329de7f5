import { z } from 'zod';
import { EcosystemSchema } from '../schemas/domain.ts';
import type { RestRoute } from '../route.ts';

const PadSchema = z.object({ pleasure: z.number(), arousal: z.number(), dominance: z.number() });
const TraitsSchema = z.object({
  openness: z.number(),
  conscientiousness: z.number(),
  extraversion: z.number(),
  agreeableness: z.number(),
  neuroticism: z.number(),
});

const StateSchema = z.object({
  ecosystemId: z.string(),
  seq: z.number().int().describe('The last event applied (0: before the first).'),
  at: z.string().nullable().describe('Its timestamp (ISO-8601), or null.'),
  lastSeq: z.number().int().describe("The ecosystem's newest seq now."),
  characters: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      active: z.boolean(),
      personality: TraitsSchema.describe('Exactly as stored then (every character_state_changed carries the traits).'),
      mood: PadSchema,
      emotion: z.string().nullable(),
      emotionIntensity: z.number().nullable().optional().describe('How strongly that emotion was felt.'),
      energy: z.number(),
      stateUpdatedAt: z.string().optional().describe('When mood and energy were last set (they decay from then).'),
    }),
  ),
  relationships: z.array(
    z.object({
      fromId: z.string(),
      toId: z.string(),
      strength: z.number(),
      trust: z.number(),
      interactionCount: z.number().int(),
      label: z.string(),
      lastInteractionAt: z.string().nullable().optional().describe('When they last interacted.'),
    }),
  ),
  fromSnapshotSeq: z.number().int().describe('The checkpoint the replay started from (0: the start of the log).'),
  eventsReplayed: z.number().int().describe('Events folded after that checkpoint.'),
});

const SideMood = z.object({ mood: PadSchema, emotion: z.string().nullable(), energy: z.number() }).nullable();
const SideTie = z.object({ strength: z.number(), trust: z.number(), label: z.string() }).nullable();
const CompareSchema = z.object({
  a: z.object({ ecosystemId: z.string(), seq: z.number().int() }),
  b: z.object({ ecosystemId: z.string(), seq: z.number().int() }),
  characters: z.array(z.object({ name: z.string(), a: SideMood, b: SideMood, difference: z.number() })),
  relationships: z.array(
    z.object({ from: z.string(), to: z.string(), a: SideTie, b: SideTie, difference: z.number() }),
  ),
});

/** The past: an ecosystem's state at any seq or time, rebuilt from its event log. */
export const historyRoutes: RestRoute[] = [
  {
    operationId: 'getEcosystemState',
    method: 'get',
    path: '/api/v1/ecosystems/{ecosystemId}/state',
    procedure: 'history.state',
    tag: 'Ecosystems',
    summary: 'State at any moment',
    description:
      'Every character (mood, emotion, energy, traits) and relationship (strength, trust, count, label) as they were after event `at_seq`, or after the last event at or before the time `at` (ISO-8601); now when neither is given. Rebuilt from the event log from the nearest checkpoint (one every 1,000 events, saved as replays pass them). `at_seq` after the newest event: 400 `seq_out_of_range`.',
    params: { ecosystemId: 'ecosystemId' },
    input: 'query',
    rename: { at_seq: 'atSeq', at: 'at' },
    auth: 'bearer',
    widget: 'read',
    errors: [404],
    response: { status: 200, description: 'The state then.', schema: StateSchema },
  },
  {
    operationId: 'forkEcosystem',
    method: 'post',
    path: '/api/v1/ecosystems/{ecosystemId}/fork',
    procedure: 'history.fork',
    tag: 'Ecosystems',
    summary: 'Fork an ecosystem at a seq',
    description:
      'A new ecosystem (a branch) as this one was after event `at_seq` (default: the newest): characters with their traits, mood, emotion and energy then (descriptions as now), relationships then, memories formed by then, the documents, and the scenarios at their standing then (a running one comes paused: resume it in the branch; with the conversations under way then and who was waiting to be answered, which the log records). New ids (`characterIds`, `scenarioIds` map old to new). The branch records `parent: {id, seq}`; its log starts with the copied state (character_created, relationship_changed, scenario_started/paused/ended), so it replays too; resumed and played with the same seed and clock, the branch produces the same events as the parent did after the fork seq (for a scenario whose log predates the recorded conversations, only when forked at the newest seq). An optional `change` makes it a what-if: `traits` (`[{characterId, personality: {neuroticism: 0.9}}]`), `relationships` (`[{fromId, toId, strength?, trust?}]`) and `scenario` (the body of POST /api/v1/ecosystem/{id}/scenario; participants default to every active character), all with the parent’s character ids; the branch’s log records the change after the copy (character_updated, relationship_changed, scenario_started) and a started scenario runs at once. `at_seq` after the newest event: 400 `seq_out_of_range`; a change naming a character not there at the fork seq, a relationship of a character with itself or without a value, or an invalid scenario: 400 `invalid_fork_change` naming the field; values out of range: 400 `invalid_input`.',
    params: { ecosystemId: 'ecosystemId' },
    input: 'body',
    rename: { at_seq: 'atSeq', name: 'name', change: 'change' },
    auth: 'bearer',
    errors: [403, 404],
    response: {
      status: 201,
      description: 'The branch.',
      schema: z.object({
        ecosystem: EcosystemSchema,
        characterIds: z.record(z.string(), z.string()).describe("Each character's id here → its id in the branch."),
        scenarioIds: z
          .record(z.string(), z.string())
          .describe("Each carried scenario's id here → its id in the branch."),
        scenarioId: z.string().nullable().describe('The scenario the change started in the branch, or null.'),
        memories: z.number().int().describe('Memories copied.'),
        documents: z.number().int().describe('Documents copied.'),
      }),
    },
  },
  {
    operationId: 'compareEcosystems',
    method: 'get',
    path: '/api/v1/ecosystems/{ecosystemId}/compare',
    procedure: 'history.compare',
    tag: 'Ecosystems',
    summary: 'Compare two branches',
    description:
      'This ecosystem (`a`, at `at_seq`, default now) and `with` (`b`, at `with_at_seq`) side by side: characters matched by name (mood, emotion, energy; difference = distance between the moods + energy difference) and relationships matched by the two names (strength, trust, label; difference = |Δstrength| + |Δtrust|), largest differences first. One-sided entries have the other side null.',
    params: { ecosystemId: 'ecosystemId' },
    input: 'query',
    rename: { with: 'otherId', at_seq: 'atSeq', with_at_seq: 'otherAtSeq' },
    auth: 'bearer',
    widget: 'read',
    errors: [404],
    response: { status: 200, description: 'The comparison.', schema: CompareSchema },
  },
];
