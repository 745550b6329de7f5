import type { Ecosystem } from '@ensemble/sdk';
import { useId } from 'react';

/** An ecosystem's dialogue setting as the forms edit it. */
export type DialogueSetting = NonNullable<Ecosystem['dialogue']>;

export const TEMPLATE_DIALOGUE: DialogueSetting = { mode: 'template', model: null, tokensPerHour: null };

/** Who speaks for the characters: the built-in templates, or the server's language model (model and budget optional). */
export function DialogueFields({ value, onChange }: { value: DialogueSetting; onChange(next: DialogueSetting): void }) {
  const ids = { mode: useId(), model: useId(), budget: useId() };
  return (
    <>
      <div className="field">
        <label htmlFor={ids.mode}>Dialogue</label>
        <select
          id={ids.mode}
          value={value.mode}
          onChange={(e) => onChange({ ...value, mode: e.target.value === 'llm' ? 'llm' : 'template' })}
        >
          <option value="template">Built-in templates</option>
          <option value="llm">Language model (templates as fallback)</option>
        </select>
      </div>
      {value.mode === 'llm' && (
        <>
          <div className="field">
            <label htmlFor={ids.model}>
              Model <span className="muted">(optional; the server's default otherwise)</span>
            </label>
            <input
              id={ids.model}
              value={value.model ?? ''}
              maxLength={200}
              placeholder="e.g. llama3.2"
              onChange={(e) => onChange({ ...value, model: e.target.value.trim() === '' ? null : e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.budget}>
              Tokens per hour <span className="muted">(optional budget)</span>
            </label>
            <input
              id={ids.budget}
              type="number"
              min={1}
              step={1000}
              value={value.tokensPerHour ?? ''}
              placeholder="no limit"
              onChange={(e) => {
                const n = Number.parseInt(e.target.value, 10);
                onChange({ ...value, tokensPerHour: Number.isFinite(n) && n > 0 ? n : null });
              }}
            />
          </div>
        </>
      )}
    </>
  );
}
