import { describe, expect, it } from 'vitest';
import { trpcHttpUrl, trpcWsUrl } from './urls.ts';

describe('tRPC endpoint URLs', () => {
  it('append /trpc to the API base URL, with or without a trailing slash or /trpc already there', () => {
    for (const base of ['http://localhost:4000', 'http://localhost:4000/', 'http://localhost:4000/trpc']) {
      expect(trpcHttpUrl(base)).toBe('http://localhost:4000/trpc');
    }
  });

  it('switch http to ws and https to wss for the live connection', () => {
    expect(trpcWsUrl('http://localhost:4000')).toBe('ws://localhost:4000/trpc');
    expect(trpcWsUrl('https://ensemble.example.com/api/')).toBe('wss://ensemble.example.com/api/trpc');
  });
});
