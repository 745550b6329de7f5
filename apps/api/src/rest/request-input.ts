import type { Request } from 'express';
import { AppError } from '../errors.ts';
import { procedureInputSchema, type JsonSchema } from './procedures.ts';
import type { RestRoute } from './route.ts';

/**
 * The procedure input of a REST request: path parameters, then query or body fields (renamed for the
 * plan's snake_case routes). Validation is the procedure's; this only refuses what the procedure could
 * not tell apart (a field given twice, a snake_case route sent camelCase).
 */
export function procedureInputOf(route: RestRoute, req: Request): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const fromClient = route.input === 'body' ? bodyOf(req) : route.input === 'query' ? queryOf(route, req) : {};
  const rename = route.rename;
  for (const [field, value] of Object.entries(fromClient)) {
    if (rename !== undefined && !Object.hasOwn(rename, field)) throw unknownField(field);
    const target = rename?.[field] ?? field;
    if (Object.values(route.params ?? {}).includes(target)) throw unknownField(field, 'it is part of the path');
    input[target] = value;
  }
  for (const [param, field] of Object.entries(route.params ?? {})) {
    const value = req.params[param];
    if (typeof value === 'string') input[field] = value;
  }
  return input;
}

/** Field names in an invalid-input message, as the client sent them (snake_case on the plan's routes). */
export function restFieldNames(route: RestRoute, message: string): string {
  let shown = message;
  for (const [restName, field] of [...Object.entries(route.rename ?? {}), ...Object.entries(route.params ?? {})]) {
    if (restName !== field) shown = shown.replace(new RegExp(`\\b${field}\\b`, 'g'), restName);
  }
  return shown;
}

function bodyOf(req: Request): Record<string, unknown> {
  const body: unknown = req.body;
  if (body === undefined || body === null) {
    if (hasBody(req))
      throw new AppError('BAD_REQUEST', 'invalid_input', 'Send the body as JSON with Content-Type: application/json.');
    return {};
  }
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw new AppError('BAD_REQUEST', 'invalid_input', 'The body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return (length !== undefined && length !== '0') || req.headers['transfer-encoding'] !== undefined;
}

/** Query fields, with numbers and booleans read as the procedure's schema types them (query strings are text). */
function queryOf(route: RestRoute, req: Request): Record<string, unknown> {
  const properties = (procedureInputSchema(route.procedure)?.['properties'] ?? {}) as Record<string, JsonSchema>;
  const query = new URL(req.originalUrl, 'http://localhost').searchParams;
  const fields: Record<string, unknown> = {};
  for (const name of new Set(query.keys())) {
    const values = query.getAll(name);
    if (values.length > 1)
      throw new AppError('BAD_REQUEST', 'invalid_input', `Invalid input — ${name}: given more than once.`);
    const field = route.rename?.[name] ?? name;
    fields[name] = coerce(values[0] ?? '', properties[field]);
  }
  return fields;
}

function coerce(text: string, schema: JsonSchema | undefined): unknown {
  const types = typesOf(schema);
  if ((types.has('integer') || types.has('number')) && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (types.has('boolean') && (text === 'true' || text === 'false')) return text === 'true';
  if (types.has('null') && text === 'null') return null;
  return text;
}

function typesOf(schema: JsonSchema | undefined): Set<string> {
  if (schema === undefined) return new Set();
  const own = schema['type'];
  const types = new Set<string>(typeof own === 'string' ? [own] : Array.isArray(own) ? own.map(String) : []);
  for (const option of (schema['anyOf'] ?? []) as JsonSchema[]) for (const t of typesOf(option)) types.add(t);
  return types;
}

function unknownField(field: string, why = 'this endpoint does not take it'): AppError {
  return new AppError('BAD_REQUEST', 'invalid_input', `Invalid input — ${field}: unrecognized field (${why}).`);
}
