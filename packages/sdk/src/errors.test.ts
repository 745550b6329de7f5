import { describe, expect, it } from 'vitest';
import { EnsembleError } from './errors.ts';

describe('EnsembleError.from', () => {
  it('keeps the server appCode and plain message, and marks client errors as not retryable', () => {
    const e = EnsembleError.from({ message: 'Name is too long.', data: { appCode: 'invalid_input', httpStatus: 400 } });
    expect(e).toMatchObject({ code: 'invalid_input', message: 'Name is too long.', retryable: false, httpStatus: 400 });
  });

  it('marks rate limiting and server unavailability as retryable', () => {
    expect(
      EnsembleError.from({ message: 'Slow down.', data: { appCode: 'rate_limited', httpStatus: 429 } }).retryable,
    ).toBe(true);
    expect(
      EnsembleError.from({ message: 'Down.', data: { code: 'SERVICE_UNAVAILABLE', httpStatus: 503 } }),
    ).toMatchObject({
      code: 'service_unavailable',
      retryable: true,
    });
  });

  it('turns a network failure into a retryable network_error', () => {
    const e = EnsembleError.from(new TypeError('fetch failed'));
    expect(e).toMatchObject({ code: 'network_error', retryable: true, httpStatus: null });
  });

  it('unwraps an EnsembleError that a transport wrapped as the cause of its own error', () => {
    const inner = new EnsembleError('invalid_credentials', 'Email or password is incorrect.', false, 401);
    expect(EnsembleError.from(Object.assign(new Error('wrapped'), { cause: inner }))).toBe(inner);
  });

  it('returns an EnsembleError unchanged', () => {
    const original = new EnsembleError('x', 'y', false);
    expect(EnsembleError.from(original)).toBe(original);
  });
});
