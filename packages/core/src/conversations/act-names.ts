/** The dialogue acts, on their own so the ports can name them without importing the conversation rules. */
/** What a line does in a conversation (after Searle's speech acts, reduced to what characters need). */
export const DIALOGUE_ACTS = [
  'greet',
  'ask',
  'answer',
  'inform',
  'propose',
  'accept',
  'decline',
  'agree',
  'disagree',
  'joke',
  'tease',
  'complain',
  'comfort',
  'apologise',
  'thank',
  'farewell',
  'laugh',
  'groan',
  'dismiss',
] as const;
export type DialogueAct = (typeof DIALOGUE_ACTS)[number];
