import type { EcosystemEvent, Id, InteractionType } from '../model.ts';
import { isEventOfType } from '../events/index.ts';
import type { ConversationCloseReason, ConversationClosingData } from '../events/index.ts';

/** One spoken line, in the order it was said. */
export interface TranscriptLine {
  seq: number;
  timestamp: string;
  /** The scenario turn the line belongs to, when the events say so; null otherwise. */
  turn: number | null;
  /** 'opening': an initiator's line; 'reply': the target's answer; 'user': a user's message; 'user_reply': a character answering a user. */
  kind: 'opening' | 'reply' | 'user' | 'user_reply';
  /** The speaking character, or null for a user. */
  speakerId: Id | null;
  speakerName: string;
  /** The character spoken to, or null when a user speaks to all or a character answers a user. */
  addresseeId: Id | null;
  /** Who is spoken to: a character's or user's name, or null for everyone. */
  addresseeName: string | null;
  interactionType: InteractionType | null;
  text: string;
  /** Lines of a conversation (a person's message and its replies too): which conversation, the act, the topic, the emotion shown. */
  conversationId?: Id;
  act?: string;
  topic?: string;
  emotion?: string | null;
  /** Everyone addressed (conversation lines). */
  addresseeIds?: Id[];
  /** When this line's exchange moved objectives: each one's text, progress and state after it. */
  objectives?: { id: Id; text: string; progress: number; state: string }[];
  /** The last line of a conversation that closed, and why (farewell, walked_off, participant_left, …). */
  closes?: ConversationCloseReason;
}

/** Names to show for character ids; an id without a name is shown as is. */
export type NameLookup = ReadonlyMap<Id, string> | Readonly<Record<Id, string>>;

/** The spoken lines of character_interaction and user_intervention events, in event order. */
export function transcriptOf(events: readonly EcosystemEvent[], names: NameLookup = new Map()): TranscriptLine[] {
  const nameOf = (id: Id) => (names instanceof Map ? names.get(id) : (names as Record<Id, string>)[id]) ?? id;
  const turnOf = new Map<Id, number>();
  for (const e of events) {
    if (isEventOfType(e, 'scenario_turn') && e.data.interaction_id !== null)
      turnOf.set(e.data.interaction_id, e.data.turn);
  }
  const lines: TranscriptLine[] = [];
  // A closed conversation's last line so far says why it closed.
  const lastLineOf = new Map<Id, TranscriptLine>();
  const close = (closed: readonly ConversationClosingData[] | undefined) => {
    for (const c of closed ?? []) {
      const line = lastLineOf.get(c.conversation_id);
      if (line) line.closes = c.reason;
    }
  };
  for (const e of events) {
    const at = { seq: e.seq, timestamp: e.timestamp };
    if (isEventOfType(e, 'scenario_turn')) {
      close(e.data.conversations_closed);
      continue;
    }
    if (isEventOfType(e, 'character_interaction')) {
      const [initiatorId, targetId] = e.data.participants;
      const turn = turnOf.get(e.data.interaction_id) ?? null;
      const type = e.data.interaction_type;
      if (e.data.lines && e.data.conversation_id !== undefined) {
        const conversationId = e.data.conversation_id;
        const moved = (e.data.objectives_moved ?? []).map((o) => ({
          id: o.objective_id,
          text: o.text,
          progress: o.progress,
          state: o.state,
        }));
        e.data.lines.forEach((l, i, all) => {
          const to = l.addressees[0] ?? null;
          lines.push({
            ...at,
            turn,
            kind: i === 0 ? 'opening' : 'reply',
            speakerId: l.speaker,
            speakerName: nameOf(l.speaker),
            addresseeId: to,
            addresseeName: to === null ? null : nameOf(to),
            interactionType: type,
            text: l.text,
            conversationId,
            act: l.act,
            topic: l.topic,
            emotion: l.emotion?.name ?? null,
            addresseeIds: [...l.addressees],
            ...(i === all.length - 1 && moved.length > 0 ? { objectives: moved } : {}),
          });
          lastLineOf.set(conversationId, lines[lines.length - 1]!);
        });
        continue;
      }
      lines.push(
        {
          ...at,
          turn,
          kind: 'opening',
          speakerId: initiatorId,
          speakerName: nameOf(initiatorId),
          addresseeId: targetId,
          addresseeName: nameOf(targetId),
          interactionType: type,
          text: e.data.content,
        },
        {
          ...at,
          turn,
          kind: 'reply',
          speakerId: targetId,
          speakerName: nameOf(targetId),
          addresseeId: initiatorId,
          addresseeName: nameOf(initiatorId),
          interactionType: type,
          text: e.data.response,
        },
      );
    } else if (isEventOfType(e, 'user_intervention')) {
      const target = e.data.target_character_id;
      const conversationId = e.data.conversation_id;
      const topic = e.data.topic;
      const inConversation = (act: string | undefined) =>
        conversationId === undefined
          ? {}
          : { conversationId, ...(act !== undefined ? { act } : {}), ...(topic !== undefined ? { topic } : {}) };
      lines.push({
        ...at,
        turn: null,
        kind: 'user',
        speakerId: null,
        speakerName: e.data.user_name,
        addresseeId: target,
        addresseeName: target === null ? null : nameOf(target),
        interactionType: null,
        text: e.data.message,
        ...inConversation(e.data.act),
      });
      for (const r of e.data.responses) {
        lines.push({
          ...at,
          turn: null,
          kind: 'user_reply',
          speakerId: r.character_id,
          speakerName: nameOf(r.character_id),
          addresseeId: null,
          addresseeName: e.data.user_name,
          interactionType: null,
          text: r.response,
          ...inConversation(r.act),
        });
      }
      if (conversationId !== undefined) lastLineOf.set(conversationId, lines[lines.length - 1]!);
      close(e.data.conversations_closed);
    }
  }
  return lines;
}
