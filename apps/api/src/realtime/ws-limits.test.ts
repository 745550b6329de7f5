import { describe, expect, it } from 'vitest';
import { WsLimits } from './ws-limits.ts';

describe('WsLimits', () => {
  it('gives a principal at most its cap of connections and frees a slot on release, once', () => {
    const limits = new WsLimits(null, { maxConnectionsPerPrincipal: 2 });
    const first = limits.acquireConnection('user:a');
    const second = limits.acquireConnection('user:a');
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    expect(limits.acquireConnection('user:a')).toBeNull();
    expect(limits.acquireConnection('user:b')).not.toBeNull();
    first?.();
    first?.();
    expect(limits.openConnections('user:a')).toBe(1);
    expect(limits.acquireConnection('user:a')).not.toBeNull();
    expect(limits.acquireConnection('user:a')).toBeNull();
  });

  it('limits messages per connection and per principal across its connections', async () => {
    const limits = new WsLimits(null, { messagesPerConnection: 3, messagesPerPrincipal: 5, windowSeconds: 60 });
    const results: boolean[] = [];
    for (let i = 0; i < 4; i += 1) results.push(await limits.allowMessage('c1', 'user:a'));
    expect(results).toEqual([true, true, true, false]);
    // c1's refused message did not count for the principal: three of its five are spent. c2 has its
    // own connection budget, but only two principal messages are left.
    expect(await limits.allowMessage('c2', 'user:a')).toBe(true);
    expect(await limits.allowMessage('c2', 'user:a')).toBe(true);
    expect(await limits.allowMessage('c2', 'user:a')).toBe(false);
    expect(await limits.allowMessage('c3', 'user:b')).toBe(true);
  });
});
