/** Deterministic sample data for the gallery: a 32-character town with ties, events, a scene and a history. */
import type {
  ChatLineView,
  DashboardView,
  EcosystemEvent,
  EcosystemGraphView,
  GraphEdgeView,
  MoodOctant,
  ParticipantView,
  RelationshipPointView,
} from '../src/index.ts';
import { octantOf } from '../src/index.ts';

const NAMES = [
  'Mara Quill',
  'Theo Brandt',
  'Ivo',
  'Sefa Okonkwo',
  'Lin Wei',
  'Petra Novak',
  'Bartholomew Fitzwilliam-Ashcombe',
  'Ada',
  'Rui Santos',
  'Noor Haddad',
  'Elsie Marsh',
  'Kofi',
  'Hana Sato',
  'Jonas Berg',
  'Oona',
  'Dmitri Volkov',
  'Wren',
  'Amara Diallo',
  'Felix Roth',
  'Ines',
  'Tomasz',
  'Yara Silva',
  'Gus',
  'Priya Raman',
  'Olle',
  'Mina Park',
  'Cass',
  'Leopold the Baker',
  'Zuri',
  'Hugo',
  'Esme Clarke',
  'Rafi',
];

/** A small linear congruential generator: the same numbers every run. */
function generator(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 2 ** 32;
    return s / 2 ** 32;
  };
}

const rand = generator(7);
const between = (lo: number, hi: number) => lo + (hi - lo) * rand();

export const characters: ParticipantView[] = NAMES.map((name, i) => ({
  id: `c${i}`,
  name,
  energy: Math.round(between(0.1, 1) * 100) / 100,
  mood: { pleasure: between(-0.7, 0.8), arousal: between(-0.6, 0.7), dominance: between(-0.5, 0.6) },
  emotion: (['joy', 'hope', 'gratitude', 'distress', 'anger', 'fear', 'pride', null] as const)[i % 8] ?? null,
  active: i % 11 !== 10,
}));

const edges: GraphEdgeView[] = [];
for (let i = 0; i < NAMES.length; i += 1) {
  const ties = 1 + Math.floor(rand() * 3);
  for (let t = 0; t < ties; t += 1) {
    const j = (i + 1 + Math.floor(rand() * 6)) % NAMES.length;
    if (edges.some((e) => e.source === `c${i}` && e.target === `c${j}`)) continue;
    const strength = Math.round(between(-0.9, 0.95) * 100) / 100;
    edges.push({
      source: `c${i}`,
      target: `c${j}`,
      strength,
      trust: Math.round(between(0, 1) * 100) / 100,
      interactionCount: 1 + t,
      label: strength > 0.5 ? 'friend' : strength < -0.4 ? 'rival' : 'acquaintance',
    });
    if (rand() < 0.45) {
      const back = Math.max(-1, Math.min(1, strength + between(-0.3, 0.3)));
      edges.push({
        source: `c${j}`,
        target: `c${i}`,
        strength: back,
        trust: Math.round(between(0, 1) * 100) / 100,
        interactionCount: 2,
        label: 'acquaintance',
      });
    }
  }
}

export const graph: EcosystemGraphView = {
  nodes: characters.map((c) => {
    const octant: MoodOctant = octantOf(c.mood);
    const degree = new Set(edges.flatMap((e) => (e.source === c.id ? [e.target] : e.target === c.id ? [e.source] : [])))
      .size;
    return {
      id: c.id,
      name: c.name,
      energy: c.energy,
      degree,
      active: c.active ?? true,
      mood: { ...c.mood, octant, label: `moderately ${octant}` },
    };
  }),
  edges,
};

export const names = Object.fromEntries(characters.map((c) => [c.id, c.name]));

const NOW = Date.now();
const iso = (secondsAgo: number) => new Date(NOW - secondsAgo * 1000).toISOString();
const LINES = [
  'Morning! Lovely light on the square today.',
  'Have you tried the new bakery?',
  'I told you, the key was never mine.',
  'Shall we fix the fountain together?',
  'Careful, the crowd is restless.',
];
const TYPES = ['greeting', 'chat', 'conflict', 'collaboration', 'chat'] as const;

export const events: EcosystemEvent[] = Array.from({ length: 24 }, (_, k): EcosystemEvent => {
  const seq = k + 1;
  const a = `c${k % 9}`;
  const b = `c${(k * 5 + 3) % 12}`;
  const secondsAgo = (24 - k) * 47;
  const base = { id: `e${seq}`, ecosystemId: 'demo', seq, timestamp: iso(secondsAgo) };
  if (k % 4 === 1)
    return {
      ...base,
      type: 'relationship_changed',
      data: {
        from_id: a,
        to_id: b,
        strength: 0.4,
        trust: 0.6,
        label: k % 8 === 1 ? 'friend' : 'rival',
        strength_delta: 0.05,
        trust_delta: 0.02,
      },
    };
  if (k % 4 === 2)
    return {
      ...base,
      type: 'character_state_changed',
      data: {
        character_id: b,
        label: 'moderately exuberant',
        emotion: 'joy',
        mood: { pleasure: 0.4, arousal: 0.3, dominance: 0.2 },
        energy: 0.7,
      },
    };
  if (k === 23)
    return {
      ...base,
      type: 'user_intervention',
      data: { user_name: 'Ana', message: 'Who took the key?', target_character_id: 'c1', responses: [] },
    };
  return {
    ...base,
    type: 'character_interaction',
    data: {
      participants: [a, b],
      interaction_type: TYPES[k % 5],
      content: LINES[k % 5],
      response: 'Indeed.',
      relationship_change: { strength_delta: 0.03, trust_delta: k % 3 === 0 ? -0.04 : 0.02 },
    },
  };
});

