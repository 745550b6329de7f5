import { z } from 'zod';
import { API_GUIDE } from './api-guide.ts';
import { procedureInputSchema, type JsonSchema } from './procedures.ts';
import type { RestRoute } from './route.ts';
import { componentRegistry } from './schemas/registry.ts';
import './schemas/domain.ts';
import './schemas/plan.ts';

export const OPENAPI_PATH = '/api/openapi.json';
export const DOCS_PATH = '/api/docs';
const COMPONENT_REF = '#/components/schemas/';

/** Error responses every operation may give, and the ones named by routes; each refers to the Error schema. */
const ERROR_RESPONSES: Record<number, { name: string; description: string }> = {
  400: { name: 'BadRequest', description: 'The input was not valid (`invalid_input`, with the field and the rule).' },
  401: {
    name: 'Unauthorized',
    description:
      'No credential, or an expired (`token_expired`) or invalid (`token_invalid`) one, or one not allowed from this origin (`origin_not_allowed`).',
  },
  403: {
    name: 'Forbidden',
    description: 'The credential may not do this (`insufficient_scope`, `session_required`, `secret_key_required`).',
  },
  404: { name: 'NotFound', description: 'No such thing, or not yours (the two answer alike).' },
  409: {
    name: 'Conflict',
    description:
      'A clash with current state (e.g. `character_name_taken`), or a request with this Idempotency-Key still running (`idempotency_in_progress`).',
  },
  422: {
    name: 'IdempotencyKeyReused',
    description: 'This Idempotency-Key was used for a different request (`idempotency_key_reused`).',
  },
  413: { name: 'PayloadTooLarge', description: 'The body is over 512 KiB.' },
  429: {
    name: 'TooManyRequests',
    description: 'Rate limited (`rate_limited`); `Retry-After` gives the seconds to wait, and the message says it too.',
  },
  431: {
    name: 'HeadersTooLarge',
    description: 'The request headers are over 16 KiB (answered by Node.js, without a body).',
  },
  500: {
    name: 'InternalError',
    description: 'Something failed on our side (`internal_error`); nothing was half-written.',
  },
};

const RETRY_AFTER_HEADER = {
  description: 'Seconds to wait before trying again.',
  required: true,
  schema: { type: 'integer', minimum: 1 },
};

/** Builds the OpenAPI 3.1 document for the routes, served at `serverUrl`. */
export function buildOpenApiDocument(routes: readonly RestRoute[], serverUrl: string): JsonSchema {
  const { schemas } = z.toJSONSchema(componentRegistry, { uri: (id) => `${COMPONENT_REF}${id}`, io: 'output' }) as {
    schemas: Record<string, JsonSchema>;
  };
  const components: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _dialect, $id: _id, ...rest } = schema;
    components[id] = rest;
  }
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) (paths[route.path] ??= {})[route.method] = operationOf(route, components);
  return {
    openapi: '3.1.0',
    info: { title: 'Ensemble API', version: '1.0.0', description: API_GUIDE },
    servers: [{ url: serverUrl }],
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'An access token (JWT), a secret API key (ens_sk_…) or a widget token (JWT).',
        },
      },
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'Makes a retry safe: the same key and body return the first response without doing anything again.',
          schema: { type: 'string', minLength: 1, maxLength: 255 },
        },
      },
      responses: Object.fromEntries(
        Object.entries(ERROR_RESPONSES).map(([status, { name, description }]) => [
          name,
          {
            description,
            ...(status === '429' ? { headers: { 'Retry-After': RETRY_AFTER_HEADER } } : {}),
            ...(status === '431'
              ? {}
              : { content: { 'application/json': { schema: { $ref: `${COMPONENT_REF}Error` } } } }),
          },
        ]),
      ),
    },
  };
}

