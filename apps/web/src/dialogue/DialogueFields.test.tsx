import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DialogueFields, TEMPLATE_DIALOGUE, type DialogueSetting } from './DialogueFields.tsx';

/** The fields as a form uses them: it keeps the value, and each change is recorded. */
function Harness({ initial, changes }: { initial: DialogueSetting; changes: DialogueSetting[] }) {
  const [value, setValue] = useState(initial);
  return (
    <DialogueFields
      value={value}
      onChange={(next) => {
        changes.push(next);
        setValue(next);
      }}
    />
  );
}

const modeSelect = () => screen.getByLabelText('Dialogue') as HTMLSelectElement;
const modelField = () => screen.queryByLabelText(/^Model/) as HTMLInputElement | null;
const budgetField = () => screen.queryByLabelText(/^Tokens per hour/) as HTMLInputElement | null;

describe('dialogue setting fields', () => {
  it('asks for a model and a budget only when a language model speaks', () => {
    const changes: DialogueSetting[] = [];
    render(<Harness initial={TEMPLATE_DIALOGUE} changes={changes} />);
    expect(modeSelect().value).toBe('template');
    expect(modelField()).toBeNull();
    expect(budgetField()).toBeNull();

    fireEvent.change(modeSelect(), { target: { value: 'llm' } });
    expect(changes.at(-1)).toEqual({ mode: 'llm', model: null, tokensPerHour: null });
    expect(modelField()?.value).toBe('');
    expect(budgetField()?.placeholder).toBe('no limit');

    // Back to the templates: the language model's fields go away.
    fireEvent.change(modeSelect(), { target: { value: 'template' } });
    expect(changes.at(-1)?.mode).toBe('template');
    expect(modelField()).toBeNull();
  });

  it('keeps a typed model and a positive whole budget, and treats blanks as "not set"', () => {
    const changes: DialogueSetting[] = [];
    render(<Harness initial={{ mode: 'llm', model: null, tokensPerHour: null }} changes={changes} />);

    fireEvent.change(modelField()!, { target: { value: 'llama3.2' } });
    expect(changes.at(-1)).toEqual({ mode: 'llm', model: 'llama3.2', tokensPerHour: null });
    // Only spaces: the server's default model, not a model named " ".
    fireEvent.change(modelField()!, { target: { value: '   ' } });
    expect(changes.at(-1)?.model).toBeNull();

    fireEvent.change(budgetField()!, { target: { value: '5000' } });
    expect(changes.at(-1)?.tokensPerHour).toBe(5000);
    expect(budgetField()?.value).toBe('5000');
    // Zero, negative or empty: no budget rather than a budget nothing fits in.
    for (const entered of ['0', '-20', '']) {
      fireEvent.change(budgetField()!, { target: { value: '5000' } });
      fireEvent.change(budgetField()!, { target: { value: entered } });
      expect(changes.at(-1)?.tokensPerHour).toBeNull();
    }
  });

  it('shows a stored language-model setting as it is', () => {
    render(<Harness initial={{ mode: 'llm', model: 'mistral', tokensPerHour: 12000 }} changes={[]} />);
    expect(modeSelect().value).toBe('llm');
    expect(modelField()?.value).toBe('mistral');
    expect(budgetField()?.value).toBe('12000');
  });
});
