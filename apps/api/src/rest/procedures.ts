import type { AnyProcedure, AnyRouter, TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { appRouter } from '../router.ts';
import { createCallerFactory, type Context } from '../trpc.ts';

/** A JSON Schema object, as zod produces it. */
export type JsonSchema = Record<string, unknown>;

/** Every procedure by dotted path ('ecosystems.get'), read from the router's typed record of routers and procedures. */
function flatten(record: TRPCRouterRecord, prefix = ''): Record<string, AnyProcedure> {
  const flat: Record<string, AnyProcedure> = {};
  for (const [key, value] of Object.entries(record)) {
    const path = `${prefix}${key}`;
    if (isProcedure(value)) flat[path] = value;
    else Object.assign(flat, flatten(isRouter(value) ? value._def.record : value, `${path}.`));
  }
  return flat;
}

function isProcedure(value: unknown): value is AnyProcedure {
  return typeof value === 'function' && (value as Partial<AnyProcedure>)._def?.procedure === true;
}

function isRouter(value: unknown): value is AnyRouter {
  return typeof value === 'object' && value !== null && '_def' in value && (value as AnyRouter)._def.router === true;
}

const procedures = flatten(appRouter._def.record);
const createCaller = createCallerFactory(appRouter);

/** Every procedure path of the router ('ecosystems.get', ...), for coverage checks. */
export function procedurePaths(): string[] {
  return Object.keys(procedures).sort();
}

/** The procedure's kind: query, mutation or subscription. */
export function procedureType(path: string): 'query' | 'mutation' | 'subscription' {
  return procedureAt(path)._def.type;
}

/** JSON Schema of what the procedure accepts (its zod input, as a client sends it), or null if it takes none. */
export function procedureInputSchema(path: string): JsonSchema | null {
  const [input] = procedureAt(path)._def.inputs as z.ZodType[];
  if (input === undefined) return null;
  const { $schema: _dialect, ...schema } = z.toJSONSchema(input, { io: 'input' }) as JsonSchema;
  return schema;
}

/** Calls the procedure exactly as tRPC would for this context: same input validation, middleware and access checks. */
export function callProcedure(ctx: Context, path: string, input: unknown): Promise<unknown> {
  procedureAt(path);
  let target: unknown = createCaller(ctx);
  for (const part of path.split('.')) target = (target as Record<string, unknown>)[part];
  return (target as (input: unknown) => Promise<unknown>)(input);
}

function procedureAt(path: string): AnyProcedure {
  const procedure = Object.hasOwn(procedures, path) ? procedures[path] : undefined;
  if (procedure === undefined) throw new Error(`No procedure ${path} in appRouter`);
  return procedure;
}
