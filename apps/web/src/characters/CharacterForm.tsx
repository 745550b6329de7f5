import type { BigFive } from '@ensemble/core';
import { useId, useState, type FormEvent } from 'react';
import { errorText } from '../session/error-text.ts';
import { MoodPreview } from './MoodPreview.tsx';
import { PersonalitySliders } from './PersonalitySliders.tsx';
import { NEUTRAL_PERSONALITY } from './traits.ts';

/** What the form edits; `active` only matters for an existing character. */
export interface CharacterDraft {
  name: string;
  description: string;
  personality: BigFive;
  active: boolean;
}

export interface CharacterFormProps {
  /** The character being edited, or null to create one. */
  editing: (CharacterDraft & { id: string }) | null;
  onSave(draft: CharacterDraft): Promise<void>;
  onCancel?: () => void;
}

/** The server's caps (apps/api/src/routers/inputs.ts), so the form stops typing where the API would refuse. */
const NAME_MAX = 80;
const DESCRIPTION_MAX = 2000;

/** Create or edit a character: name, description, Big Five sliders with a live resting-mood preview. */
export function CharacterForm({ editing, onSave, onCancel }: CharacterFormProps) {
  const [draft, setDraft] = useState<CharacterDraft>(
    () =>
      editing ?? {
        name: '',
        description: '',
        personality: NEUTRAL_PERSONALITY,
        active: true,
      },
  );
  const [nameError, setNameError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { name: useId(), description: useId(), active: useId(), title: useId() };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (draft.name.trim() === '') {
      setNameError('Give the character a name.');
      return;
    }
    setNameError(null);
    setBusy(true);
    try {
      await onSave({ ...draft, name: draft.name.trim(), description: draft.description.trim() });
    } catch (caught) {
      setFailure(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card character-form" onSubmit={submit} noValidate aria-labelledby={ids.title}>
      <h2 id={ids.title} className="card-title">
        {editing ? `Edit ${editing.name}` : 'New character'}
      </h2>
      <div className="character-form-grid">
        <div className="character-form-fields">
          <div className="field">
            <label htmlFor={ids.name}>Name</label>
            <input
              id={ids.name}
              value={draft.name}
              maxLength={NAME_MAX}
              autoComplete="off"
              aria-invalid={nameError ? true : undefined}
              aria-describedby={nameError ? `${ids.name}-error` : undefined}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            />
            {nameError && (
              <p className="field-error" id={`${ids.name}-error`}>
                {nameError}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={ids.description}>
              Description <span className="muted">(optional)</span>
            </label>
            <textarea
              id={ids.description}
              rows={3}
              value={draft.description}
              maxLength={DESCRIPTION_MAX}
              placeholder="Who they are, in a sentence or two."
              onChange={(e) => setDraft({ ...draft, description: e.target.value })}
            />
          </div>
        </div>
        <div className="character-form-preview">
          <MoodPreview personality={draft.personality} />
        </div>
        <div className="character-form-personality">
          <PersonalitySliders
            value={draft.personality}
            onChange={(personality) => setDraft({ ...draft, personality })}
          />
          {editing && (
            <div className="field field--check">
              <input
                id={ids.active}
                type="checkbox"
                checked={draft.active}
                onChange={(e) => setDraft({ ...draft, active: e.target.checked })}
              />
              <label htmlFor={ids.active}>Active: takes part in interactions and scenarios</label>
            </div>
          )}
        </div>
      </div>
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Saving…' : editing ? 'Save changes' : 'Create character'}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
