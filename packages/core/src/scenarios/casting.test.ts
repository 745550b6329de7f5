import { describe, expect, it } from 'vitest';
import { character } from '../interactions/test-support.ts';
import type { InteractionType, Relationship, ScenarioMood } from '../model.ts';
import { randomFor } from '../random/index.ts';
import { newRelationship } from '../relationships/index.ts';
import { chooseInteractionType, eagerness, objectivePull, speakerOrder, targetOrder } from './casting.ts';
import { mentionedIn } from './mentions.ts';

const speaker = character('ada', 'Ada');
const known = (strength: number): Relationship => ({
  ...newRelationship('eco', 'ada', 'bo'),
  strength,
  interactionCount: 5,
});

function typeShares(mood: ScenarioMood, objectives: string[], view: Relationship | null = known(0)) {
  const counts: Record<InteractionType, number> = { greeting: 0, chat: 0, collaboration: 0, conflict: 0 };
  for (let i = 0; i < 2000; i++)
    counts[chooseInteractionType(speaker, view, mood, objectivePull(objectives), randomFor(1, i))] += 1;
  return counts;
}

describe('chooseInteractionType', () => {
  it('greets someone the speaker has never dealt with', () => {
    expect(typeShares('hostile', ['win'], null)).toEqual({ greeting: 2000, chat: 0, collaboration: 0, conflict: 0 });
    expect(typeShares('calm', [], { ...known(0), interactionCount: 0 }).greeting).toBe(2000);
  });

  it('objectives about building and solving pull toward collaboration; winning and accusing toward conflict', () => {
    const neutral = typeShares('calm', []);
    const building = typeShares('calm', ['build the bridge together', 'solve the riddle']);
    const fighting = typeShares('calm', ['win the argument', 'accuse the thief']);
    expect(building.collaboration).toBeGreaterThan(neutral.collaboration * 1.5);
    expect(fighting.conflict).toBeGreaterThan(neutral.conflict * 1.5);
  });

  it('a hostile mood and a rivalry make conflict likelier; a strong tie makes collaboration likelier', () => {
    expect(typeShares('hostile', []).conflict).toBeGreaterThan(typeShares('calm', []).conflict * 2);
    expect(typeShares('calm', [], known(-0.6)).conflict).toBeGreaterThan(typeShares('calm', [], known(0)).conflict * 2);
    expect(typeShares('calm', [], known(0.7)).collaboration).toBeGreaterThan(
      typeShares('calm', [], known(0)).collaboration * 1.5,
    );
  });
});

describe('speakerOrder', () => {
  it('puts addressed participants first, oldest first, then everyone else once', () => {
    const cast = ['a', 'b', 'c', 'd'].map((id) => character(id, id));
    const order = speakerOrder(cast, ['c', 'ghost', 'b'], randomFor(3)).map((c) => c.id);
    expect(order.slice(0, 2)).toEqual(['c', 'b']);
    expect([...order].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('favours talkative, rested characters', () => {
    const chatty = character('chatty', 'Chatty', { personality: { ...speaker.personality, extraversion: 0.95 } });
    const shy = character('shy', 'Shy', { personality: { ...speaker.personality, extraversion: 0.05 } });
    const drained = character('drained', 'Drained', { personality: chatty.personality, energy: 0.2 });
    expect(eagerness(chatty)).toBeGreaterThan(eagerness(shy));
    expect(eagerness(chatty)).toBeGreaterThan(eagerness(drained));
    let chattyFirst = 0;
    for (let i = 0; i < 500; i++)
      if (speakerOrder([shy, chatty, drained], [], randomFor(9, i))[0] === chatty) chattyFirst += 1;
    expect(chattyFirst).toBeGreaterThan(250);
  });
});

describe('targetOrder', () => {
  const others = ['bo', 'cy', 'dee'].map((id) => character(id, id));
  const views = (strengths: Record<string, number>) => (toId: string) => ({ ...known(strengths[toId] ?? 0), toId });

  it("puts the last pair's partner last", () => {
    for (let i = 0; i < 50; i++) {
      expect(targetOrder(speaker, others, views({}), 'calm', ['bo', 'ada'], randomFor(2, i)).at(-1)!.id).toBe('bo');
    }
  });

  it('seeks out rivals only in tense or hostile scenes', () => {
    const firstPicks = (mood: ScenarioMood) => {
      let rival = 0;
      for (let i = 0; i < 600; i++)
        if (targetOrder(speaker, others, views({ cy: -0.9 }), mood, [], randomFor(4, i))[0]!.id === 'cy') rival += 1;
      return rival;
    };
    expect(firstPicks('hostile')).toBeGreaterThan(firstPicks('calm') * 2);
  });
});

describe('mentionedIn', () => {
  const cast = [
    { id: 'r', name: 'Rosa' },
    { id: 'a', name: 'Ada Quill' },
    { id: 'j1', name: 'Jo Park' },
    { id: 'j2', name: 'Jo Lee' },
  ];

  it('finds names on word boundaries, in order of mention, by full or unique first name', () => {
    expect(mentionedIn("Ada, ask Rosa's brother.", cast)).toEqual(['a', 'r']);
    expect(mentionedIn('Rosalind and rosary and ADA', cast)).toEqual([]);
    expect(mentionedIn('Jo, and Jo Lee too', cast)).toEqual(['j2']);
  });
});
