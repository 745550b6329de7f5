import type { Scenario } from '@ensemble/core';
import {
  CharacterRelationshipsSchema,
  DashboardSchema,
  InteractionResultSchema,
  ScenarioStartedSchema,
} from '../schemas/plan.ts';
import type { RestRoute } from '../route.ts';
import { toSnakeCase } from '../snake-case.ts';

/** The plan's status words: a running scenario is 'active'. */
const PLAN_STATUS = { running: 'active', paused: 'paused', ended: 'ended' } as const;

/** The Phase 1 plan's endpoints, with the plan's names and snake_case shapes. */
export const planRoutes: RestRoute[] = [
  {
    operationId: 'createInteraction',
    method: 'post',
    path: '/api/v1/interactions',
    procedure: 'interactions.create',
    tag: 'Plan',
    summary: 'Run an interaction between two characters',
    description:
      "The plan's process_interaction: feasibility (same ecosystem, distinct, active, energy, pair cooldown), relationship, the target's reply in character, relationship and state updates, and events, in one transaction. `content` is the initiator's line; written in character when omitted.",
    input: 'body',
    auth: 'bearer',
    errors: [403, 404],
    rename: { initiator_id: 'initiatorId', target_id: 'targetId', type: 'type', content: 'content' },
    present: (result) => {
      const { events: _events, ...shown } = result as { events?: unknown };
      return toSnakeCase(shown);
    },
    response: { status: 200, description: 'What changed, or why nothing did.', schema: InteractionResultSchema },
  },
  {
    operationId: 'getDashboard',
    method: 'get',
    path: '/api/v1/ecosystem/{id}/dashboard',
    procedure: 'ecosystems.dashboard',
    tag: 'Plan',
    summary: "An ecosystem's dashboard",
    description:
      'Counts, events per minute over the last 15 minutes, mood distribution, strongest and weakest ties, most connected characters.',
    params: { id: 'id' },
    input: 'none',
    auth: 'bearer',
    widget: 'read',
    errors: [404],
    present: (result) => toSnakeCase(result),
    response: { status: 200, description: 'The dashboard.', schema: DashboardSchema },
  },
  {
    operationId: 'createScenario',
    method: 'post',
    path: '/api/v1/ecosystem/{id}/scenario',
    procedure: 'scenarios.create',
    tag: 'Plan',
    summary: 'Start a multi-character scenario',
    description:
      'Creates the scenario and starts the director playing turns on its own. `character_ids` defaults to every active character; `duration_minutes` to 30; `speed` (turns per minute) to 6; a `seed` makes the transcript reproducible. `objectives` are texts (or `{text}` objects); with `end_when_objectives_done` the scenario ends once all are done.',
    params: { id: 'ecosystemId' },
    input: 'body',
    auth: 'bearer',
    errors: [403, 404],
    rename: {
      title: 'title',
      setting: 'setting',
      mood: 'mood',
      objectives: 'objectives',
      character_ids: 'participantIds',
      end_when_objectives_done: 'endWhenObjectivesDone',
      duration_minutes: 'durationMinutes',
      speed: 'speed',
      max_turns: 'maxTurns',
      seed: 'seed',
    },
    present: (result) => {
      const scenario = result as Scenario;
      return {
        id: scenario.id,
        status: PLAN_STATUS[scenario.status],
        start_time: new Date(scenario.startedAt).toISOString(),
      };
    },
    response: { status: 201, description: 'The scenario, started.', schema: ScenarioStartedSchema },
  },
  {
    operationId: 'getCharacterRelationships',
    method: 'get',
    path: '/api/v1/relationships/{character_id}',
    procedure: 'relationships.byCharacter',
    tag: 'Plan',
    summary: "A character's relationships",
    description:
      "Both the character's view of others and theirs of it (directed: strength in [-1,1], trust in [0,1], a label), drifted to now.",
    params: { character_id: 'characterId' },
    input: 'none',
    auth: 'bearer',
    widget: 'read',
    errors: [404],
    present: (result, input) => ({ character_id: input['characterId'], relationships: toSnakeCase(result) }),
    response: { status: 200, description: 'The relationships.', schema: CharacterRelationshipsSchema },
  },
];