function operationOf(route: RestRoute, components: Record<string, JsonSchema>): JsonSchema {
  const input = procedureInputSchema(route.procedure);
  const properties = { ...((input?.['properties'] ?? {}) as Record<string, JsonSchema>) };
  const required = new Set((input?.['required'] ?? []) as string[]);
  const parameters: JsonSchema[] = Object.entries(route.params ?? {}).map(([name, field]) => ({
    name,
    in: 'path',
    required: true,
    schema: properties[field] ?? { type: 'string' },
  }));
  for (const field of Object.values(route.params ?? {})) {
    delete properties[field];
    required.delete(field);
  }
  const fields = restFields(route, properties, required);
  if (route.input === 'query') {
    for (const [name, schema] of Object.entries(fields.properties)) {
      parameters.push({ name, in: 'query', required: fields.required.includes(name), schema });
    }
  }
  const idempotent = route.method === 'post' && route.idempotent !== false;
  if (idempotent) parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });

  const statuses = new Set<number>([400, 429, 431, 500, ...route.errors]);
  if (route.input === 'body') statuses.add(413);
  if (route.auth !== 'none') statuses.add(401);
  if (idempotent) {
    statuses.add(409);
    statuses.add(422);
  }
  const responses: Record<string, JsonSchema> = {
    [String(route.response.status)]: {
      description: route.response.description,
      content: {
        'application/json': { schema: schemaRef(route.response.schema, components) },
        ...route.responseContent,
      },
    },
  };
  for (const status of [...statuses].sort()) {
    const error = ERROR_RESPONSES[status];
    if (error !== undefined) responses[String(status)] = { $ref: `#/components/responses/${error.name}` };
  }
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    description: `${route.description}\n\n${accessNote(route)}`,
    ...(route.auth === 'none' ? { security: [] } : { security: [{ bearer: [] }] }),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.input === 'body'
      ? {
          requestBody: {
            required: route.requestContent !== undefined || fields.required.length > 0,
            content: route.requestContent ?? { 'application/json': { schema: bodySchema(input, fields) } },
          },
        }
      : {}),
    responses,
  };
}

/** The request body's schema: the procedure's object schema with the client's field names. */
function bodySchema(
  input: JsonSchema | null,
  fields: { properties: Record<string, JsonSchema>; required: string[] },
): JsonSchema {
  const { required: _required, ...rest } = input ?? { type: 'object', additionalProperties: false };
  return {
    ...rest,
    properties: fields.properties,
    ...(fields.required.length > 0 ? { required: fields.required } : {}),
  };
}

/** The fields as the client names them: renamed for the plan's routes, else the procedure's own. */
function restFields(route: RestRoute, properties: Record<string, JsonSchema>, required: Set<string>) {
  if (route.rename === undefined) return { properties, required: [...required] };
  const renamed: Record<string, JsonSchema> = {};
  const renamedRequired: string[] = [];
  for (const [restName, field] of Object.entries(route.rename)) {
    const schema = properties[field];
    if (schema === undefined) continue;
    renamed[restName] = schema;
    if (required.has(field)) renamedRequired.push(restName);
  }
  return { properties: renamed, required: renamedRequired };
}

function accessNote(route: RestRoute): string {
  const widget =
    route.widget === undefined
      ? ''
      : ` Widget tokens with scope ${route.widget === 'read' ? '`read` or `participant`' : '`participant`'} for the ecosystem may call it too.`;
  switch (route.auth) {
    case 'none':
      return 'No credential needed.';
    case 'bearer':
      return `Needs the ecosystem owner's access token or secret key.${widget}`;
    case 'session':
      return 'Needs an access token (a person signed in); API keys and widget tokens are refused (403).';
    case 'secret_key':
      return 'Needs a secret API key; access tokens and widget tokens are refused (403).';
  }
}

/** A named component by reference; anything else inline, with its named parts referring to components. */
function schemaRef(schema: z.ZodType, components: Record<string, JsonSchema>): JsonSchema {
  const id = componentRegistry.get(schema)?.id;
  if (id !== undefined) return { $ref: `${COMPONENT_REF}${id}` };
  const converted = z.toJSONSchema(schema, { metadata: componentRegistry, io: 'output' }) as JsonSchema;
  const { $schema: _dialect, $defs, ...inline } = converted;
  for (const name of Object.keys(($defs ?? {}) as object)) {
    if (!(name in components)) throw new Error(`openapi: ${name} is not a component`);
  }
  return JSON.parse(JSON.stringify(inline).replaceAll('"#/$defs/', `"${COMPONENT_REF}`)) as JsonSchema;
}
