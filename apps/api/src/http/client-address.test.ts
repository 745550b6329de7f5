import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address.ts';

const request = (forwardedFor: string | undefined, peer: string | undefined) => ({
  headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  socket: { remoteAddress: peer },
});

describe('clientAddress', () => {
  it('uses the socket peer and ignores X-Forwarded-For unless the proxy is trusted', () => {
    expect(clientAddress(request('6.6.6.6', '::ffff:10.0.0.7'), false)).toBe('10.0.0.7');
  });

  it('behind a trusted proxy takes the entry the proxy appended, never one the client claimed', () => {
    expect(clientAddress(request('6.6.6.6, 203.0.113.9', '127.0.0.1'), true)).toBe('203.0.113.9');
    expect(clientAddress(request(undefined, '127.0.0.1'), true)).toBe('127.0.0.1');
  });

  it('answers null when nothing names the client', () => {
    expect(clientAddress({ headers: {} }, true)).toBeNull();
  });
});
