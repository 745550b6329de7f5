import { describe, expect, it } from 'vitest';
import { createRandom } from '../../random/index.ts';
import { sceneFactsOf } from '../scene/facts.ts';
import { composeActLine } from './compose-act.ts';
import type { DialogueAct } from '../../conversations/acts.ts';
import type { BigFive } from '../../model.ts';
import type { Manner } from './social.ts';

const EVEN: BigFive = {
  openness: 0.5,
  conscientiousness: 0.5,
  extraversion: 0.5,
  agreeableness: 0.5,
  neuroticism: 0.5,
};

/** 300 lines of an act by one speaker to Mara, in a harbour at dusk (or `setting`). */
function lines(act: DialogueAct, manner: Manner, personality = EVEN, setting = 'the harbour quay at dusk'): string[] {
  const facts = sceneFactsOf(setting);
  return Array.from(
    { length: 300 },
    (_, i) =>
      composeActLine({
        act,
        topic: 'the lanterns',
        facts,
        name: 'Mara',
        incoming: null,
        random: createRandom(i + 1),
        used: new Set(),
        speaker: { name: 'Bram', personality },
        manner,
      }).text,
  );
}
const some = (ls: string[], re: RegExp) => ls.filter((l) => re.test(l)).length;

describe('set phrases said in the speaker manner', () => {
  it('greets a close friend as "my dear" or "old friend" and a rival curtly, never the other way round', () => {
    const close = lines('greet', { bond: 'close', energy: 0.6, pleasure: 0 });
    const rival = lines('greet', { bond: 'cool', energy: 0.6, pleasure: 0 });
    const fond = /my dear|old friend|you rogue/;
    const curt = /You again|I suppose|did not expect you/;
    expect(some(close, fond)).toBeGreaterThan(20);
    expect(some(rival, fond)).toBe(0);
    expect(some(rival, curt)).toBeGreaterThan(20);
    expect(some(close, curt)).toBe(0);
  });

  it('says it is tired only when it is, and minds the hour: no daylight excuses at dusk', () => {
    const tired = lines('farewell', { bond: 'friendly', energy: 0.1, pleasure: 0 });
    const fresh = lines('farewell', { bond: 'friendly', energy: 0.9, pleasure: 0 });
    const worn = /Bed for me|my bed is calling|[Dd]one in|asleep on my feet|feet have had enough/;
    expect(some(tired, worn)).toBeGreaterThan(5);
    expect(some(fresh, worn)).toBe(0);
    for (const l of [...tired, ...fresh]) expect(l).not.toMatch(/still light|day is young/);
  });

  it('laughs as its temper has it: a lively speaker exclaims, a quiet one chuckles', () => {
    const lively = lines('laugh', { bond: 'friendly', energy: 0.6, pleasure: 0 }, { ...EVEN, extraversion: 0.9 });
    const quiet = lines('laugh', { bond: 'friendly', energy: 0.6, pleasure: 0 }, { ...EVEN, extraversion: 0.1 });
    expect(some(lively, /Hahaha|my sides|that is wonderful/)).toBeGreaterThan(10);
    expect(some(quiet, /Hahaha|my sides|that is wonderful/)).toBe(0);
    expect(some(quiet, /Heh|rather good/)).toBeGreaterThan(10);
  });

  it('keeps the capital of a person about when an opener comes before their name ("Well, Nadia mended …")', () => {
    const facts = sceneFactsOf('the harbour quay at dusk');
    const texts = Array.from(
      { length: 400 },
      (_, i) =>
        composeActLine({
          act: 'inform',
          topic: 'the lanterns',
          facts,
          name: 'Mara',
          incoming: null,
          random: createRandom(i + 1),
          used: new Set(),
          speaker: { name: 'Bram', personality: EVEN },
          others: ['Nadia'],
        }).text,
    );
    expect(some(texts, /, Nadia [a-z]+ed\b/)).toBeGreaterThan(0);
    for (const t of texts) expect(t).not.toMatch(/\bnadia\b/);
  });

  it('replays: the same random gives the same line', () => {
    const m: Manner = { bond: 'known', energy: 0.5, pleasure: 0.4 };
    expect(lines('thank', m)).toEqual(lines('thank', m));
  });
});
