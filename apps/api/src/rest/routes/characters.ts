import { z } from 'zod';
import { CharacterSchema, DeletedSchema } from '../schemas/domain.ts';
import type { RestRoute } from '../route.ts';

/** Characters of an ecosystem. */
export const characterRoutes: RestRoute[] = [
  {
    operationId: 'listCharacters', method: 'get', path: '/api/v1/ecosystems/{ecosystemId}/characters', procedure: 'characters.list',
    tag: 'Characters', summary: 'List characters',
    description: 'Every character of the ecosystem, mood and energy brought up to now.',
    params: { ecosystemId: 'ecosystemId' }, input: 'none', auth: 'bearer', widget: 'read', errors: [404],
    response: { status: 200, description: 'The characters.', schema: z.array(CharacterSchema) },
  },
  {
    operationId: 'createCharacter', method: 'post', path: '/api/v1/ecosystems/{ecosystemId}/characters', procedure: 'characters.create',
    tag: 'Characters', summary: 'Create a character',
    description: 'Adds a character with a Big Five personality; its mood starts at the personality\'s baseline (Mehrabian) and its energy full. Names are unique per ecosystem, ignoring case (409 character_name_taken).',
    params: { ecosystemId: 'ecosystemId' }, input: 'body', auth: 'bearer', errors: [403, 404, 409],
    response: { status: 201, description: 'The new character.', schema: CharacterSchema },
  },
  {
    operationId: 'getCharacter', method: 'get', path: '/api/v1/characters/{id}', procedure: 'characters.get', tag: 'Characters',
    summary: 'Get a character', description: 'One character, mood and energy brought up to now.',
    params: { id: 'id' }, input: 'none', auth: 'bearer', widget: 'read', errors: [404],
    response: { status: 200, description: 'The character.', schema: CharacterSchema },
  },
  {
    operationId: 'updateCharacter', method: 'patch', path: '/api/v1/characters/{id}', procedure: 'characters.update', tag: 'Characters',
    summary: 'Change a character', description: 'Changes the fields given (name, description, personality, active); logs a character_updated event.',
    params: { id: 'id' }, input: 'body', auth: 'bearer', errors: [403, 404, 409],
    response: { status: 200, description: 'The character as changed.', schema: CharacterSchema },
  },
  {
    operationId: 'deleteCharacter', method: 'delete', path: '/api/v1/characters/{id}', procedure: 'characters.delete', tag: 'Characters',
    summary: 'Delete a character', description: 'Removes the character with its relationships and memories; past interactions and events stay.',
    params: { id: 'id' }, input: 'none', auth: 'bearer', errors: [403, 404],
    response: { status: 200, description: 'What was deleted.', schema: DeletedSchema },
  },
];
