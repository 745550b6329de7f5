import { useEffect, useState, type FormEvent } from 'react';
import { useEcosystemLive } from '../live/EcosystemLive.tsx';
import { errorText } from '../session/error-text.ts';
import { useClient } from '../session/SessionProvider.tsx';
import { DialogueFields, TEMPLATE_DIALOGUE, type DialogueSetting } from './DialogueFields.tsx';

/** How often the card asks whether the hour's token budget is spent. */
const BUDGET_CHECK_MS = 30_000;

/** The ecosystem's dialogue setting, editable, with a notice while the token budget is spent. */
export function DialogueCard() {
  const client = useClient();
  const live = useEcosystemLive();
  const stored = live.ecosystem?.dialogue ?? TEMPLATE_DIALOGUE;
  const [draft, setDraft] = useState<DialogueSetting>(stored);
  const [budgetSpent, setBudgetSpent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // A reload (after saving, or a change elsewhere) shows the setting as stored.
  useEffect(() => {
    setDraft(live.ecosystem?.dialogue ?? TEMPLATE_DIALOGUE);
  }, [live.ecosystem]);

  useEffect(() => {
    if (stored.mode !== 'llm' || stored.tokensPerHour === null) {
      setBudgetSpent(false);
      return;
    }
    let active = true;
    const check = () => {
      void client
        .ecosystem(live.ecosystemId)
        .dashboard()
        .then(
          (d) => {
            if (active) setBudgetSpent(d.dialogue.budgetSpent);
          },
          () => {},
        );
    };
    check();
    const timer = setInterval(check, BUDGET_CHECK_MS);
    return () => {
      active = false;
      clearInterval(timer);
    };
  }, [client, live.ecosystemId, stored.mode, stored.tokensPerHour]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await client.ecosystems.update(live.ecosystemId, { dialogue: draft });
      await live.reload();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  const changed =
    draft.mode !== stored.mode || draft.model !== stored.model || draft.tokensPerHour !== stored.tokensPerHour;
  return (
    <form className="card" onSubmit={save} aria-labelledby="dialogue-title">
      <h2 className="card-title" id="dialogue-title">
        Who speaks
      </h2>
      {budgetSpent && (
        <p className="form-error" role="status">
          This hour’s token budget is spent: the characters speak with the built-in templates until it frees up.
        </p>
      )}
      <DialogueFields value={draft} onChange={setDraft} />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--secondary" disabled={busy || !changed}>
          {busy ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}
