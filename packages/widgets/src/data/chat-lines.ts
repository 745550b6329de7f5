import { isEventOfType, type CharacterInteractionData } from '@ensemble/sdk';
import type { ChatLineView, EcosystemEvent, RelationshipChipView, TranscriptLineView } from '../model/views.ts';

/** One direction of an exchange's relationship change, as the event carries it. */
type RelationshipChange = Omit<CharacterInteractionData['relationship_change'], 'reverse'>;

/** Display names by character id; ids without one read as "someone". */
export type ChatNames = Readonly<Record<string, string>>;

/** Within one seq: the opening before its reply, a visitor's message before the replies it drew. */
const KIND_ORDER: Record<TranscriptLineView['kind'], number> = { opening: 0, user: 0, reply: 1, user_reply: 1 };

/**
 * The chat lines one live event adds, in the shape of the API's transcript (core's transcriptOf) plus what
 * only the event carries: each speaker's emotion and mood after the exchange, and how the speaker now sees
 * the one addressed (the opening carries the initiator's view, the reply the target's). Events that are
 * not spoken lines give none.
 */
export function chatLinesOf(event: EcosystemEvent, names: ChatNames): ChatLineView[] {
  const nameOf = (id: string) => (Object.hasOwn(names, id) ? (names[id] ?? 'someone') : 'someone');
  const at = { seq: event.seq, timestamp: event.timestamp };
  if (isEventOfType(event, 'character_interaction')) {
    const d = event.data;
    const [initiatorId, targetId] = d.participants;
    const stateOf = (id: string) => {
      const state = d.emotional_states[id];
      return state ? { emotion: state.emotion, moodLabel: state.label } : {};
    };
    const chip = (fromId: string, toId: string, change: RelationshipChange): RelationshipChipView => ({
      fromId,
      toId,
      fromName: nameOf(fromId),
      toName: nameOf(toId),
      strengthDelta: change.strength_delta,
      trustDelta: change.trust_delta,
      label: change.label,
    });
    const topic = d.lines?.[0]?.topic;
    const spoken = {
      turn: null,
      interactionType: d.interaction_type,
      ...(d.conversation_id === undefined ? {} : { conversationId: d.conversation_id }),
      ...(topic === undefined ? {} : { topic }),
    };
    return [
      {
        ...at,
        ...spoken,
        kind: 'opening',
        speakerId: initiatorId,
        speakerName: nameOf(initiatorId),
        addresseeId: targetId,
        addresseeName: nameOf(targetId),
        text: d.content,
        ...stateOf(initiatorId),
        relationshipChanges: [chip(initiatorId, targetId, d.relationship_change)],
      },
      {
        ...at,
        ...spoken,
        kind: 'reply',
        speakerId: targetId,
        speakerName: nameOf(targetId),
        addresseeId: initiatorId,
        addresseeName: nameOf(initiatorId),
        text: d.response,
        ...stateOf(targetId),
        relationshipChanges: [chip(targetId, initiatorId, d.relationship_change.reverse)],
      },
    ];
  }
  if (isEventOfType(event, 'user_intervention')) {
    const d = event.data;
    const target = d.target_character_id;
    return [
      {
        ...at,
        turn: null,
        kind: 'user',
        speakerId: null,
        speakerName: d.user_name,
        addresseeId: target,
        addresseeName: target === null ? null : nameOf(target),
        interactionType: null,
        text: d.message,
      },
      ...d.responses.map(
        (r): ChatLineView => ({
          ...at,
          turn: null,
          kind: 'user_reply',
          speakerId: r.character_id,
          speakerName: nameOf(r.character_id),
          addresseeId: null,
          addresseeName: d.user_name,
          interactionType: null,
          text: r.response,
        }),
      ),
    ];
  }
  return [];
}

/** Identifies a spoken line: transcript and live event give the same key to the same line. */
function lineKey(line: TranscriptLineView): string {
  return `${line.seq}:${line.kind}:${line.speakerId ?? ''}`;
}

/**
 * `current` with `incoming` merged in: a line already there (same seq, kind and speaker) keeps its words
 * and names and gains what the incoming copy adds (emotion, mood, relationship changes, turn); new lines
 * are added. Ordered by seq, each line once.
 */
export function mergeChatLines(
  current: readonly ChatLineView[],
  incoming: readonly ChatLineView[],
): readonly ChatLineView[] {
  if (incoming.length === 0) return current;
  const byKey = new Map(current.map((line) => [lineKey(line), line]));
  for (const line of incoming) {
    const key = lineKey(line);
    const known = byKey.get(key);
    byKey.set(key, known === undefined ? line : enriched(known, line));
  }
  return [...byKey.values()].sort((a, b) => a.seq - b.seq || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

function enriched(known: ChatLineView, added: ChatLineView): ChatLineView {
  return {
    ...known,
    turn: known.turn ?? added.turn,
    ...(added.emotion !== undefined ? { emotion: added.emotion } : {}),
    ...(added.moodLabel !== undefined ? { moodLabel: added.moodLabel } : {}),
    ...(added.relationshipChanges !== undefined ? { relationshipChanges: added.relationshipChanges } : {}),
  };
}

/** The exchange at `seq` numbered as scenario turn `turn` (a scenario_turn event follows its interaction). */
export function withTurn(lines: readonly ChatLineView[], seq: number, turn: number): readonly ChatLineView[] {
  const unnumbered = (l: ChatLineView) =>
    l.seq === seq && l.turn === null && (l.kind === 'opening' || l.kind === 'reply');
  if (!lines.some(unnumbered)) return lines;
  return lines.map((l) => (unnumbered(l) ? { ...l, turn } : l));
}
