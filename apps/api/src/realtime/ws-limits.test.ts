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

  it('counts a handshake for its connection only: many sockets from one address can each authenticate', async () => {
    const limits = new WsLimits(null, { messagesPerConnection: 2, messagesPerPrincipal: 3, windowSeconds: 60 });
    for (let c = 0; c < 10; c += 1) expect(await limits.allowHandshake(`c${c}`)).toBe(true);
    // The address's own budget is untouched by those ten handshakes...
    expect(await limits.allowMessage('c0', 'ip:10.0.0.1')).toBe(true);
    expect(await limits.allowMessage('c1', 'ip:10.0.0.1')).toBe(true);
    expect(await limits.allowMessage('c2', 'ip:10.0.0.1')).toBe(true);
    expect(await limits.allowMessage('c3', 'ip:10.0.0.1')).toBe(false);
    // ...while the handshake still counts against its connection's own budget.
    expect(await limits.allowMessage('c9', 'user:z')).toBe(true);
    expect(await limits.allowMessage('c9', 'user:z')).toBe(false);
  });
});
