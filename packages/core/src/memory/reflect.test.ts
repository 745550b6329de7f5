import { describe, expect, it } from 'vitest';
import type { Memory } from '../model.ts';
import { summariseConversation } from './conversation-summary.ts';
import { REFLECTION_IMPORTANCE_THRESHOLD, REFLECTION_MIN_IMPORTANCE } from './constants.ts';
import { formReflection, reflectionDue } from './reflect.ts';
import { retrieveMemories } from './retrieve.ts';

const HOUR = 3_600_000;
let n = 0;
const memory = (over: Partial<Memory>): Memory => ({
  id: `m${n++}`,
  ecosystemId: 'e',
  characterId: 'mara',
  aboutId: 'bram',
  content: 'Bram argued with me: “You sold the crate to the smugglers.” I said: “I did no such thing.”',
  valence: -0.7,
  importance: 0.8,
  createdAt: 0,
  kind: 'observation',
  ...over,
});
const names: Record<string, string> = { bram: 'Bram', ysolde: 'Ysolde' };
const nameOf = (id: string) => names[id] ?? null;

describe('reflectionDue', () => {
  it('waits until the importance since the last reflection reaches the threshold, and counts nothing before it', () => {
    const each = 0.8;
    const needed = Math.ceil(REFLECTION_IMPORTANCE_THRESHOLD / each);
    const run = Array.from({ length: needed }, () => memory({ importance: each }));
    expect(reflectionDue(run.slice(1))).toBeNull();
    expect(reflectionDue(run)).toHaveLength(needed);
    // A reflection formed after the run: the same run behind it no longer counts.
    expect(reflectionDue([memory({ importance: each }), memory({ kind: 'reflection' }), ...run])).toBeNull();
  });
});

describe('formReflection', () => {
  it('distils a run of sore memories about Bram into "I distrust Bram since …", marked as a reflection', () => {
    const run = [
      memory({ importance: 0.9 }),
      memory({ aboutId: 'ysolde', content: 'Ysolde chatted with me. I said: “Hello.”', valence: 0.4, importance: 0.3 }),
      ...Array.from({ length: 7 }, () => memory({ importance: 0.7, content: 'Bram argued with me. I said: “No.”' })),
    ];
    const reflection = formReflection({
      id: 'r1',
      ecosystemId: 'e',
      characterId: 'mara',
      memories: run,
      nameOf,
      createdAt: 5 * HOUR,
    });
    expect(reflection).toEqual({
      id: 'r1',
      ecosystemId: 'e',
      characterId: 'mara',
      aboutId: 'bram',
      content: 'I distrust Bram since Bram argued with me, “You sold the crate to the smugglers”.',
      valence: expect.closeTo(-0.7, 9),
      importance: 0.9,
      createdAt: 5 * HOUR,
      kind: 'reflection',
    });
  });

  it('warms to someone the memories are kind about, and forms none about nobody named', () => {
    const warm = formReflection({
      id: 'r',
      ecosystemId: 'e',
      characterId: 'mara',
      memories: [memory({ valence: 0.6, importance: 0.2, content: 'Bram thanked me.' })],
      nameOf,
      createdAt: 0,
    });
    expect(warm).toMatchObject({
      content: 'I trust Bram since Bram thanked me.',
      importance: REFLECTION_MIN_IMPORTANCE,
    });
    const nobody = formReflection({
      id: 'r',
      ecosystemId: 'e',
      characterId: 'mara',
      memories: [memory({ aboutId: null }), memory({ aboutId: 'gone' })],
      nameOf,
      createdAt: 0,
    });
    expect(nobody).toBeNull();
  });

  it('is returned by retrieval among everyday memories when the talk turns to Bram', () => {
    const everyday = Array.from({ length: 10 }, (_, i) =>
      memory({
        aboutId: i % 2 === 0 ? 'ysolde' : null,
        content: `I mended the nets on day ${i}.`,
        valence: 0.1,
        importance: 0.3,
        createdAt: i * HOUR,
      }),
    );
    const reflection = formReflection({
      id: 'r',
      ecosystemId: 'e',
      characterId: 'mara',
      memories: [memory({ createdAt: 0 })],
      nameOf,
      createdAt: 0,
    })!;
    const recalled = retrieveMemories(
      [...everyday, reflection],
      { now: 10 * HOUR, aboutId: 'bram', text: 'the quay' },
      3,
    );
    expect(recalled[0]).toBe(reflection);
  });
});

describe('summariseConversation', () => {
  it('says with whom, about what, how it went and how it ended, as a summary memory', () => {
    const summary = summariseConversation({
      id: 's',
      ecosystemId: 'e',
      characterId: 'mara',
      others: [
        { id: 'bram', name: 'Bram', strength: -0.5 },
        { id: 'ysolde', name: 'Ysolde', strength: 0.1 },
      ],
      topic: 'the missing crate',
      ending: 'farewell',
      createdAt: 7,
    });
    expect(summary).toMatchObject({
      characterId: 'mara',
      aboutId: null,
      kind: 'summary',
      content: 'I talked with Bram and Ysolde about the missing crate; it went stiffly, and we said our goodbyes.',
      createdAt: 7,
    });
    expect(summary!.valence).toBeCloseTo(-0.2);
    expect(summary!.importance).toBeCloseTo(0.4);
    const alone = summariseConversation({
      ...{ id: 's', ecosystemId: 'e', characterId: 'mara' },
      others: [],
      topic: '',
      ending: 'exhausted',
      createdAt: 0,
    });
    expect(alone).toBeNull();
  });
});
