import { describe, expect, it } from 'vitest';
import { idempotencyKeyOf, requestHashOf } from './idempotency.ts';

describe('idempotency keys', () => {
  it('hash the same request alike whatever the key order, and any difference apart', () => {
    const a = requestHashOf('post', '/api/v1/x', { b: 1, a: { d: [1, 2], c: null } });
    expect(requestHashOf('POST', '/api/v1/x', { a: { c: null, d: [1, 2] }, b: 1 })).toBe(a);
    expect(requestHashOf('POST', '/api/v1/x', { a: { c: null, d: [2, 1] }, b: 1 })).not.toBe(a);
    expect(requestHashOf('POST', '/api/v1/y', { b: 1, a: { d: [1, 2], c: null } })).not.toBe(a);
  });

  it('accept 1–255 visible ASCII characters and refuse anything else', () => {
    expect(idempotencyKeyOf(undefined)).toBeNull();
    expect(idempotencyKeyOf('3f1c-uuid')).toBe('3f1c-uuid');
    for (const bad of ['', 'x'.repeat(256), 'has space', 'ünïcode']) {
      expect(() => idempotencyKeyOf(bad)).toThrow(expect.objectContaining({ appCode: 'invalid_idempotency_key' }));
    }
  });
});
