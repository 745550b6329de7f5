import { z } from 'zod';
import { DeletedSchema, EcosystemSchema, EventPageSchema, GraphSchema } from '../schemas/domain.ts';
import type { RestRoute } from '../route.ts';

/** Ecosystems an account owns, and what a reader of one needs. */
export const ecosystemRoutes: RestRoute[] = [
  {
    operationId: 'listEcosystems', method: 'get', path: '/api/v1/ecosystems', procedure: 'ecosystems.list', tag: 'Ecosystems',
    summary: 'List your ecosystems',
    description: 'Every ecosystem the account owns, oldest first.',
    input: 'none', auth: 'bearer', errors: [403],
    response: { status: 200, description: 'The ecosystems.', schema: z.array(EcosystemSchema) },
  },
  {
    operationId: 'createEcosystem', method: 'post', path: '/api/v1/ecosystems', procedure: 'ecosystems.create', tag: 'Ecosystems',
    summary: 'Create an ecosystem',
    description: 'Creates an empty ecosystem owned by the caller.',
    input: 'body', auth: 'bearer', errors: [403],
    response: { status: 201, description: 'The new ecosystem.', schema: EcosystemSchema },
  },
  {
    operationId: 'getEcosystem', method: 'get', path: '/api/v1/ecosystems/{id}', procedure: 'ecosystems.get', tag: 'Ecosystems',
    summary: 'Get an ecosystem',
    description: "One ecosystem. Someone else's answers 404 exactly like a missing one.",
    params: { id: 'id' }, input: 'none', auth: 'bearer', widget: 'read', errors: [404],
    response: { status: 200, description: 'The ecosystem.', schema: EcosystemSchema },
  },
  {
    operationId: 'updateEcosystem', method: 'patch', path: '/api/v1/ecosystems/{id}', procedure: 'ecosystems.update', tag: 'Ecosystems',
    summary: 'Rename or describe an ecosystem',
    description: 'Changes the fields given (name, description, the `dialogue` setting); logs an ecosystem_updated event.',
    params: { id: 'id' }, input: 'body', auth: 'bearer', errors: [403, 404],
    response: { status: 200, description: 'The ecosystem as changed.', schema: EcosystemSchema },
  },
  {
    operationId: 'deleteEcosystem', method: 'delete', path: '/api/v1/ecosystems/{id}', procedure: 'ecosystems.delete', tag: 'Ecosystems',
    summary: 'Delete an ecosystem',
    description: 'Deletes the ecosystem with its characters, scenarios, events and documents, and stops its scenarios.',
    params: { id: 'id' }, input: 'none', auth: 'bearer', errors: [403, 404],
    response: { status: 200, description: 'What was deleted.', schema: DeletedSchema },
  },
  {
    operationId: 'getEcosystemGraph', method: 'get', path: '/api/v1/ecosystems/{id}/graph', procedure: 'ecosystems.graph', tag: 'Ecosystems',
    summary: 'The relationship graph',
    description: 'Characters as nodes (mood, energy, degree) and directed relationships as edges, as they stand now.',
    params: { id: 'id' }, input: 'none', auth: 'bearer', widget: 'read', errors: [404],
    response: { status: 200, description: 'The graph.', schema: GraphSchema },
  },
  {
    operationId: 'listEvents', method: 'get', path: '/api/v1/ecosystems/{ecosystemId}/events', procedure: 'events.list', tag: 'Ecosystems',
    summary: 'Stored events',
    description: 'Events after `afterSeq`, oldest first, in the envelope the WebSocket stream uses. Page with afterSeq = nextAfterSeq until it is null.',
    params: { ecosystemId: 'ecosystemId' }, input: 'query', auth: 'bearer', widget: 'read', errors: [404],
    response: { status: 200, description: 'A page of events.', schema: EventPageSchema },
  },
];
