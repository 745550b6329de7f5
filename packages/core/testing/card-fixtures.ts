/**
 * Character cards as other tools write them, from the published specifications: V2
 * (github.com/malfoyslastname/character-card-spec-v2, spec.md) and V3 (github.com/kwaroran/character-card-spec-v3,
 * SPEC_V3.md). For each: every optional field present, and every optional field absent.
 */

/** V2 with every field, including an optional character_book whose entries use every optional field. */
export const V2_FULL = {
  spec: 'chara_card_v2',
  spec_version: '2.0',
  data: {
    name: 'Mira Vale',
    description: 'A curious, creative cartographer who is kind and warm to strangers, but anxious before storms.',
    personality: 'curious, imaginative, talkative, kind, anxious',
    scenario: 'The harbour town of Lowmere, the night before the lantern festival.',
    first_mes: '*Mira looks up from her maps.* Oh! A visitor. Mind the ink.',
    mes_example: '<START>\n{{user}}: Where does this road go?\n{{char}}: Nowhere yet. I have not drawn it.',
    creator_notes: 'Works best with a slow-paced story.',
    system_prompt: 'Write {{char}} in third person.',
    post_history_instructions: 'Keep replies under 150 words.',
    alternate_greetings: ['*Mira waves a compass.* Lost?', 'Another storm coming. Come in.'],
    character_book: {
      name: 'Lowmere lore',
      description: 'Places of the harbour town.',
      scan_depth: 4,
      token_budget: 512,
      recursive_scanning: false,
      extensions: { 'other-tool': { weight: 2 } },
      entries: [
        {
          keys: ['lantern', 'festival'],
          content: 'The lantern festival lights the quay once a year.',
          extensions: {},
          enabled: true,
          insertion_order: 0,
          case_sensitive: false,
          name: 'Festival',
          priority: 10,
          id: 1,
          comment: 'core lore',
          selective: true,
          secondary_keys: ['quay'],
          constant: false,
          position: 'before_char',
        },
      ],
    },
    tags: ['fantasy', 'slice of life'],
    creator: 'someone@example',
    character_version: '1.2',
    extensions: { talkativeness: '0.6', fav: false, world: 'Lowmere', depth_prompt: { prompt: '', depth: 4 } },
  },
} as const;

/** V2 with only the required fields (character_book absent; required ones empty, as many tools write them). */
export const V2_MINIMAL = {
  spec: 'chara_card_v2',
  spec_version: '2.0',
  data: {
    name: 'Tom',
    description: '',
    personality: '',
    scenario: '',
    first_mes: '',
    mes_example: '',
    creator_notes: '',
    system_prompt: '',
    post_history_instructions: '',
    alternate_greetings: [],
    tags: [],
    creator: '',
    character_version: '',
    extensions: {},
  },
} as const;

/** V3 with every field, including assets, nickname, multilingual notes, source and dates. */
export const V3_FULL = {
  spec: 'chara_card_v3',
  spec_version: '3.0',
  data: {
    name: 'Brannoc',
    description: 'A rude, cold and stubborn smith; shy around crowds, calm in a crisis, disciplined at the forge.',
    personality: 'stubborn, quiet, reserved, organized, confident',
    scenario: 'A forge at the edge of the mountain pass.',
    first_mes: '*The hammer stops.* What.',
    mes_example: '<START>\n{{user}}: Can you fix this?\n{{char}}: Maybe. Tomorrow.',
    creator_notes: 'Gruff but fair.',
    system_prompt: '',
    post_history_instructions: '',
    alternate_greetings: ['*Brannoc grunts.*'],
    character_book: {
      entries: [
        {
          keys: ['forge'],
          content: 'The forge has burned for a hundred years.',
          extensions: {},
          enabled: true,
          insertion_order: 1,
          use_regex: false,
          constant: false,
        },
      ],
      extensions: {},
    },
    tags: ['fantasy'],
    creator: 'another@example',
    character_version: '3',
    extensions: { 'risu-ai': { utilityBot: false } },
    group_only_greetings: ['*Brannoc nods at the group.*'],
    assets: [
      { type: 'icon', uri: 'ccdefault:', name: 'main', ext: 'png' },
      { type: 'background', uri: 'https://example.com/forge.png', name: 'forge', ext: 'png' },
    ],
    nickname: 'Bran',
    creator_notes_multilingual: { en: 'Gruff but fair.', fr: 'Bourru mais juste.' },
    source: ['https://example.com/cards/brannoc'],
    creation_date: 1700000000,
    modification_date: 1700086400,
  },
} as const;

/** V3 with only the required fields (every optional one absent). */
export const V3_MINIMAL = {
  spec: 'chara_card_v3',
  spec_version: '3.0',
  data: {
    name: 'Ada',
    description: '',
    personality: '',
    scenario: '',
    first_mes: '',
    mes_example: '',
    creator_notes: '',
    system_prompt: '',
    post_history_instructions: '',
    alternate_greetings: [],
    tags: [],
    creator: '',
    character_version: '',
    extensions: {},
    group_only_greetings: [],
  },
} as const;

/** Every fixture by name. */
export const CARD_FIXTURES = { V2_FULL, V2_MINIMAL, V3_FULL, V3_MINIMAL } as const;
