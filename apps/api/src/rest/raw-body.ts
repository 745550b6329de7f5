import type { Request, RequestHandler } from 'express';
import express from 'express';

/** An error answered for a body that cannot be taken: its code and plain message. */
interface BodyError {
  code: string;
  message: string;
}

/**
 * A route's body read raw, before the JSON parser (whose limit is 512 KiB), up to `limit` bytes, and
 * turned into the procedure's input by `toInput`. Over the limit: 413 with `tooLarge`; unreadable
 * (a broken stream, a bad encoding): 400 with `malformed`.
 */
export function rawBodyParser(options: {
  limit: number;
  tooLarge: BodyError;
  malformed: BodyError;
  toInput: (body: Buffer, req: Request) => Record<string, unknown>;
}): RequestHandler {
  const raw = express.raw({ type: () => true, limit: options.limit });
  return (req, res, next) => {
    raw(req, res, (error?: unknown) => {
      if (error !== undefined) {
        const tooLarge = (error as { status?: number }).status === 413;
        res.status(tooLarge ? 413 : 400).json({ error: tooLarge ? options.tooLarge : options.malformed });
        return;
      }
      const body: unknown = req.body;
      if (Buffer.isBuffer(body)) req.body = options.toInput(body, req);
      next();
    });
  };
}

/**
 * `text` as the procedure's own fields when it is a JSON object of only `fields` (e.g. `{ "json": "…" }`),
 * else `otherwise(text)`: a file sent as it is, which the procedure parses and, when it is not JSON,
 * refuses with the parser's message.
 */
export function wrappedOrFile(
  text: string,
  fields: ReadonlySet<string>,
  otherwise: (text: string) => Record<string, unknown>,
): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const keys = Object.keys(value);
      if (keys.length > 0 && keys.every((k) => fields.has(k))) return value as Record<string, unknown>;
    }
  } catch {
    // Not JSON: the procedure says so.
  }
  return otherwise(text);
}
