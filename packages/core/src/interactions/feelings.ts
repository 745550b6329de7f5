import { applyEmotions, energyCost, spendEnergy } from '../affect/index.ts';
import type { Character, Emotion, InteractionType } from '../model.ts';

/**
 * A settled character after taking part in one exchange: it pays the exchange's energy cost for its
 * role and its mood moves toward the emotions it appraised (the strongest becomes its last emotion).
 */
export function afterExchange(
  c: Character,
  exchange: { type: InteractionType; role: 'initiator' | 'target'; emotions: readonly Emotion[]; now: number },
): Character {
  const strongest = exchange.emotions[0];
  return {
    ...c,
    energy: spendEnergy(c.energy, energyCost(exchange.type, c.personality, exchange.role)),
    mood: applyEmotions(c.mood, [...exchange.emotions], c.personality),
    lastEmotion: strongest ? { ...strongest } : c.lastEmotion,
    stateUpdatedAt: exchange.now,
  };
}
