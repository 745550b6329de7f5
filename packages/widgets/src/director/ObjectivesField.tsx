import { DIRECTOR_LIMITS } from './scenario-draft.ts';

export interface ObjectivesFieldProps {
  id: string;
  objectives: readonly string[];
  onChange: (objectives: string[]) => void;
  error?: string | undefined;
  errorId: string;
}

/** An editable list of objectives: one input per objective, add and remove buttons. */
export function ObjectivesField({ id, objectives, onChange, error, errorId }: ObjectivesFieldProps) {
  const setAt = (i: number, value: string) => onChange(objectives.map((o, j) => (j === i ? value : o)));
  const removeAt = (i: number) => onChange(objectives.length > 1 ? objectives.filter((_, j) => j !== i) : ['']);
  return (
    <fieldset
      className="ens-field ens-objectives"
      id={id}
      tabIndex={-1}
      {...(error ? { 'aria-invalid': true, 'aria-describedby': errorId } : {})}
    >
      <legend>Objectives (optional)</legend>
      <ol className="ens-objective-list">
        {objectives.map((objective, i) => (
          <li key={i} className="ens-objective">
            <input
              className="ens-input"
              aria-label={`Objective ${i + 1}`}
              value={objective}
              maxLength={DIRECTOR_LIMITS.objectiveMaxChars}
              placeholder="e.g. Find out who took the key"
              onChange={(e) => setAt(i, e.target.value)}
            />
            <button
              type="button"
              className="ens-button ens-button--icon"
              aria-label={`Remove objective ${i + 1}`}
              onClick={() => removeAt(i)}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="ens-button"
        onClick={() => onChange([...objectives, ''])}
        disabled={objectives.length >= DIRECTOR_LIMITS.objectivesMax}
      >
        Add objective
      </button>
      {error && (
        <p className="ens-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
