import type { EcosystemEvent } from '@ensemble/sdk';

/** One thing a character said, for the character panel. */
export interface SpokenLine {
  seq: number;
  timestamp: string;
  text: string;
  /** Whom it was said to (ids), when known. */
  toIds: string[];
}

interface LineData {
  speaker: string;
  addressees: string[];
  text: string;
}

interface InteractionData {
  participants: [string, string];
  content: string;
  response: string;
  lines?: LineData[];
}

/**
 * What the character said in the given events, newest first, at most `limit`: each line of an exchange
 * it spoke (or, for exchanges recorded without lines, its opening or its reply).
 */
export function recentLinesOf(events: readonly EcosystemEvent[], characterId: string, limit: number): SpokenLine[] {
  const found: SpokenLine[] = [];
  for (let i = events.length - 1; i >= 0 && found.length < limit; i -= 1) {
    const event = events[i];
    if (event?.type !== 'character_interaction') continue;
    const data = event.data as unknown as InteractionData;
    const [initiator, target] = data.participants;
    const lines: LineData[] = data.lines ?? [
      { speaker: initiator, addressees: [target], text: data.content },
      { speaker: target, addressees: [initiator], text: data.response },
    ];
    for (let j = lines.length - 1; j >= 0 && found.length < limit; j -= 1) {
      const line = lines[j];
      if (line === undefined || line.speaker !== characterId || line.text.trim() === '') continue;
      found.push({ seq: event.seq, timestamp: event.timestamp, text: line.text, toIds: line.addressees });
    }
  }
  return found;
}

/** Whether the event concerns the character (so its panel's relationships and memories may have changed). */
export function touchesCharacter(event: EcosystemEvent, characterId: string): boolean {
  const data = event.data as Record<string, unknown>;
  if (data['character_id'] === characterId) return true;
  const participants = data['participants'];
  return Array.isArray(participants) && participants.includes(characterId);
}
