export { ACT_LEANING, DIALOGUE_ACTS, OBJECTIVE_STEP, acceptChance, continuingAct, replyAct } from './acts.ts';
export type { DialogueAct, ReplyContext } from './acts.ts';
export { interactionTypeOf, speakTurn } from './conversation.ts';
export type { SpokenLine } from './conversation.ts';
export {
  CHIME_CHANCE,
  OBJECTIVE_STEER_CHANCE,
  PLANNED_LENGTH,
  TOPIC_DRIFT_CHANCE,
  TOPIC_MIN_LINES,
  chooseTopic,
  maxConversations,
  planTurn,
  scenarioTopics,
  talkativeness,
} from './director.ts';
export type { TurnPlan } from './director.ts';
export { NEUTRAL_SENTIMENT, emotionOfLine } from './line-emotion.ts';
export { readMessage } from './message.ts';
export type { ReadMessage } from './message.ts';
export { advanceObjectives, objectiveTexts, objectivesFrom } from './objectives.ts';
export type { ObjectiveInput, ObjectiveMove } from './objectives.ts';
export { EVERYDAY_TOPICS, objectiveLabel, topicsOf } from './topics.ts';
export type { Topic } from './topics.ts';
