import type { Ecosystem } from '@ensemble/sdk';
import { useState } from 'react';
import { navigate } from '../navigation/use-route.ts';
import { hrefOf } from '../routes.ts';
import { errorText } from '../session/error-text.ts';
import { useClient } from '../session/SessionProvider.tsx';

/**
 * An ecosystem card's branch actions: "Fork" makes a branch as it is now and opens the comparison with it;
 * a branch gets "Compare" (with its parent).
 */
export function BranchActions({ ecosystem }: { ecosystem: Ecosystem }) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const parent = ecosystem.parent ?? null;

  const fork = async () => {
    setBusy(true);
    setError(null);
    try {
      const branch = await client.ecosystem(ecosystem.id).fork();
      navigate({ page: 'compare', ecosystemId: ecosystem.id, otherId: branch.ecosystem.id });
    } catch (caught) {
      setError(errorText(caught));
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        disabled={busy}
        aria-label={`Fork ${ecosystem.name}`}
        onClick={() => void fork()}
      >
        {busy ? 'Forking…' : 'Fork'}
      </button>
      {parent && (
        <a
          className="button button--secondary"
          href={hrefOf({ page: 'compare', ecosystemId: parent.id, otherId: ecosystem.id })}
          aria-label={`Compare ${ecosystem.name} with its parent`}
        >
          Compare
        </a>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
