/**
 * What the speakers of a conversation turn remember while they talk: one recall from the store for the
 * whole turn (the speaker, the one answering, a chimer), then per line the memories retrieved for that
 * moment — about the one addressed, relevant to the topic and the line answered (by meaning when the
 * engine has a QueryMeaning). The dialogue generator may refer back to them.
 */
import { DIALOGUE_MEMORY_LIMIT, meaningOf, recallAsk, shortlist } from '../interactions/process.ts';
import { retrieveMemories } from '../memory/index.ts';
import type { Character, Id, Memory } from '../model.ts';
import type { EngineDeps } from '../ports/index.ts';
import type { TurnPlan } from './director.ts';

/** Reads the turn's memories (one store call) and returns the retrieval for each line. */
export async function recallForTurn(
  deps: EngineDeps,
  plan: Pick<TurnPlan, 'speaker' | 'target' | 'chimer'>,
  topic: string,
): Promise<(who: Character, to: Character, incoming: string | null) => Memory[]> {
  const byMeaning = deps.meaning !== undefined;
  const asks = [
    recallAsk(plan.speaker.id, plan.target.id, byMeaning),
    recallAsk(plan.target.id, plan.speaker.id, byMeaning),
    ...(plan.chimer ? [recallAsk(plan.chimer.id, plan.target.id, byMeaning)] : []),
  ];
  const recalled = await deps.store.recallMemories(asks);
  const byCharacter = new Map<Id, Memory[]>(asks.map((a, i) => [a.characterId, recalled[i] ?? []]));
  const now = deps.clock.now();
  // The conversation's topic is the query's stable part: its vector is cached across the conversation.
  const embedding = meaningOf(deps, topic);
  return (who, to, incoming) => {
    const own = byCharacter.get(who.id) ?? [];
    if (own.length === 0) return [];
    const text = incoming === null ? topic : `${topic} ${incoming}`;
    return retrieveMemories(
      shortlist(own, to.id, byMeaning),
      { now, aboutId: to.id, text, embedding },
      DIALOGUE_MEMORY_LIMIT,
    );
  };
}
