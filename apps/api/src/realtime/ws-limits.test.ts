import { describe, expect, it } from 'vitest';
import { WsLimits } from './ws-limits.ts';

describe('WsLimits', () => {
  it('gives a principal at most its cap of connections and frees a slot on release, once', () => {
    const limits = new WsLimits(null, { maxConnectionsPerPrincipal: 2 });
    const first = limits.acquireConnection('user:a');
    const second = limits.acquireConnection('user:a');
    expect(first).toHaveProperty('release');
    expect(second).toHaveProperty('release');
    expect(limits.acquireConnection('user:a')).toEqual({ refused: 'principal' });
    expect(limits.acquireConnection('user:b')).toHaveProperty('release');
    if (!('release' in first)) throw new Error('unreachable');
    first.release();
    first.release();
    expect(limits.openConnections('user:a')).toBe(1);
    expect(limits.acquireConnection('user:a')).toHaveProperty('release');
    expect(limits.acquireConnection('user:a')).toEqual({ refused: 'principal' });
  });

  it('holds at most maxConnectionsPerNode over every principal, and frees a node slot on release', () => {
    const limits = new WsLimits(null, { maxConnectionsPerPrincipal: 2, maxConnectionsPerNode: 3 });
    const slots = ['widget:1', 'widget:2', 'widget:3'].map((p) => limits.acquireConnection(p));
    expect(slots.every((s) => 'release' in s)).toBe(true);
    expect(limits.openOnNode).toBe(3);
    expect(limits.acquireConnection('widget:4')).toEqual({ refused: 'node' });
    const [one] = slots;
    if (one === undefined || !('release' in one)) throw new Error('unreachable');
    one.release();
    one.release();
    expect(limits.openOnNode).toBe(2);
    expect(limits.acquireConnection('widget:4')).toHaveProperty('release');
    expect(limits.acquireConnection('widget:5')).toEqual({ refused: 'node' });
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
