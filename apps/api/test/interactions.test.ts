import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRICKLY, WARM } from './fixtures.ts';
import { signUp, startApi, type ApiClient, type RunningApi } from '../testing/harness.ts';

let api: RunningApi;
let client: ApiClient;
let close: () => void;
beforeAll(async () => {
  api = await startApi();
  ({ client, close } = await signUp(api.url, 'director'));
});
afterAll(async () => {
  close?.();
  await api?.stop();
});

async function cast(names: string[]) {
  const eco = await client.ecosystems.create.mutate({ name: `Stage ${names.join(' ')}` });
  const characters = [];
  for (const [i, name] of names.entries()) {
    characters.push(
      await client.characters.create.mutate({
        ecosystemId: eco.id,
        name,
        personality: i % 2 === 0 ? WARM : PRICKLY,
      }),
    );
  }
  return { eco, characters };
}

describe('interactions', () => {
  it("returns the plan's result and updates relationships in both directions", async () => {
    const {
      characters: [ada, bo],
    } = await cast(['Ada', 'Bo']);
    const result = await client.interactions.create.mutate({
      initiatorId: ada!.id,
      targetId: bo!.id,
      type: 'collaboration',
      content: 'Shall we build the bridge together?',
    });
    if (!result.success) throw new Error(`interaction refused: ${result.message}`);
    expect(result.response.length).toBeGreaterThan(0);
    expect(result.relationshipChange.forward).toMatchObject({ fromId: ada!.id, toId: bo!.id });

    const between = await client.relationships.between.query({ aId: ada!.id, bId: bo!.id });
    expect(between.aToB?.interactionCount).toBe(1);
    expect(between.bToA?.interactionCount).toBe(1);
    expect(between.aToB?.strength).toBeCloseTo(result.relationshipChange.forward.newStrength, 3);

    const ofAda = await client.relationships.byCharacter.query({ characterId: ada!.id });
    expect(ofAda.map((r) => `${r.fromName}->${r.toName}`).sort()).toEqual(['Ada->Bo', 'Bo->Ada']);
    const history = await client.relationships.history.query({ fromId: ada!.id, toId: bo!.id });
    expect(history.at(-1)?.strength).toBeCloseTo(result.relationshipChange.forward.newStrength, 3);
  });

  it('is reflected in the dashboard and the graph', async () => {
    const {
      eco,
      characters: [ada, bo, cy],
    } = await cast(['Ada', 'Bo', 'Cy']);
    await client.interactions.create.mutate({
      initiatorId: ada!.id,
      targetId: bo!.id,
      type: 'greeting',
      content: 'Hello Bo!',
    });

    const dashboard = await client.ecosystems.dashboard.query({ id: eco.id });
    expect(dashboard.stats).toMatchObject({ characters: 3, relationships: 1, activeConversations: 1 });
    expect(dashboard.eventsPerMinute.series).toHaveLength(15);
    // 3 character_created + the interaction's 5 events, all within the last minute.
    expect(dashboard.eventsPerMinute.current).toBe(8);
    expect(Object.values(dashboard.moodDistribution).reduce((a, b) => a + b, 0)).toBe(3);
    expect(dashboard.strongestTies.map((t) => [t.fromName, t.toName]).sort()).toEqual([
      ['Ada', 'Bo'],
      ['Bo', 'Ada'],
    ]);
    expect(dashboard.mostConnected.map((c) => c.name).sort()).toEqual(['Ada', 'Bo']);

    const graph = await client.ecosystems.graph.query({ id: eco.id });
    expect(graph.nodes).toHaveLength(3);
    expect(graph.nodes.find((n) => n.id === cy!.id)?.degree).toBe(0);
    expect(graph.nodes.find((n) => n.id === ada!.id)?.degree).toBe(1);
    expect(graph.edges.map((e) => `${e.source}->${e.target}`).sort()).toEqual(
      [`${ada!.id}->${bo!.id}`, `${bo!.id}->${ada!.id}`].sort(),
    );
  });

  it('answers an infeasible exchange with success:false and a reason, writing nothing', async () => {
    const {
      eco,
      characters: [ada, bo],
    } = await cast(['Ada', 'Bo']);
    await client.interactions.create.mutate({ initiatorId: ada!.id, targetId: bo!.id, type: 'chat', content: 'Hi.' });
    const before = await client.ecosystems.get.query({ id: eco.id });
    const again = await client.interactions.create.mutate({ initiatorId: bo!.id, targetId: ada!.id, type: 'chat' });
    expect(again).toMatchObject({ success: false, reason: 'cooldown' });
    expect((await client.ecosystems.get.query({ id: eco.id })).lastSeq).toBe(before.lastSeq);
    expect((await client.interactions.list.query({ ecosystemId: eco.id })).items).toHaveLength(1);
  });

  it('pages through the history newest first', async () => {
    const {
      eco,
      characters: [ada, bo, cy],
    } = await cast(['Ada', 'Bo', 'Cy']);
    await client.interactions.create.mutate({ initiatorId: ada!.id, targetId: bo!.id, type: 'chat', content: 'One.' });
    await new Promise((r) => setTimeout(r, 5));
    await client.interactions.create.mutate({ initiatorId: ada!.id, targetId: cy!.id, type: 'chat', content: 'Two.' });
    const first = await client.interactions.list.query({ ecosystemId: eco.id, limit: 1 });
    expect(first.items.map((i) => i.content)).toEqual(['Two.']);
    const second = await client.interactions.list.query({ ecosystemId: eco.id, limit: 1, before: first.nextBefore });
    expect(second.items.map((i) => i.content)).toEqual(['One.']);
    const onlyCy = await client.interactions.list.query({ ecosystemId: eco.id, characterId: cy!.id });
    expect(onlyCy.items.map((i) => i.content)).toEqual(['Two.']);
  });
});
