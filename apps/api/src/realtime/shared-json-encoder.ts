import { randomUUID } from 'node:crypto';
import { jsonEncoder, type Encoder } from '@trpc/server/adapters/ws';

/**
 * tRPC's JSON encoder for the /trpc WebSocket, except that the events a subscription sends are each
 * stringified once per process instead of once per subscriber: the bus hands every subscriber of a node
 * the same event objects, and with 1,000 viewers JSON.stringify of the same run was the largest cost of
 * a fan-out after the socket writes. The output is byte for byte what `jsonEncoder` would write.
 *
 * Only a data message whose tracked payload is an event (an object with a numeric `seq` and a string
 * `ecosystemId`) or an array of them is taken apart; everything else goes to `jsonEncoder` as is.
 * Events are never changed after they are committed, which is what makes the cache safe.
 */
export const sharedJsonEncoder: Encoder = {
  encode(message: unknown): string {
    const shared = sharedPayload(message);
    if (shared === null) return jsonEncoder.encode(message) as string;
    const { envelope, payload } = shared;
    const json = Array.isArray(payload) ? `[${payload.map(eventJson).join(',')}]` : eventJson(payload);
    const text = JSON.stringify(envelope);
    // Only the tracked id (a seq the server wrote) follows the payload in the text, so the last occurrence
    // of the placeholder is the one put there, whatever the client chose as its message id.
    const at = text.lastIndexOf(QUOTED_PLACEHOLDER);
    return text.slice(0, at) + json + text.slice(at + QUOTED_PLACEHOLDER.length);
  },
  decode: (data) => jsonEncoder.decode(data),
};

/** A string no client can guess, standing in for the payload while the rest of the message is stringified. */
const PLACEHOLDER = `\u0000ensemble-shared-json:${randomUUID()}`;
const QUOTED_PLACEHOLDER = JSON.stringify(PLACEHOLDER);

const cache = new WeakMap<object, string>();

function eventJson(event: object): string {
  let json = cache.get(event);
  if (json === undefined) {
    json = JSON.stringify(event);
    cache.set(event, json);
  }
  return json;
}

interface TrackedData {
  id: unknown;
  data: unknown;
}

/** `{…, result: {type: 'data', data: {id, data: <events>}, …}}` with the events swapped for the placeholder. */
function sharedPayload(message: unknown): { envelope: object; payload: object | object[] } | null {
  if (!isRecord(message) || !isRecord(message['result'])) return null;
  const result = message['result'];
  if (result['type'] !== 'data' || !isRecord(result['data']) || !('data' in result['data'])) return null;
  const tracked = result['data'] as unknown as TrackedData;
  const payload = tracked.data;
  const shareable = Array.isArray(payload) ? payload.length > 0 && payload.every(isEvent) : isEvent(payload);
  if (!shareable) return null;
  return {
    envelope: { ...message, result: { ...result, data: { ...tracked, data: PLACEHOLDER } } },
    payload: payload as object | object[],
  };
}

function isEvent(value: unknown): value is object {
  return isRecord(value) && typeof value['seq'] === 'number' && typeof value['ecosystemId'] === 'string';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
