import { describe, expect, it } from 'vitest';
import { voiceOf } from './voice.ts';
import { character, relationship } from './test-requests.ts';

const weightOf = (voice: ReturnType<typeof voiceOf>, tone: string) =>
  voice.toneWeights.find((w) => w.item === tone)?.weight ?? 0;

describe('voiceOf', () => {
  it('leans warm for agreeable speakers and cold for antagonistic ones', () => {
    const kind = voiceOf(character('k', 'Kay', { agreeableness: 0.9 }), null, 'chat');
    const harsh = voiceOf(character('h', 'Hal', { agreeableness: 0.1 }), null, 'chat');
    expect(weightOf(kind, 'warm')).toBeGreaterThan(weightOf(kind, 'cold'));
    expect(weightOf(harsh, 'cold')).toBeGreaterThan(weightOf(harsh, 'warm'));
  });

  it('cools toward an enemy and in a conflict', () => {
    const speaker = character('s', 'Sol');
    const listener = character('t', 'Theo');
    const neutral = voiceOf(speaker, null, 'chat');
    const enemy = voiceOf(speaker, relationship(speaker, listener, 'enemy'), 'chat');
    const conflict = voiceOf(speaker, null, 'conflict');
    expect(weightOf(enemy, 'cold')).toBeGreaterThan(weightOf(neutral, 'cold'));
    expect(weightOf(conflict, 'cold')).toBeGreaterThan(weightOf(neutral, 'cold'));
    expect(enemy.stance).toBe('enemy');
    expect(neutral.stance).toBe('stranger');
  });

  it('gives extraverts longer lines and more exclamations, neurotic speakers more hedges', () => {
    const loud = voiceOf(character('l', 'Lou', { extraversion: 0.95, neuroticism: 0.05 }), null, 'chat');
    const quiet = voiceOf(character('q', 'Quin', { extraversion: 0.05, neuroticism: 0.95 }), null, 'chat');
    expect(loud.extraChances[0]).toBeGreaterThan(quiet.extraChances[0]);
    expect(loud.exclaimChance).toBeGreaterThan(quiet.exclaimChance);
    expect(quiet.hedgeChance).toBeGreaterThan(loud.hedgeChance);
  });
});