export const dashboard: DashboardView = {
  stats: { characters: 32, activeCharacters: 30, relationships: 41, activeConversations: 3 },
  eventsPerMinute: { series: [4, 6, 3, 9, 12, 8, 15, 11, 7, 13, 18, 14, 9, 16, 21], current: 21 },
  moodDistribution: {
    exuberant: 9,
    relaxed: 8,
    docile: 3,
    dependent: 2,
    anxious: 4,
    hostile: 3,
    disdainful: 2,
    bored: 1,
  },
};

export const scenario = {
  id: 's1',
  title: 'Market day',
  setting: 'The town square at dusk, lanterns being lit',
  mood: 'festive' as const,
  status: 'running' as const,
  turn: 6,
  participantIds: ['c0', 'c1', 'c2', 'c3'],
};

export const participants = characters.slice(0, 4);

export const chatLines: ChatLineView[] = [
  {
    seq: 1,
    timestamp: iso(300),
    turn: 1,
    kind: 'opening',
    speakerId: 'c0',
    speakerName: 'Mara Quill',
    addresseeId: 'c1',
    addresseeName: 'Theo Brandt',
    interactionType: 'greeting',
    text: 'Theo! Did you see the lanterns? The whole square is glowing.',
    emotion: 'joy',
    relationshipChanges: [
      {
        fromId: 'c0',
        toId: 'c1',
        fromName: 'Mara Quill',
        toName: 'Theo Brandt',
        strengthDelta: 0.04,
        trustDelta: 0.02,
        label: 'friend',
      },
    ],
  },
  {
    seq: 1,
    timestamp: iso(300),
    turn: 1,
    kind: 'reply',
    speakerId: 'c1',
    speakerName: 'Theo Brandt',
    addresseeId: 'c0',
    addresseeName: 'Mara Quill',
    interactionType: 'greeting',
    text: 'I did. Reminds me of the festival, before the fountain broke.',
    emotion: 'hope',
    relationshipChanges: [
      {
        fromId: 'c1',
        toId: 'c0',
        fromName: 'Theo Brandt',
        toName: 'Mara Quill',
        strengthDelta: 0.03,
        trustDelta: 0.01,
        label: 'friend',
      },
    ],
  },
  {
    seq: 4,
    timestamp: iso(200),
    turn: 2,
    kind: 'opening',
    speakerId: 'c2',
    speakerName: 'Ivo',
    addresseeId: 'c0',
    addresseeName: 'Mara Quill',
    interactionType: 'conflict',
    text: 'You always take his side, Mara.',
    emotion: 'anger',
    relationshipChanges: [
      {
        fromId: 'c2',
        toId: 'c0',
        fromName: 'Ivo',
        toName: 'Mara Quill',
        strengthDelta: -0.08,
        trustDelta: -0.05,
        label: 'rival',
      },
    ],
  },
  {
    seq: 4,
    timestamp: iso(200),
    turn: 2,
    kind: 'reply',
    speakerId: 'c0',
    speakerName: 'Mara Quill',
    addresseeId: 'c2',
    addresseeName: 'Ivo',
    interactionType: 'conflict',
    text: 'That is not fair, and you know it.',
    emotion: 'distress',
    relationshipChanges: [
      {
        fromId: 'c0',
        toId: 'c2',
        fromName: 'Mara Quill',
        toName: 'Ivo',
        strengthDelta: -0.05,
        trustDelta: -0.03,
        label: 'acquaintance',
      },
    ],
  },
  {
    seq: 7,
    timestamp: iso(90),
    turn: null,
    kind: 'user',
    speakerId: null,
    speakerName: 'Ana',
    addresseeId: null,
    addresseeName: null,
    interactionType: null,
    text: 'Could the two of you fix the fountain together?',
  },
  {
    seq: 7,
    timestamp: iso(90),
    turn: null,
    kind: 'user_reply',
    speakerId: 'c3',
    speakerName: 'Sefa Okonkwo',
    addresseeId: null,
    addresseeName: 'Ana',
    interactionType: null,
    text: 'I can lend my tools, Ana, if they stop arguing first.',
  },
];

export const history: RelationshipPointView[] = Array.from({ length: 14 }, (_, i) => ({
  at: NOW - (14 - i) * 6 * 60_000,
  strength: Math.round((Math.sin(i / 3) * 0.5 + i * 0.02) * 100) / 100,
  trust: Math.round((0.3 + i * 0.03 + Math.cos(i / 2) * 0.05) * 100) / 100,
}));
