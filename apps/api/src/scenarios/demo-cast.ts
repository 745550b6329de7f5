import type { BigFive, InteractionType, ScenarioMood } from '@ensemble/core';

/** A hand-written demo character: a name people can address, one line of who they are, a personality. */
export interface DemoCharacter {
  name: string;
  description: string;
  personality: BigFive;
}

/**
 * Harbor Town's residents. Profiles are spread across the Big Five so the demo shows the range the
 * engine models: a brash extravert and a withdrawn stranger, a steady elder and an anxious clerk.
 */
export const DEMO_CAST: readonly DemoCharacter[] = [
  {
    name: 'Mara',
    description: 'The harbourmaster: firm, fair, and never without her tide tables.',
    personality: { openness: 0.5, conscientiousness: 0.92, extraversion: 0.6, agreeableness: 0.5, neuroticism: 0.28 },
  },
  {
    name: 'Tobias',
    description: 'The lighthouse keeper, who writes poems about the weather and shows nobody.',
    personality: { openness: 0.92, conscientiousness: 0.4, extraversion: 0.22, agreeableness: 0.72, neuroticism: 0.58 },
  },
  {
    name: 'Ines',
    description: 'Runs the fish stall on the quay; loud, generous and first with every rumour.',
    personality: { openness: 0.55, conscientiousness: 0.5, extraversion: 0.93, agreeableness: 0.78, neuroticism: 0.35 },
  },
  {
    name: 'Bram',
    description: 'A retired smuggler with a charming smile and a cellar nobody has seen.',
    personality: { openness: 0.72, conscientiousness: 0.2, extraversion: 0.74, agreeableness: 0.26, neuroticism: 0.4 },
  },
  {
    name: 'Wen',
    description: 'The old net-mender, who remembers every storm of the last sixty years.',
    personality: { openness: 0.38, conscientiousness: 0.82, extraversion: 0.3, agreeableness: 0.85, neuroticism: 0.15 },
  },
  {
    name: 'Priya',
    description: "The shipwright's apprentice, set on building the fastest boat on the coast.",
    personality: { openness: 0.84, conscientiousness: 0.76, extraversion: 0.55, agreeableness: 0.42, neuroticism: 0.5 },
  },
  {
    name: 'Cedric',
    description: "The town clerk and the mayor's nephew; anxious, precise, always holding a ledger.",
    personality: {
      openness: 0.28,
      conscientiousness: 0.88,
      extraversion: 0.35,
      agreeableness: 0.55,
      neuroticism: 0.86,
    },
  },
  {
    name: 'Lotte',
    description: 'Keeps the Crooked Oar inn, pours generously and forgets nothing she hears.',
    personality: { openness: 0.62, conscientiousness: 0.5, extraversion: 0.86, agreeableness: 0.64, neuroticism: 0.42 },
  },
  {
    name: 'Jonah',
    description: 'A guarded stranger who came in on the last ferry and has not said why.',
    personality: {
      openness: 0.66,
      conscientiousness: 0.62,
      extraversion: 0.18,
      agreeableness: 0.24,
      neuroticism: 0.62,
    },
  },
];

/** Exchanges played before the scenario starts, so the graph opens with some history: friends, a rivalry, a suspicion. */
export const DEMO_OPENING_EXCHANGES: readonly { from: string; to: string; type: InteractionType; content: string }[] = [
  {
    from: 'Ines',
    to: 'Lotte',
    type: 'greeting',
    content: 'Morning, Lotte! The mackerel came in thick today, I saved you the best.',
  },
  {
    from: 'Mara',
    to: 'Bram',
    type: 'conflict',
    content: "That crate on the north pier is on no manifest of mine, Bram. I'm not a fool.",
  },
  {
    from: 'Priya',
    to: 'Mara',
    type: 'collaboration',
    content: "If we shore up the north pier together, it'll hold through the winter storms.",
  },
  {
    from: 'Tobias',
    to: 'Wen',
    type: 'chat',
    content: "Do you remember the storm the year the bell cracked? I'm trying to write about it.",
  },
  {
    from: 'Lotte',
    to: 'Jonah',
    type: 'greeting',
    content: 'Welcome to the Crooked Oar, stranger. The first drink is on the house.',
  },
  {
    from: 'Cedric',
    to: 'Mara',
    type: 'chat',
    content: 'The council wants the harbour fees report by Friday, if that is all right with you.',
  },
  {
    from: 'Bram',
    to: 'Priya',
    type: 'chat',
    content: 'Clever hands like yours could make a fortune, you know, with the right friends.',
  },
  {
    from: 'Jonah',
    to: 'Cedric',
    type: 'conflict',
    content: 'Stop following me around with that ledger. My business is my own.',
  },
  {
    from: 'Wen',
    to: 'Ines',
    type: 'collaboration',
    content: 'Help me haul the big net in and you shall have first pick of the catch.',
  },
];

/** The scene the demo scenario plays: festive, with objectives that pull the cast together and apart. */
export const DEMO_SCENARIO: { title: string; setting: string; mood: ScenarioMood; objectives: string[] } = {
  title: 'The Festival of Tides',
  setting: 'the harbour front of Harbor Town at dusk, as lanterns go up along the quay for the Festival of Tides',
  mood: 'festive',
  objectives: [
    'finish the festival lanterns',
    'find out why the stranger came',
    'settle the quarrel over the north pier',
  ],
};
