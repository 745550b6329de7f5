import {
  characterCreatedEvent,
  characterDeletedEvent,
  characterUpdatedEvent,
  relationshipChangedEvent,
  type Character,
  type EcosystemEvent,
  type EventDraft,
  type GraphCharacter,
  type Relationship,
  type SocialGraph,
} from '@ensemble/core';
import { describe, expect, it } from 'vitest';
import { askEverything } from '../graph-answers.ts';
import { randomSocialWorld } from '../random-social-world.ts';
import { applyEventsToGraph, rebuildGraph } from '../sync.ts';
import { newScope } from './fixtures.ts';

const T0 = 1_700_000_000_000;
const noLookup = async () => null;

/** Contract: the graph follows the event stream, and a rebuild from the store lands on the same graph. */
export function describeSync(graph: () => SocialGraph): void {
  describe('sync and rebuild', () => {
    it('follows character_created, character_updated, character_deleted and relationship_changed events', async () => {
      const s = newScope();
      const [a, b, c] = ['a', 'b', 'c'].map((n) => s.character(n)) as [GraphCharacter, GraphCharacter, GraphCharacter];
      const stream = new EventStream();
      stream.push(...[a, b, c].map((x) => characterCreatedEvent(fullCharacter(x), T0)));
      stream.push(
        changed(s.relationship('a', 'b', 0.2)),
        changed(s.relationship('a', 'b', 0.5, { interactionCount: 2 })),
      );
      stream.push(changed(s.relationship('b', 'a', 0.4)), changed(s.relationship('b', 'c', 0.6)));
      stream.push(characterUpdatedEvent(fullCharacter({ ...b, name: 'Bea', active: false }), ['name', 'active'], T0));
      stream.push(characterDeletedEvent(c, T0));
      stream.push({
        type: 'scenario_paused',
        ecosystemId: s.ecosystemId,
        timestamp: new Date(T0).toISOString(),
        data: {},
      });
      await applyEventsToGraph(graph(), stream.events, noLookup);

      expect(await graph().neighbours(a.id)).toEqual([
        {
          id: b.id,
          name: 'Bea',
          direction: 'out',
          strength: 0.5,
          trust: 0.5,
          interactionCount: 2,
          label: 'acquaintance',
        },
        {
          id: b.id,
          name: 'Bea',
          direction: 'in',
          strength: 0.4,
          trust: 0.5,
          interactionCount: 1,
          label: 'acquaintance',
        },
      ]);
      expect((await graph().neighbours(b.id)).map((n) => n.id)).toEqual([a.id, a.id]);
      expect(await graph().mostConnected(s.ecosystemId, 10)).toEqual([
        { id: a.id, degree: 1 },
        { id: b.id, degree: 1 },
      ]);
    });

    it('names a character from the lookup when its snapshot carries no name', async () => {
      const s = newScope();
      const a = s.character('a');
      const created = characterCreatedEvent(fullCharacter(s.character('b')), T0);
      const { name: _dropped, ...nameless } = created.data.character;
      const stream = new EventStream();
      stream.push(characterCreatedEvent(fullCharacter(a), T0), { ...created, data: { character: nameless } });
      stream.push(changed(s.relationship('a', 'b', 0.5)));
      const asked: string[] = [];
      await applyEventsToGraph(graph(), stream.events, async (id) => {
        asked.push(id);
        return 'Looked up';
      });
      expect(asked).toEqual([s.id('b')]);
      expect((await graph().neighbours(a.id)).map((n) => n.name)).toEqual(['Looked up']);
    });

    it('a rebuild from the store replaces a drifted graph with the one the events built', async () => {
      const world = randomSocialWorld(7, 12, 0.35);
      const [renamed, deleted] = world.characters as [GraphCharacter, GraphCharacter];
      const stream = new EventStream();
      stream.push(...world.characters.map((x) => characterCreatedEvent(fullCharacter(x), T0)));
      for (const r of world.relationships) {
        // An earlier value first, so only the latest change may survive.
        stream.push(changed({ ...r, strength: -r.strength, interactionCount: r.interactionCount + 3 }), changed(r));
      }
      stream.push(characterUpdatedEvent(fullCharacter({ ...renamed, name: 'Renamed' }), ['name'], T0));
      stream.push(characterDeletedEvent(deleted, T0));
      await applyEventsToGraph(graph(), stream.events, noLookup);

      const ids = world.characters.map((x) => x.id);
      const pairs = ids.flatMap((a, i) => [1, 2, 5].map((k) => [a, ids[(i + k) % ids.length] as string] as const));
      const fromEvents = await askEverything(graph(), world.ecosystemId, ids, pairs);

      const storedCharacters = world.characters
        .filter((x) => x.id !== deleted.id)
        .map((x) => fullCharacter(x.id === renamed.id ? { ...x, name: 'Renamed' } : x));
      const storedRelationships = world.relationships
        .filter((r) => r.fromId !== deleted.id && r.toId !== deleted.id)
        // A row whose character is gone must be skipped, not turned into a placeholder.
        .concat([
          { ...(world.relationships[0] as Relationship), fromId: renamed.id, toId: `${world.ecosystemId}-gone` },
        ]);
      const store = {
        listCharacters: async () => storedCharacters,
        listRelationships: async () => storedRelationships,
      };

      await graph().upsertRelationship({
        ...(world.relationships[0] as Relationship),
        strength: 0.123,
        interactionCount: 99,
      });
      await graph().upsertCharacter({ ...renamed, name: 'Stale name' });
      expect(await askEverything(graph(), world.ecosystemId, ids, pairs)).not.toEqual(fromEvents);

      await rebuildGraph(graph(), store, world.ecosystemId);
      expect(await askEverything(graph(), world.ecosystemId, ids, pairs)).toEqual(fromEvents);
    });
  });
}

/** Turns drafts into stored events with gap-free seqs. */
class EventStream {
  readonly events: EcosystemEvent[] = [];

  push(...drafts: EventDraft[]): void {
    for (const draft of drafts) {
      const seq = this.events.length + 1;
      this.events.push({ ...draft, id: `event-${seq}`, seq });
    }
  }
}

function changed(r: Relationship): EventDraft {
  return relationshipChangedEvent(
    r,
    {
      fromId: r.fromId,
      toId: r.toId,
      strengthDelta: 0.1,
      trustDelta: 0,
      newStrength: r.strength,
      newTrust: r.trust,
      label: r.label,
    },
    'interaction-1',
    T0,
  );
}

function fullCharacter(c: GraphCharacter): Character {
  return {
    ...c,
    description: '',
    personality: { openness: 0.5, conscientiousness: 0.5, extraversion: 0.5, agreeableness: 0.5, neuroticism: 0.5 },
    mood: { pleasure: 0, arousal: 0, dominance: 0 },
    lastEmotion: null,
    energy: 1,
    stateUpdatedAt: T0,
    createdAt: T0,
  };
}
