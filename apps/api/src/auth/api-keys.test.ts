import { describe, expect, it } from 'vitest';
import { apiKeyKindOf, canonicalOrigin, generateApiKey, hashApiKey } from './api-keys.ts';
import { credentialKindOf } from './authentication.ts';

describe('API keys', () => {
  it('are 256-bit random with a kind prefix, stored as a SHA-256 and shown by a short prefix', () => {
    const a = generateApiKey('secret');
    const b = generateApiKey('secret');
    expect(a.key).toMatch(/^ens_sk_[A-Za-z0-9_-]{43}$/);
    expect(generateApiKey('publishable').key).toMatch(/^ens_pk_/);
    expect(a.key).not.toBe(b.key);
    expect(a.keyHash).toBe(hashApiKey(a.key));
    expect(a.keyHash).not.toContain(a.key.slice(7));
    expect(a.key.startsWith(a.prefix)).toBe(true);
    expect(a.prefix.length).toBeLessThan(16);
  });

  it('tell credentials apart by their form', () => {
    expect(apiKeyKindOf('ens_sk_x')).toBe('secret');
    expect(apiKeyKindOf('ens_pk_x')).toBe('publishable');
    expect(apiKeyKindOf('eyJhbGciOi')).toBeNull();
    expect(credentialKindOf('ens_sk_x')).toBe('secret_key');
    expect(credentialKindOf('not a jwt')).toBe('access_token');
  });
});

describe('canonicalOrigin', () => {
  it.each([
    ['https://Shop.Example', 'https://shop.example'],
    ['https://shop.example/', 'https://shop.example'],
    ['https://shop.example:443', 'https://shop.example'],
    ['http://localhost:5173', 'http://localhost:5173'],
  ])('reads %s as %s', (text, origin) => {
    expect(canonicalOrigin(text)).toBe(origin);
  });

  it.each([
    'shop.example',
    'https://shop.example/app',
    'https://shop.example?x=1',
    'ftp://shop.example',
    'https://u:p@shop.example',
    '*',
  ])('refuses %s', (text) => {
    expect(canonicalOrigin(text)).toBeNull();
  });
});
