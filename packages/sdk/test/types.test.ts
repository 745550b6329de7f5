/**
 * Type tests: the SDK's types come from the API's router, so right calls compile with the right
 * results and wrong calls do not compile. Checked by `tsc -p packages/sdk/tsconfig.json` (an unused
 * `@ts-expect-error` is itself an error); vitest runs the file to make sure it loads.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  createEnsembleClient,
  EnsembleError,
  isEventOfType,
  type Character,
  type ConnectionStatus,
  type EcosystemEvent,
  type EcosystemHandle,
  type EnsembleClient,
  type EventSubscription,
  type Scenario,
} from '../src/index.ts';

const client: EnsembleClient = createEnsembleClient({ url: 'http://127.0.0.1:9' });
const eco: EcosystemHandle = client.ecosystem('eco-1');
const personality = { openness: 0.5, conscientiousness: 0.5, extraversion: 0.5, agreeableness: 0.5, neuroticism: 0.5 };

/** Never called: each line below must fail to compile. */
export function wrongCalls(): void {
  // @ts-expect-error url is required
  createEnsembleClient({});
  // @ts-expect-error email without password is not an auth mode
  createEnsembleClient({ url: 'u', auth: { email: 'a@example.com' } });
  // @ts-expect-error an API key is a string
  createEnsembleClient({ url: 'u', auth: { apiKey: 42 } });
  // @ts-expect-error name must be a string
  void client.ecosystems.create({ name: 1 });
  // @ts-expect-error name is required
  void client.ecosystems.create({ description: 'no name' });
  // @ts-expect-error unknown fields are refused
  void client.ecosystems.update('id', { colour: 'blue' });
  // @ts-expect-error ids are strings
  void client.ecosystems.get(7);
  // @ts-expect-error a character needs a personality
  void eco.characters.create({ name: 'Ada' });
  // @ts-expect-error traits are numbers
  void eco.characters.create({ name: 'Ada', personality: { ...personality, openness: 'high' } });
  // @ts-expect-error 'hug' is not an interaction type
  void eco.interact({ initiatorId: 'a', targetId: 'b', type: 'hug' });
  // @ts-expect-error 'sleepy' is not a scenario mood
  void eco.scenarios.start({ title: 'Night', mood: 'sleepy' });
  // @ts-expect-error the message is a string
  void eco.scenarios.intervene('s1', { message: 1 });
  // @ts-expect-error relationships.between takes two ids
  void eco.relationships.between('a');
  // @ts-expect-error fromSeq is a number
  eco.events.subscribe({ onEvent: () => undefined, fromSeq: '3' });
  // @ts-expect-error events are objects, not strings
  eco.events.subscribe({ onEvent: (event: string) => event });
  // @ts-expect-error the escape hatch is typed too
  void client.trpc.ecosystems.get.query({ id: 1 });
  // @ts-expect-error no such procedure
  void client.trpc.ecosystems.explode.mutate({ id: 'x' });
}

describe('SDK types', () => {
  it('derive results from the API router', () => {
    expectTypeOf(client.ecosystems.get).returns.resolves.toHaveProperty('lastSeq').toEqualTypeOf<number>();
    expectTypeOf(eco.characters.create).returns.resolves.toEqualTypeOf<Character>();
    expectTypeOf<Character['personality']['openness']>().toEqualTypeOf<number>();
    expectTypeOf(eco.scenarios.pause).returns.resolves.toEqualTypeOf<Scenario>();
    expectTypeOf<Scenario['status']>().toEqualTypeOf<'running' | 'paused' | 'ended'>();
    expectTypeOf(eco.relationships.of).returns.resolves.items.toHaveProperty('fromName').toEqualTypeOf<string>();
    expectTypeOf(eco.scenarios.transcript)
      .returns.resolves.toHaveProperty('nextAfterSeq')
      .toEqualTypeOf<number | null>();
    expectTypeOf(client.status).toEqualTypeOf<ConnectionStatus>();
    expectTypeOf<ConnectionStatus>().toEqualTypeOf<'idle' | 'connecting' | 'open' | 'reconnecting' | 'closed'>();
    expect(client.status).toBe('idle');
  });

  it('narrow an interaction result on success', async () => {
    type Result = Awaited<ReturnType<EcosystemHandle['interact']>>;
    const check = (result: Result) => {
      if (result.success) expectTypeOf(result.response).toEqualTypeOf<string>();
      else expectTypeOf(result.reason).toBeString();
    };
    expect(typeof check).toBe('function');
  });

  it('type live events and their data by event type', () => {
    expectTypeOf(eco.events.subscribe).returns.toEqualTypeOf<EventSubscription>();
    expectTypeOf(eco.events.stream()).toEqualTypeOf<AsyncIterable<EcosystemEvent>>();
    const onEvent = (event: EcosystemEvent) => {
      expectTypeOf(event.seq).toEqualTypeOf<number>();
      if (isEventOfType(event, 'relationship_changed')) expectTypeOf(event.data.strength_delta).toEqualTypeOf<number>();
    };
    expect(typeof onEvent).toBe('function');
  });

  it('type errors with a code, a message and whether a retry may help', () => {
    expectTypeOf<EnsembleError['code']>().toBeString();
    expectTypeOf<EnsembleError['retryable']>().toEqualTypeOf<boolean>();
    expectTypeOf<EnsembleError['httpStatus']>().toEqualTypeOf<number | null>();
    client.close();
    expect(client.status).toBe('closed');
  });
});
