import type { Ecosystem } from '@ensemble/sdk';
import { BranchActions } from '../branches/BranchActions.tsx';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { DialogueFields, TEMPLATE_DIALOGUE, type DialogueSetting } from '../dialogue/DialogueFields.tsx';
import { navigate } from '../navigation/use-route.ts';
import { hrefOf } from '../routes.ts';
import { errorText } from '../session/error-text.ts';
import { useClient, useSession } from '../session/SessionProvider.tsx';

/** The user's ecosystems, newest activity first, and a form to create one. */
export function EcosystemsPage() {
  const client = useClient();
  const { reportError } = useSession();
  const [ecosystems, setEcosystems] = useState<Ecosystem[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    client.ecosystems.list().then(
      (list) => {
        if (active) setEcosystems([...list].sort((a, b) => b.updatedAt - a.updatedAt));
      },
      (error: unknown) => {
        if (!active) return;
        reportError(error);
        setLoadError(errorText(error));
      },
    );
    return () => {
      active = false;
    };
  }, [client, reportError]);

  const create = async (name: string, description: string, dialogue: DialogueSetting) => {
    const created = await client.ecosystems.create({ name, description, dialogue });
    navigate({ page: 'characters', ecosystemId: created.id });
  };

  return (
    <main className="page page--narrow" id="main" tabIndex={-1}>
      <div className="page-head">
        <h1>Your ecosystems</h1>
        <p className="muted">Each ecosystem is a world of characters with their own moods and relationships.</p>
      </div>
      {loadError && (
        <p className="form-error" role="alert">
          {loadError}
        </p>
      )}
      {ecosystems === null && !loadError && (
        <p className="muted" role="status">
          Loading ecosystems…
        </p>
      )}
      {ecosystems !== null && ecosystems.length === 0 && (
        <p className="empty">No ecosystems yet. Create your first one below.</p>
      )}
      {ecosystems !== null && ecosystems.length > 0 && (
        <ul className="ecosystem-list">
          {ecosystems.map((e) => (
            <li key={e.id} className="card ecosystem-card">
              <div className="ecosystem-card-text">
                <h2 className="card-title">
                  <a href={hrefOf({ page: 'observatory', ecosystemId: e.id })}>{e.name}</a>
                </h2>
                {e.description && <p className="ecosystem-description">{e.description}</p>}
                <p className="fine-print">{activityLine(e)}</p>
              </div>
              <div className="ecosystem-card-actions">
                <a
                  className="button button--primary"
                  href={hrefOf({ page: 'observatory', ecosystemId: e.id })}
                  aria-label={`Open ${e.name}`}
                >
                  Open
                </a>
                <a
                  className="button button--secondary"
                  href={hrefOf({ page: 'characters', ecosystemId: e.id })}
                  aria-label={`${e.name}: characters`}
                >
                  Characters
                </a>
                <BranchActions ecosystem={e} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <CreateEcosystemForm onCreate={create} />
    </main>
  );
}

function activityLine(e: Ecosystem): string {
  const events = e.lastSeq === 1 ? '1 event' : `${e.lastSeq.toLocaleString()} events`;
  return `${events} so far · created ${new Date(e.createdAt).toLocaleDateString(undefined, { dateStyle: 'medium' })}`;
}

function CreateEcosystemForm({
  onCreate,
}: {
  onCreate(name: string, description: string, dialogue: DialogueSetting): Promise<void>;
}) {
  const [name, setName] = useState('');
  const [dialogue, setDialogue] = useState<DialogueSetting>(TEMPLATE_DIALOGUE);
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { name: useId(), description: useId(), title: useId() };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setError('Give the ecosystem a name.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onCreate(name.trim(), description.trim(), dialogue);
    } catch (caught) {
      setError(errorText(caught));
      setBusy(false);
    }
  };

  return (
    <form className="card create-ecosystem" onSubmit={submit} noValidate aria-labelledby={ids.title}>
      <h2 className="card-title" id={ids.title}>
        New ecosystem
      </h2>
      <div className="field">
        <label htmlFor={ids.name}>Name</label>
        <input
          id={ids.name}
          value={name}
          maxLength={80}
          placeholder="e.g. Lighthouse Island"
          aria-invalid={error && name.trim() === '' ? true : undefined}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.description}>
          Description <span className="muted">(optional)</span>
        </label>
        <textarea
          id={ids.description}
          rows={2}
          value={description}
          maxLength={2000}
          placeholder="Where it is and what is going on."
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      <DialogueFields value={dialogue} onChange={setDialogue} />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create ecosystem'}
        </button>
      </div>
    </form>
  );
}
