import { useId, useRef, useState, type FormEvent } from 'react';
import { SCENARIO_MOODS } from '../model/views.ts';
import { ObjectivesField } from './ObjectivesField.tsx';
import {
  DIRECTOR_LIMITS,
  emptyForm,
  validateDirectorForm,
  type DirectorErrors,
  type DirectorField,
  type DirectorForm,
  type ScenarioDraft,
} from './scenario-draft.ts';

/** A character the director can cast. */
export interface CastOption {
  id: string;
  name: string;
  /** Inactive characters are shown but cannot be chosen. */
  active?: boolean;
}

export interface ScenarioDirectorProps {
  characters: readonly CastOption[];
  /** Receives a valid draft; a rejection's message is shown on the form. */
  onSubmit: (draft: ScenarioDraft) => Promise<unknown> | void;
  defaultValues?: Partial<ScenarioDraft>;
  /** Heading. @default 'Direct a scenario' */
  title?: string;
  /** Submit button text. @default 'Start scenario' */
  submitLabel?: string;
}

const FIELD_ORDER: DirectorField[] = ['title', 'setting', 'mood', 'objectives', 'participantIds', 'durationMinutes'];

/** The form that starts a scenario: title, setting, mood, objectives, participants, duration. */
export function ScenarioDirector(props: ScenarioDirectorProps) {
  const { characters, title = 'Direct a scenario', submitLabel = 'Start scenario' } = props;
  const [form, setForm] = useState<DirectorForm>(() => emptyForm(props.defaultValues));
  const [errors, setErrors] = useState<DirectorErrors>({});
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const formRef = useRef<HTMLFormElement | null>(null);
  const id = useId();
  const fieldId = (field: DirectorField) => `${id}-${field}`;
  const errorId = (field: DirectorField) => `${id}-${field}-error`;
  // Changing a field clears its error: a fixed mistake stops being reported.
  const set = <K extends DirectorField>(field: K, value: DirectorForm[K]) => {
    setForm((f) => ({ ...f, [field]: value }));
    setErrors((e) => {
      if (e[field] === undefined) return e;
      const rest = { ...e };
      delete rest[field];
      return rest;
    });
  };
  const described = (field: DirectorField) =>
    errors[field] ? { 'aria-invalid': true as const, 'aria-describedby': errorId(field) } : {};

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { draft, errors: found } = validateDirectorForm(form);
    setErrors(found);
    setSubmitError(null);
    if (draft === null) {
      const first = FIELD_ORDER.find((f) => found[f]);
      if (first) formRef.current?.querySelector<HTMLElement>(`[id="${fieldId(first)}"]`)?.focus();
      return;
    }
    setSubmitting(true);
    try {
      await props.onSubmit(draft);
      // Started: a fresh form, so a second click does not start the same scene twice.
      setForm(emptyForm(props.defaultValues));
    } catch (caught) {
      setSubmitError(caught instanceof Error ? caught.message : 'The scenario could not be started.');
    } finally {
      setSubmitting(false);
    }
  };
  const toggleCast = (castId: string, on: boolean) =>
    set('participantIds', on ? [...form.participantIds, castId] : form.participantIds.filter((p) => p !== castId));
  const fieldError = (field: DirectorField) =>
    errors[field] && (
      <p className="ens-error" id={errorId(field)}>
        {errors[field]}
      </p>
    );

  return (
    <section className="ens-widget ens-director" aria-labelledby={`${id}-heading`}>
      <header className="ens-widget-header">
        <h2 className="ens-widget-title" id={`${id}-heading`}>
          {title}
        </h2>
      </header>
      <form ref={formRef} className="ens-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="ens-field">
          <label htmlFor={fieldId('title')}>Title</label>
          <input
            id={fieldId('title')}
            className="ens-input"
            value={form.title}
            maxLength={DIRECTOR_LIMITS.titleMaxChars}
            onChange={(e) => set('title', e.target.value)}
            {...described('title')}
          />
          {fieldError('title')}
        </div>
        <div className="ens-field">
          <label htmlFor={fieldId('setting')}>Setting</label>
          <textarea
            id={fieldId('setting')}
            className="ens-textarea"
            rows={2}
            value={form.setting}
            placeholder="Where and when: a rainy market square at dusk…"
            onChange={(e) => set('setting', e.target.value)}
            {...described('setting')}
          />
          {fieldError('setting')}
        </div>
        <div className="ens-form-row">
          <div className="ens-field">
            <label htmlFor={fieldId('mood')}>Mood</label>
            <select
              id={fieldId('mood')}
              className="ens-select"
              value={form.mood}
              onChange={(e) => set('mood', e.target.value)}
              {...described('mood')}
            >
              {SCENARIO_MOODS.map((m) => (
                <option key={m} value={m}>
                  {m[0]?.toUpperCase()}
                  {m.slice(1)}
                </option>
              ))}
            </select>
            {fieldError('mood')}
          </div>
          <div className="ens-field">
            <label htmlFor={fieldId('durationMinutes')}>Duration (minutes)</label>
            <input
              id={fieldId('durationMinutes')}
              className="ens-input"
              type="number"
              inputMode="numeric"
              min={1}
              value={form.durationMinutes}
              onChange={(e) => set('durationMinutes', e.target.value)}
              {...described('durationMinutes')}
            />
            {fieldError('durationMinutes')}
          </div>
        </div>
        <ObjectivesField
          id={fieldId('objectives')}
          objectives={form.objectives}
          onChange={(o) => set('objectives', o)}
          error={errors.objectives}
          errorId={errorId('objectives')}
        />
        <fieldset
          className="ens-field ens-cast"
          id={fieldId('participantIds')}
          tabIndex={-1}
          {...described('participantIds')}
        >
          <legend>Participants ({form.participantIds.length} chosen)</legend>
          {characters.length === 0 && <p className="ens-empty">No characters yet: create some first.</p>}
          <ul className="ens-cast-list">
            {characters.map((c) => (
              <li key={c.id}>
                <label className="ens-check">
                  <input
                    type="checkbox"
                    checked={form.participantIds.includes(c.id)}
                    disabled={c.active === false}
                    onChange={(e) => toggleCast(c.id, e.target.checked)}
                  />
                  <span>
                    {c.name}
                    {c.active === false ? ' (inactive)' : ''}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {fieldError('participantIds')}
        </fieldset>
        {submitError && (
          <p className="ens-error" role="alert">
            {submitError}
          </p>
        )}
        <div className="ens-form-actions">
          <button type="submit" className="ens-button ens-button--primary" disabled={submitting}>
            {submitting ? 'Starting…' : submitLabel}
          </button>
        </div>
      </form>
    </section>
  );
}
