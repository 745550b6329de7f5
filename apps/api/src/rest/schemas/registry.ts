import { z } from 'zod';

/** Response schemas that appear in the OpenAPI document as named components (`#/components/schemas/<id>`). */
export const componentRegistry = z.registry<{ id: string; description?: string }>();

/** Registers a schema as a named component and returns it, for use inline in other schemas and routes. */
export function component<T extends z.ZodType>(id: string, description: string, schema: T): T {
  componentRegistry.add(schema, { id, description });
  return schema;
}

export const ms = z.number().int().describe('Milliseconds since the Unix epoch.');
export const nullableMs = ms.nullable();
export const id = z.string().describe('An opaque id (a UUID).');
