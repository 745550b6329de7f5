import { useCallback, useRef, useState } from 'react';
import { CharacterPanel } from '../character-panel/CharacterPanel.tsx';
import { CharacterForm, type CharacterDraft } from '../characters/CharacterForm.tsx';
import { CharacterRow } from '../characters/CharacterRow.tsx';
import { useEcosystemLive } from '../live/EcosystemLive.tsx';
import { errorText } from '../session/error-text.ts';
import { useClient, useSession } from '../session/SessionProvider.tsx';

/** The ecosystem's characters: list with current moods, create, edit (personality sliders + mood preview), delete. */
export function CharactersPage() {
  const client = useClient();
  const { reportError } = useSession();
  const live = useEcosystemLive();
  const handle = client.ecosystem(live.ecosystemId);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [panelId, setPanelId] = useState<string | null>(null);
  const closePanel = useCallback(() => setPanelId(null), []);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  /** Bumped after a save so the form starts blank again. */
  const [formVersion, setFormVersion] = useState(0);
  const formArea = useRef<HTMLDivElement | null>(null);
  const characters =
    live.characters === null ? null : [...live.characters].sort((a, b) => a.name.localeCompare(b.name));
  const editing = characters?.find((c) => c.id === editingId) ?? null;

  const openForm = (id: string | null) => {
    setEditingId(id);
    setNotice(null);
    // After the form re-renders for the chosen character, bring it into view and put the caret in the name.
    requestAnimationFrame(() => {
      formArea.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
      formArea.current?.querySelector('input')?.focus({ preventScroll: true });
    });
  };

  const save = async (draft: CharacterDraft) => {
    let message: string;
    if (editing) {
      await handle.characters.update(editing.id, draft);
      message = `Saved ${draft.name}.`;
    } else {
      const { active: _active, ...fields } = draft;
      await handle.characters.create(fields);
      message = `${draft.name} joined ${live.ecosystem?.name ?? 'the ecosystem'}.`;
    }
    // The list (and a form opened from it next) must show what was just saved, so reload before saying so.
    await live.reload();
    setEditingId(null);
    setFormVersion((v) => v + 1);
    setNotice(message);
  };

  const remove = async (id: string, name: string) => {
    setFailure(null);
    try {
      await handle.characters.delete(id);
      await live.reload();
      if (editingId === id) setEditingId(null);
      setNotice(`${name} left the ecosystem.`);
    } catch (caught) {
      reportError(caught);
      setFailure(errorText(caught));
    }
  };

  return (
    <main className="page" id="main" tabIndex={-1}>
      <div className="page-head page-head--row">
        <div>
          <h1>Characters</h1>
          <p className="muted">Personalities set how each character feels, talks and gets along with others.</p>
        </div>
        <button type="button" className="button button--primary" onClick={() => openForm(null)}>
          New character
        </button>
      </div>
      {(live.error ?? failure) && (
        <p className="form-error" role="alert">
          {failure ?? live.error}
        </p>
      )}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <div className="characters-layout">
        <section className="card character-list-card" aria-label="Characters">
          <h2 className="card-title">{characters === null ? 'Cast' : `Cast (${characters.length})`}</h2>
          {characters === null && (
            <p className="muted" role="status">
              Loading characters…
            </p>
          )}
          {characters?.length === 0 && <p className="empty">Nobody lives here yet. Create the first character.</p>}
          {characters !== null && characters.length > 0 && (
            <ul className="character-list">
              {characters.map((c) => (
                <CharacterRow
                  key={c.id}
                  character={c}
                  selected={c.id === editingId}
                  onEdit={() => openForm(c.id)}
                  onOpen={() => setPanelId(c.id)}
                  onDelete={() => remove(c.id, c.name)}
                />
              ))}
            </ul>
          )}
        </section>
        <div ref={formArea} className="character-form-area">
          <CharacterForm
            key={`${editing?.id ?? 'new'}-${formVersion}`}
            editing={
              editing === null
                ? null
                : {
                    id: editing.id,
                    name: editing.name,
                    description: editing.description,
                    personality: editing.personality,
                    active: editing.active,
                  }
            }
            onSave={async (draft) => {
              try {
                await save(draft);
              } catch (caught) {
                reportError(caught);
                throw caught;
              }
            }}
            {...(editing ? { onCancel: () => setEditingId(null) } : {})}
          />
        </div>
      </div>
      {panelId !== null && <CharacterPanel key={panelId} characterId={panelId} onClose={closePanel} />}
    </main>
  );
}
