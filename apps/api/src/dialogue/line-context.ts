import {
  DIALOGUE_MEMORY_LIMIT,
  driftRelationship,
  meaningOf,
  recallAsk,
  retrieveMemories,
  shortlist,
  type DialogueRequest,
  type EngineStore,
  type QueryMeaning,
  type Scenario,
} from '@ensemble/core';
import type { LineContext } from './line-writer.ts';

/** A line said before, by name. */
export interface SaidLine {
  speakerName: string;
  text: string;
}

/**
 * What a model should know for `request` that the request itself may lack: the objectives' progress (the
 * request carries their texts only), the conversation so far (`earlier`, oldest first, then the line being
 * answered), and, for a scenario turn (a character addressed without a relationship: the conversation engine
 * gathers neither), the speaker's relationship to the listener and its most relevant memories, read from
 * `store` outside any transaction — ranked by meaning as the engine ranks them when `meaning` (the engine's
 * QueryMeaning) has the vector of what is being talked about, else by words. The engine's request stays as
 * it is, so a fallback template line is the one the engine would have written.
 */
export async function lineContext(
  request: DialogueRequest,
  store: EngineStore,
  now: number,
  scenario: Scenario | null,
  earlier: readonly SaidLine[],
  meaning?: QueryMeaning,
): Promise<LineContext> {
  const context: {
    -readonly [K in keyof LineContext]: LineContext[K];
  } = {};
  if (request.scenario !== null && scenario !== null) {
    context.objectiveProgress = Object.fromEntries(scenario.objectives.map((o) => [o.text, o.progress]));
  }
  const listener = request.listener;
  if (listener !== null && request.relationship === null) {
    const [forward] = await store.getRelationshipPair(request.speaker.id, listener.id);
    if (forward !== null) {
      const r = driftRelationship(forward, now);
      context.addressees = [{ name: listener.name, label: r.label, strength: r.strength, trust: r.trust }];
    }
    if (request.memories.length === 0) {
      const byMeaning = meaning !== undefined;
      const [recent = []] = await store.recallMemories([recallAsk(request.speaker.id, listener.id, byMeaning)]);
      const sc = request.scenario;
      const text = request.incoming ?? (sc ? [sc.title, sc.setting, ...sc.objectives].join(' ') : '');
      context.memories = retrieveMemories(
        shortlist(recent, listener.id, byMeaning),
        { now, aboutId: listener.id, text, embedding: meaningOf(meaning ? { meaning } : {}, text) },
        DIALOGUE_MEMORY_LIMIT,
      ).map((m) => m.content);
    }
  }
  const conversation = [...earlier];
  if (request.incoming !== null && conversation.at(-1)?.text !== request.incoming) {
    conversation.push({ speakerName: listener?.name ?? request.listenerName, text: request.incoming });
  }
  if (conversation.length > 0) context.conversation = conversation;
  return context;
}
