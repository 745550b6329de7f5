import { jsonEncoder } from '@trpc/server/adapters/ws';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedJsonEncoder } from './shared-json-encoder.ts';

const event = fc.record({
  id: fc.uuid(),
  ecosystemId: fc.string(),
  seq: fc.nat(),
  type: fc.constantFrom('character_interaction', 'relationship_changed'),
  timestamp: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  data: fc.jsonValue(),
  extra: fc.option(fc.string(), { nil: undefined }),
});

/** A tRPC data message as the ws adapter builds it for a tracked item. */
function dataMessage(id: unknown, payload: unknown, trackedId: string) {
  return { id, jsonrpc: '2.0', result: { type: 'data', data: { id: trackedId, data: payload }, id: trackedId } };
}

describe('sharedJsonEncoder', () => {
  it('writes exactly what the JSON encoder writes, for single events, runs and anything else', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.string()),
        fc.oneof(event, fc.array(event, { minLength: 1, maxLength: 6 }), fc.jsonValue()),
        fc.nat().map(String),
        (id, payload, trackedId) => {
          const message = dataMessage(id, payload, trackedId);
          expect(sharedJsonEncoder.encode(message)).toBe(jsonEncoder.encode(message));
        },
      ),
    );
    for (const other of [{ id: 1, result: { type: 'started' } }, { id: 2, error: { message: 'no' } }, 'PONG', null]) {
      expect(sharedJsonEncoder.encode(other)).toBe(jsonEncoder.encode(other));
    }
  });

  it('stringifies a shared event once however many subscribers it goes to', () => {
    const shared = { id: 'e1', ecosystemId: 'eco', seq: 7, type: 'character_interaction', data: { line: 'Hi' } };
    let reads = 0;
    const counted = new Proxy(shared, {
      get: (target, key, receiver) => {
        if (key === 'data') reads += 1;
        return Reflect.get(target, key, receiver);
      },
    });
    const outputs = Array.from({ length: 50 }, (_, subscriber) =>
      sharedJsonEncoder.encode(dataMessage(subscriber, [counted], '7')),
    );
    expect(outputs[49]).toBe(jsonEncoder.encode(dataMessage(49, [shared], '7')));
    // JSON.stringify reads `data` once per stringify; the encoder looked at it once, not 50 times.
    expect(reads).toBe(1);
  });

  it('keeps the payload in place even when the client picks the placeholder-looking id', () => {
    const run = [{ id: 'e1', ecosystemId: 'eco', seq: 1, type: 'x' }];
    const sneaky = '\u0000ensemble-shared-json:00000000-0000-0000-0000-000000000000';
    const message = dataMessage(sneaky, run, '1');
    expect(JSON.parse(sharedJsonEncoder.encode(message) as string)).toEqual(message);
  });

  it('decodes like the JSON encoder', () => {
    expect(sharedJsonEncoder.decode('{"id":1,"method":"subscription"}')).toEqual({ id: 1, method: 'subscription' });
  });
});
