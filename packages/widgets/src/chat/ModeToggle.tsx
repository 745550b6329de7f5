/** Watching the scene, or taking part in it. */
export type ChatMode = 'observer' | 'participant';

/** Two-way switch between observer and participant mode. */
export function ModeToggle({ mode, onChange }: { mode: ChatMode; onChange: (mode: ChatMode) => void }) {
  return (
    <div className="ens-toggle" role="group" aria-label="Mode">
      {(['observer', 'participant'] as const).map((m) => (
        <button
          key={m}
          type="button"
          className="ens-toggle-option"
          aria-pressed={mode === m}
          onClick={() => onChange(m)}
        >
          {m === 'observer' ? 'Observe' : 'Participate'}
        </button>
      ))}
    </div>
  );
}
