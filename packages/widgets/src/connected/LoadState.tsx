/** Shown in place of a widget while its data loads, or when it could not be loaded. */
export function LoadState({ what, error }: { what: string; error: string | null }) {
  return (
    <section className="ens-widget ens-load-state" aria-busy={error === null} aria-label={what}>
      {error === null ? (
        <p className="ens-empty">Loading {what}…</p>
      ) : (
        <p className="ens-error" role="alert">
          Could not load {what}: {error}
        </p>
      )}
    </section>
  );
}
