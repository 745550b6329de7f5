import { z } from 'zod';
import { DeletedSchema, DocumentSchema } from '../schemas/domain.ts';
import type { RestRoute } from '../route.ts';

/** Documents (notes, lore) of an ecosystem: its owner's, not its widget viewers'. */
export const documentRoutes: RestRoute[] = [
  {
    operationId: 'listDocuments', method: 'get', path: '/api/v1/ecosystems/{ecosystemId}/documents', procedure: 'documents.list',
    tag: 'Documents', summary: 'List documents', description: 'Every document of the ecosystem.',
    params: { ecosystemId: 'ecosystemId' }, input: 'none', auth: 'bearer', errors: [404],
    response: { status: 200, description: 'The documents.', schema: z.array(DocumentSchema) },
  },
  {
    operationId: 'createDocument', method: 'post', path: '/api/v1/ecosystems/{ecosystemId}/documents', procedure: 'documents.create',
    tag: 'Documents', summary: 'Create a document',
    description: 'Adds a document: `title` (1–200 characters) and `content` (up to 50,000 characters, default empty).',
    params: { ecosystemId: 'ecosystemId' }, input: 'body', auth: 'bearer', errors: [403, 404],
    response: { status: 201, description: 'The new document.', schema: DocumentSchema },
  },
  {
    operationId: 'getDocument', method: 'get', path: '/api/v1/documents/{id}', procedure: 'documents.get', tag: 'Documents',
    summary: 'Get a document', description: 'One document.',
    params: { id: 'id' }, input: 'none', auth: 'bearer', errors: [404],
    response: { status: 200, description: 'The document.', schema: DocumentSchema },
  },
  {
    operationId: 'updateDocument', method: 'patch', path: '/api/v1/documents/{id}', procedure: 'documents.update', tag: 'Documents',
    summary: 'Change a document', description: 'Changes the fields given (`title`, `content`).',
    params: { id: 'id' }, input: 'body', auth: 'bearer', errors: [403, 404],
    response: { status: 200, description: 'The document as changed.', schema: DocumentSchema },
  },
  {
    operationId: 'deleteDocument', method: 'delete', path: '/api/v1/documents/{id}', procedure: 'documents.delete', tag: 'Documents',
    summary: 'Delete a document', description: 'Removes the document.',
    params: { id: 'id' }, input: 'none', auth: 'bearer', errors: [403, 404],
    response: { status: 200, description: 'What was deleted.', schema: DeletedSchema },
  },
];
