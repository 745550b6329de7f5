import { describe, expect, it } from 'vitest';
import { ACQUAINTED_AFTER_INTERACTIONS, RELATIONSHIP_THRESHOLDS as T, relationshipLabel } from './label.ts';

const known = ACQUAINTED_AFTER_INTERACTIONS;

describe('relationshipLabel', () => {
  it('calls anyone met fewer times than the threshold a stranger, however strong the feeling', () => {
    for (let count = 0; count < known; count++) {
      expect(relationshipLabel(0.9, 0.9, count)).toBe('stranger');
      expect(relationshipLabel(-0.9, 0, count)).toBe('stranger');
    }
  });

  it('labels by strength once acquainted', () => {
    expect(relationshipLabel(-0.9, 0.5, known)).toBe('enemy');
    expect(relationshipLabel(T.enemy, 0.5, known)).toBe('enemy');
    expect(relationshipLabel(T.enemy + 0.01, 0.5, known)).toBe('rival');
    expect(relationshipLabel(T.rival, 0.5, known)).toBe('rival');
    expect(relationshipLabel(T.rival + 0.01, 0.5, known)).toBe('acquaintance');
    expect(relationshipLabel(0, 0.5, known)).toBe('acquaintance');
    expect(relationshipLabel(T.friend, 0.5, known)).toBe('friend');
  });

  it('requires trust as well as strength for a close friend', () => {
    expect(relationshipLabel(T.closeFriend, T.closeFriendTrust, known)).toBe('close friend');
    expect(relationshipLabel(0.95, T.closeFriendTrust - 0.01, known)).toBe('friend');
    expect(relationshipLabel(T.closeFriend - 0.01, 1, known)).toBe('friend');
  });
});
