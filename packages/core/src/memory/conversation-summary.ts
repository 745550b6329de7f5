/**
 * When a conversation closes, each character in it keeps one memory of the whole: with whom, about what,
 * how it went and how it ended ("I talked with Bram and Ysolde about the harvest; it went stiffly, and it
 * was cut short."). Deterministic: derived from the conversation and the relationships as they stand.
 */
import type { ConversationCloseReason } from '../events/event-data.ts';
import type { Id, Memory } from '../model.ts';
import { SUMMARY_BASE_IMPORTANCE } from './constants.ts';
import { formMemory } from './form.ts';

const ENDINGS: Readonly<Record<ConversationCloseReason, string>> = {
  farewell: 'we said our goodbyes',
  walked_off: 'it trailed off',
  participant_left: 'it broke up when people left',
  exhausted: 'we were all too tired to go on',
  called_away: 'I was called away',
};

/** How it went, by the mean relationship strength toward the others. */
const TONES: readonly { below: number; words: string }[] = [
  { below: -0.3, words: 'badly' },
  { below: -0.05, words: 'stiffly' },
  { below: 0.05, words: 'plainly enough' },
  { below: 0.3, words: 'pleasantly' },
  { below: Infinity, words: 'warmly' },
];

export interface SummaryInput {
  id: Id;
  ecosystemId: Id;
  /** Who remembers. */
  characterId: Id;
  /** The others in the conversation, by name, with the rememberer's relationship strength toward each. */
  others: readonly { id: Id; name: string; strength: number }[];
  topic: string;
  ending: ConversationCloseReason;
  createdAt: number;
}

/**
 * The summary memory of a closed conversation for one participant (null with nobody else in it). It is
 * about the other when there was one other; importance SUMMARY_BASE_IMPORTANCE plus half how strongly
 * the rememberer feels about them; valence that feeling.
 */
export function summariseConversation(input: SummaryInput): Memory | null {
  if (input.others.length === 0) return null;
  const names = input.others.map((o) => o.name);
  const withWhom = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
  const mean = input.others.reduce((s, o) => s + o.strength, 0) / input.others.length;
  const tone = TONES.find((t) => mean < t.below)!.words;
  const topic = input.topic.trim();
  const content = `I talked with ${withWhom}${topic === '' ? '' : ` about ${topic}`}; it went ${tone}, and ${ENDINGS[input.ending]}.`;
  return formMemory({
    id: input.id,
    ecosystemId: input.ecosystemId,
    characterId: input.characterId,
    aboutId: input.others.length === 1 ? input.others[0]!.id : null,
    content,
    valence: mean,
    // formMemory's importance is 0.7·intensity + 0.3·|valence|: intensity chosen so the sum is base + |mean|/2.
    emotionalIntensity: (SUMMARY_BASE_IMPORTANCE + 0.2 * Math.abs(mean)) / 0.7,
    createdAt: input.createdAt,
    kind: 'summary',
  });
}
