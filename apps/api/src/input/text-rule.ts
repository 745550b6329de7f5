/**
 * One rule for text, checked once for every input (tRPC and REST: body, query and path alike, before any
 * schema): no string may hold NUL (U+0000), which PostgreSQL cannot store, nor a lone UTF-16 surrogate,
 * which cannot be stored as written (it would come back as U+FFFD). Refused with 400 `invalid_input`
 * naming the field, so what an answer echoes is byte for byte what a later read returns.
 */
import { AppError } from '../errors.ts';

/** Deeper inputs are refused: no operation takes more than a few levels. */
const MAX_INPUT_DEPTH = 32;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `text` breaks the rule, or null when it does not. */
function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'contains a NUL character (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'contains a lone UTF-16 surrogate (not valid Unicode)';
  return null;
}

/** Throws 400 invalid_input naming the first string (value or key) in `input` that breaks the rule. */
export function assertCleanText(input: unknown): void {
  // Iterative, so a hostile nesting depth cannot overflow the stack.
  const pending: Array<{ value: unknown; path: string; depth: number }> = [{ value: input, path: '', depth: 0 }];
  while (pending.length > 0) {
    const { value, path, depth } = pending.pop()!;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem !== null) throw invalid(path, problem);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) throw invalid(path, `nested more than ${MAX_INPUT_DEPTH} levels deep`);
    const entries: Array<[string, unknown]> = Array.isArray(value)
      ? value.map((v, i) => [String(i), v])
      : Object.entries(value as Record<string, unknown>);
    for (const [key, v] of entries) {
      const at = path === '' ? key : `${path}.${key}`;
      const keyProblem = textProblem(key);
      if (keyProblem !== null) throw invalid(path, `a field name ${keyProblem}`);
      pending.push({ value: v, path: at, depth: depth + 1 });
    }
  }
}

function invalid(path: string, problem: string): AppError {
  return new AppError('BAD_REQUEST', 'invalid_input', `Invalid input — ${path === '' ? 'input' : path}: ${problem}.`);
}
