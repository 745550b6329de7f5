import { z } from 'zod';
import { component, id, ms } from '../schemas/registry.ts';
import type { RestRoute } from '../route.ts';

export const MemorySchema = component(
  'Memory',
  'Something a character remembers: what happened, how pleasant it was and how much it mattered.',
  z.object({
    id,
    characterId: id,
    aboutId: id.nullable().describe('The character the memory is about, or null for a person or the world.'),
    content: z.string().describe('What happened, in plain words.'),
    valence: z.number().min(-1).max(1).describe('How pleasant it was, -1 to 1.'),
    importance: z.number().min(0).max(1).describe('How much it mattered, 0 to 1 (from emotional intensity).'),
    createdAt: ms,
    kind: z
      .string()
      .optional()
      .describe('observation (one exchange), summary (a conversation) or reflection (distilled from many).'),
  }),
);

/** What characters remember. */
export const memoryRoutes: RestRoute[] = [
  {
    operationId: 'listMemories',
    method: 'get',
    path: '/api/v1/characters/{id}/memories',
    procedure: 'memories.list',
    tag: 'Characters',
    summary: "A character's memories",
    description:
      'The strongest memories (`order=strongest`, the default: most important among the 500 newest) or the most recent (`order=recent`); `limit` 1–100 (default 10).',
    params: { id: 'characterId' },
    input: 'query',
    auth: 'bearer',
    widget: 'read',
    errors: [404],
    response: { status: 200, description: 'The memories.', schema: z.array(MemorySchema) },
  },
];
