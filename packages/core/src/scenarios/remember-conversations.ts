/**
 * What the characters keep of the conversations that closed in a turn: each participant still in the
 * scene remembers the conversation as a whole (a `summary` memory), and a character whose memories since
 * its last reflection have grown important enough forms a `reflection` (memory/reflect.ts). Runs inside
 * the turn's transaction, so the memories commit with the turn; costs nothing on turns where none closed.
 */
import type { ConversationClosing } from '../conversations/director.ts';
import { REFLECTION_WINDOW, formReflection, reflectionDue, summariseConversation } from '../memory/index.ts';
import type { Character, Id, Memory } from '../model.ts';
import type { EngineDeps, EngineStore } from '../ports/index.ts';
import { driftRelationship } from '../relationships/index.ts';

/** Writes the summaries of `closed` and any reflection they bring about; returns what it wrote. */
export async function rememberConversations(
  deps: Pick<EngineDeps, 'ids'>,
  store: EngineStore,
  closed: readonly ConversationClosing[],
  cast: readonly Character[],
  now: number,
): Promise<Memory[]> {
  if (closed.length === 0) return [];
  const byId = new Map(cast.map((c) => [c.id, c]));
  const summaries: Memory[] = [];
  for (const { conversation, reason } of closed) {
    const present = conversation.participantIds.flatMap((id) => byId.get(id) ?? []);
    for (const c of present) {
      const others: { id: Id; name: string; strength: number }[] = [];
      for (const o of present) {
        if (o.id === c.id) continue;
        const r = await store.getRelationship(c.id, o.id);
        others.push({ id: o.id, name: o.name, strength: r ? driftRelationship(r, now).strength : 0 });
      }
      const summary = summariseConversation({
        id: deps.ids.next(),
        ecosystemId: c.ecosystemId,
        characterId: c.id,
        others,
        topic: conversation.topic,
        ending: reason,
        createdAt: now,
      });
      if (summary) summaries.push(summary);
    }
  }
  await store.addMemories(summaries);
  const reflections: Memory[] = [];
  for (const characterId of new Set(summaries.map((m) => m.characterId))) {
    const due = reflectionDue(await store.listMemories(characterId, REFLECTION_WINDOW));
    if (due === null) continue;
    const reflection = formReflection({
      id: deps.ids.next(),
      ecosystemId: byId.get(characterId)!.ecosystemId,
      characterId,
      memories: due,
      nameOf: (id) => byId.get(id)?.name ?? null,
      createdAt: now,
    });
    if (reflection) reflections.push(reflection);
  }
  await store.addMemories(reflections);
  return [...summaries, ...reflections];
}
