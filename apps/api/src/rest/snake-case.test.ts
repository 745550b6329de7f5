import { describe, expect, it } from 'vitest';
import { toSnakeCase } from './snake-case.ts';

describe('toSnakeCase', () => {
  it('renames keys at every depth, leaving values (ids, text) alone', () => {
    expect(
      toSnakeCase({
        relationshipChange: { forward: { fromId: 'aB', newStrength: 0.5 } },
        items: [{ createdAt: 1 }],
        note: 'camelCase',
      }),
    ).toEqual({
      relationship_change: { forward: { from_id: 'aB', new_strength: 0.5 } },
      items: [{ created_at: 1 }],
      note: 'camelCase',
    });
    expect(toSnakeCase(null)).toBeNull();
  });
});
