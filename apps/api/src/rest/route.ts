import type { Request } from 'express';
import type { z } from 'zod';
import type { JsonSchema } from './procedures.ts';

export type HttpMethod = 'get' | 'post' | 'patch' | 'delete';

/** Who may call an operation, as the document states it (the procedure enforces it). */
export type RestAuth =
  /** Anyone. */
  | 'none'
  /** An access token or secret key of the owner; widget tokens as their scope allows (see `widget`). */
  | 'bearer'
  /** An access token only (a person signed in). */
  | 'session'
  /** A secret API key only. */
  | 'secret_key';

/**
 * One REST operation: an HTTP method and path in front of a tRPC procedure (one definition, not two).
 * The procedure validates the input and enforces access; the route only says where the input's fields
 * come from and how the result is shown.
 */
export interface RestRoute {
  operationId: string;
  method: HttpMethod;
  /** OpenAPI path template, e.g. `/api/v1/ecosystems/{id}`. */
  path: string;
  /** The procedure's path in appRouter, e.g. `ecosystems.get`. */
  procedure: string;
  tag: string;
  summary: string;
  description: string;
  /** Path parameter → procedure input field. */
  params?: Record<string, string>;
  /** Where the other input fields come from. */
  input: 'body' | 'query' | 'none';
  /** REST field → procedure field, for the plan's snake_case endpoints; other routes pass fields through. */
  rename?: Record<string, string>;
  /** Input fields taken from request headers (content negotiation), e.g. `Accept: image/png` → `format: 'png'`. */
  headerInput?: (req: Request) => Record<string, unknown>;
  /** A result sent as bytes rather than JSON (e.g. a PNG), or null to send JSON as usual. */
  binary?: (result: unknown) => { contentType: string; base64: string } | null;
  /** The request body's media types and schemas, when not the procedure's JSON input (raw bodies). */
  requestContent?: Record<string, JsonSchema>;
  /** More media types of the success response, besides JSON. */
  responseContent?: Record<string, JsonSchema>;
  /** The result as the client sees it (default: as the procedure returns it). */
  present?: (result: unknown, input: Record<string, unknown>) => unknown;
  response: { status: 200 | 201; description: string; schema: z.ZodType };
  auth: RestAuth;
  /** The widget scope that may call it too, if any. */
  widget?: 'read' | 'participant';
  /** Extra error statuses beyond the ones every operation may answer (400, 401, 429, 500). */
  errors: readonly number[];
  /**
   * POSTs only: whether an Idempotency-Key is honoured. False where the response carries a credential,
   * which is never stored (sign-in, refresh, new keys, widget tokens).
   */
  idempotent?: boolean;
}

/** Express's form of a path template: `/api/v1/ecosystems/{id}` → `/api/v1/ecosystems/:id`. */
export function expressPath(template: string): string {
  return template.replace(/\{([^}]+)\}/g, ':$1');
}
