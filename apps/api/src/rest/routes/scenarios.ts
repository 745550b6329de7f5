import { z } from 'zod';
import { InterventionResultSchema, ScenarioSchema, TranscriptSchema } from '../schemas/domain.ts';
import type { RestRoute } from '../route.ts';

const HELD = 'Turns are held while the change is written, so no turn in flight can undo it.';

/** Scenario control: list, inspect, pause, resume, end, speak into, read back. */
export const scenarioRoutes: RestRoute[] = [
  {
    operationId: 'listScenarios', method: 'get', path: '/api/v1/ecosystems/{ecosystemId}/scenarios', procedure: 'scenarios.list',
    tag: 'Scenarios', summary: 'List scenarios', description: 'Every scenario of the ecosystem, newest first.',
    params: { ecosystemId: 'ecosystemId' }, input: 'none', auth: 'bearer', widget: 'read', errors: [404],
    response: { status: 200, description: 'The scenarios.', schema: z.array(ScenarioSchema) },
  },
  {
    operationId: 'getScenario', method: 'get', path: '/api/v1/scenarios/{id}', procedure: 'scenarios.get', tag: 'Scenarios',
    summary: 'Get a scenario', description: 'One scenario with its status and turn count.',
    params: { id: 'id' }, input: 'none', auth: 'bearer', widget: 'read', errors: [404],
    response: { status: 200, description: 'The scenario.', schema: ScenarioSchema },
  },
  {
    operationId: 'pauseScenario', method: 'post', path: '/api/v1/scenarios/{id}/pause', procedure: 'scenarios.pause', tag: 'Scenarios',
    summary: 'Pause a scenario', description: `No turns are played until it is resumed; pausing a paused scenario changes nothing. ${HELD}`,
    params: { id: 'id' }, input: 'none', auth: 'bearer', errors: [403, 404],
    response: { status: 200, description: 'The scenario, paused.', schema: ScenarioSchema },
  },
  {
    operationId: 'resumeScenario', method: 'post', path: '/api/v1/scenarios/{id}/resume', procedure: 'scenarios.resume', tag: 'Scenarios',
    summary: 'Resume a scenario', description: `The director plays turns again. ${HELD}`,
    params: { id: 'id' }, input: 'none', auth: 'bearer', errors: [403, 404],
    response: { status: 200, description: 'The scenario, running.', schema: ScenarioSchema },
  },
  {
    operationId: 'endScenario', method: 'post', path: '/api/v1/scenarios/{id}/end', procedure: 'scenarios.end', tag: 'Scenarios',
    summary: 'End a scenario', description: `Ends it for good, with an optional reason (default "user"). ${HELD}`,
    params: { id: 'id' }, input: 'body', auth: 'bearer', errors: [403, 404],
    response: { status: 200, description: 'The scenario, ended.', schema: ScenarioSchema },
  },
  {
    operationId: 'interveneInScenario', method: 'post', path: '/api/v1/scenarios/{id}/intervene', procedure: 'scenarios.intervene',
    tag: 'Scenarios', summary: 'Speak into a scenario',
    description: 'A user speaks to one character (`targetCharacterId`) or to everyone (answered by those named, else the most eager participant). Participant widget tokens may call this too.',
    params: { id: 'scenarioId' }, input: 'body', auth: 'bearer', widget: 'participant', errors: [403, 404],
    response: { status: 200, description: 'The replies.', schema: InterventionResultSchema },
  },
  {
    operationId: 'getScenarioTranscript', method: 'get', path: '/api/v1/scenarios/{id}/transcript', procedure: 'scenarios.transcript',
    tag: 'Scenarios', summary: 'Read a scenario back',
    description: 'What was said, oldest first, with speaker names. Page with afterSeq = nextAfterSeq until it is null.',
    params: { id: 'id' }, input: 'query', auth: 'bearer', widget: 'read', errors: [404],
    response: { status: 200, description: 'A page of the transcript.', schema: TranscriptSchema },
  },
];
