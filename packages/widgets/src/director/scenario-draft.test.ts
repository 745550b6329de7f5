import { describe, expect, it } from 'vitest';
import { emptyForm, validateDirectorForm } from './scenario-draft.ts';

const valid = () => ({ ...emptyForm(), title: 'A', participantIds: ['a', 'b'] });

describe('validateDirectorForm', () => {
  it('drops blank objectives and duplicate participants', () => {
    const { draft } = validateDirectorForm({
      ...valid(),
      objectives: ['  ', 'x', ''],
      participantIds: ['a', 'b', 'a'],
    });
    expect(draft?.objectives).toEqual(['x']);
    expect(draft?.participantIds).toEqual(['a', 'b']);
  });

  it('rejects what the API would reject: long titles, unknown moods, too many objectives, a duration over a year', () => {
    const { errors } = validateDirectorForm({
      ...valid(),
      title: 'x'.repeat(201),
      mood: 'ecstatic',
      objectives: Array.from({ length: 11 }, () => 'o'),
      durationMinutes: '600000',
    });
    expect(Object.keys(errors).sort()).toEqual(['durationMinutes', 'mood', 'objectives', 'title']);
  });

  it('rejects a duration that is not a number', () => {
    expect(validateDirectorForm({ ...valid(), durationMinutes: 'soon' }).errors.durationMinutes).toBeDefined();
  });
});
