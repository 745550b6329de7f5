import { describe, expect, it } from 'vitest';
import { renderDocsPage } from './docs-page.ts';
import { buildOpenApiDocument } from './openapi.ts';
import { procedurePaths } from './procedures.ts';
import { REST_ROUTES } from './routes/index.ts';

type Json = Record<string, unknown>;
const doc = buildOpenApiDocument(REST_ROUTES, 'https://api.example');
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function operations(): Array<{ path: string; method: string; op: Json }> {
  return Object.entries(doc['paths'] as Record<string, Json>).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([m]) => METHODS.includes(m))
      .map(([method, op]) => ({ path, method, op: op as Json })),
  );
}

/** Every `$ref` anywhere in the value, with where it was found. */
function refsIn(value: unknown, at = '#'): Array<{ ref: string; at: string }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => refsIn(v, `${at}/${i}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === '$ref' && typeof v === 'string' ? [{ ref: v, at }] : refsIn(v, `${at}/${k}`),
  );
}

function resolve(ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>(
      (node, part) => (node !== null && typeof node === 'object' ? (node as Json)[part] : undefined),
      doc,
    );
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with info, servers and only known top-level fields', () => {
    expect(doc['openapi']).toMatch(/^3\.1\.\d+$/);
    expect(doc['info']).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(
      Object.keys(doc).every((k) => ['openapi', 'info', 'servers', 'tags', 'paths', 'components'].includes(k)),
    ).toBe(true);
    expect((doc['servers'] as Json[])[0]?.['url']).toBe('https://api.example');
  });

  it('resolves every $ref inside the document', () => {
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(50);
    const broken = refs.filter(({ ref }) => resolve(ref) === undefined);
    expect(broken).toEqual([]);
  });

  it('documents every operation fully: unique operationId, summary, description, responses with schemas, errors', () => {
    const ops = operations();
    expect(ops).toHaveLength(REST_ROUTES.length);
    const ids = ops.map((o) => o.op['operationId']);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path, method, op } of ops) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(typeof op['summary'] === 'string' && op['summary'] !== '', where).toBe(true);
      expect(typeof op['description'] === 'string' && (op['description'] as string).length > 40, where).toBe(true);
      const responses = op['responses'] as Record<string, Json>;
      const success = Object.keys(responses).filter((s) => s.startsWith('2'));
      expect(success, where).toHaveLength(1);
      const content = (responses[success[0]!]!['content'] as Record<string, Json>)['application/json'];
      expect(content?.['schema'], where).toBeDefined();
      for (const status of ['400', '429', '500']) expect(responses[status], `${where} ${status}`).toBeDefined();
      if ((op['security'] as unknown[]).length > 0) expect(responses['401'], where).toBeDefined();
      if (
        method === 'post' &&
        (op['parameters'] as Json[] | undefined)?.some((p) => p['$ref'] === '#/components/parameters/IdempotencyKey')
      ) {
        expect(responses['422'], where).toBeDefined();
      }
    }
  });

  it('declares exactly the path parameters of each template, as required strings', () => {
    for (const { path, op } of operations()) {
      const inTemplate = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
      const declared = ((op['parameters'] ?? []) as Json[]).filter((p) => p['in'] === 'path');
      expect(declared.map((p) => p['name']).sort(), path).toEqual(inTemplate);
      for (const p of declared) expect(p).toMatchObject({ required: true, schema: { type: 'string' } });
    }
  });

  it('gives every body operation a JSON request schema and no body to the others', () => {
    for (const route of REST_ROUTES) {
      const op = (doc['paths'] as Record<string, Record<string, Json>>)[route.path]![route.method]!;
      const body = op['requestBody'] as Json | undefined;
      if (route.requestContent !== undefined) {
        // A raw body (a card: PNG or JSON): the media types the route declares.
        expect(body?.['content'], route.operationId).toEqual(route.requestContent);
      } else if (route.input === 'body') {
        const schema = (body?.['content'] as Record<string, Json>)['application/json']!['schema'] as Json;
        expect(schema['type'], route.operationId).toBe('object');
        expect(schema['additionalProperties'], route.operationId).toBe(false);
      } else {
        expect(body, route.operationId).toBeUndefined();
      }
    }
  });

  it("names the plan's fields as the plan does", () => {
    const paths = doc['paths'] as Record<string, Record<string, Json>>;
    const interaction = (
      (paths['/api/v1/interactions']!['post']!['requestBody'] as Json)['content'] as Record<string, Json>
    )['application/json']!['schema'] as Json;
    expect(Object.keys(interaction['properties'] as Json).sort()).toEqual([
      'content',
      'initiator_id',
      'target_id',
      'type',
    ]);
    expect(interaction['required']).toEqual(['initiator_id', 'target_id', 'type']);
    const scenario = (
      (paths['/api/v1/ecosystem/{id}/scenario']!['post']!['requestBody'] as Json)['content'] as Record<string, Json>
    )['application/json']!['schema'] as Json;
    expect(Object.keys(scenario['properties'] as Json)).toEqual(
      expect.arrayContaining(['title', 'setting', 'mood', 'objectives', 'character_ids', 'duration_minutes']),
    );
  });

  it('puts every route in front of a procedure that exists', () => {
    const known = new Set(procedurePaths());
    expect(REST_ROUTES.filter((r) => !known.has(r.procedure)).map((r) => r.procedure)).toEqual([]);
  });
});

describe('the docs page', () => {
  const html = renderDocsPage(doc);

  it('shows every operation with its method, path and summary', () => {
    for (const { path, method, op } of operations()) {
      expect(html).toContain(`id="${String(op['operationId'])}"`);
      expect(html).toContain(`${method.toUpperCase()}</span> <code>${path}</code>`);
      expect(html).toContain(String(op['summary']).replaceAll("'", '&#39;'));
    }
  });

  it('is self-contained: no scripts and nothing loaded from elsewhere', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\ssrc=/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/url\(/i);
  });

  it('escapes what it shows', () => {
    const page = renderDocsPage({
      ...doc,
      info: { title: '<x>', version: '1', description: '<script>alert(1)</script>' },
    });
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;x&gt;');
  });
});
