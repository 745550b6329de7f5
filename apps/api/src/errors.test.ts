import { EngineError } from '@ensemble/core';
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toTRPCError } from './errors.ts';
import { StoreError } from './store/app-store.ts';

const mapped = (error: unknown) => {
  const e = toTRPCError(error);
  return { code: e.code, appCode: e.appCode, message: e.message };
};

describe('toTRPCError', () => {
  it("keeps an engine error's code as appCode, as a 400", () => {
    expect(mapped(new EngineError('content_too_long', 'The line is too long.'))).toEqual({
      code: 'BAD_REQUEST',
      appCode: 'content_too_long',
      message: 'The line is too long.',
    });
  });

  it('maps store conflicts to 409 and missing rows to 404', () => {
    expect(mapped(new StoreError('conflict', 'Already there.'))).toMatchObject({
      code: 'CONFLICT',
      appCode: 'conflict',
    });
    expect(mapped(new StoreError('not_found', 'Gone.'))).toMatchObject({ code: 'NOT_FOUND', appCode: 'not_found' });
  });

  it('turns a zod failure into invalid_input naming the field', () => {
    const result = z
      .object({ character: z.object({ name: z.string().max(3) }) })
      .safeParse({ character: { name: 'Theodora' } });
    const error = mapped(result.error);
    expect(error).toMatchObject({ code: 'BAD_REQUEST', appCode: 'invalid_input' });
    expect(error.message).toMatch(/^Invalid input — character\.name: /);
  });

  it("looks through tRPC's wrapper to the cause", () => {
    const wrapped = new TRPCError({
      code: 'INTERNAL_SERVER_ERROR',
      cause: new EngineError('participant_inactive', 'Too tired.'),
    });
    expect(mapped(wrapped)).toMatchObject({ code: 'BAD_REQUEST', appCode: 'participant_inactive' });
  });

  it('hides anything unexpected behind a generic message', () => {
    const error = mapped(
      new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: new Error('password=hunter2 at db.ts:12') }),
    );
    expect(error).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', appCode: 'internal_error' });
    expect(error.message).not.toContain('hunter2');
    expect(mapped(new TypeError('x is undefined')).message).not.toContain('undefined');
  });
});
