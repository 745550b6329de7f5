import { createEnsembleClient } from '@ensemble/sdk';
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useEcosystemLive } from '../live/EcosystemLive.tsx';
import { apiBaseUrl } from '../session/api-url.ts';
import { errorText } from '../session/error-text.ts';
import { useClient } from '../session/SessionProvider.tsx';

type ApiKey = Awaited<ReturnType<ReturnType<typeof useClient>['trpc']['keys']['list']['query']>>[number];
type Scope = 'read' | 'participant';

/** The HTML a host page pastes: the script once, then an element per widget. */
export function embedSnippet(apiUrl: string, ecosystemId: string, token: string): string {
  const attrs = `api-url="${apiUrl}" ecosystem-id="${ecosystemId}" token="${token}"`;
  return [
    `<script src="${apiUrl}/widgets/ensemble-widgets.js"></script>`,
    `<ensemble-graph ${attrs} style="height: 480px"></ensemble-graph>`,
    `<ensemble-feed ${attrs}></ensemble-feed>`,
  ].join('\n');
}

/** A minimal host page around the snippet, for the live preview frame. */
function previewDocument(snippet: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embed preview</title><meta name="viewport" content="width=device-width, initial-scale=1"><style>body{margin:12px;font-family:system-ui,sans-serif;display:grid;gap:12px}</style></head><body>${snippet}</body></html>`;
}

/** Origins from a text box: one per line or separated by commas/spaces. */
function originsOf(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((o) => o.trim())
    .filter(Boolean);
}

/**
 * Keys and embedding for developers: create and revoke secret and publishable keys (with the origins a
 * publishable key allows), mint a widget token for this ecosystem, and copy a ready embed snippet.
 */
export function DevelopersPage() {
  const client = useClient();
  const live = useEcosystemLive();
  const apiUrl = apiBaseUrl();
  const [keys, setKeys] = useState<ApiKey[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ kind: string; name: string; secret: string } | null>(null);
  const [secretKey, setSecretKey] = useState('');
  const [publishableKey, setPublishableKey] = useState('');
  const [scope, setScope] = useState<Scope>('read');
  const [token, setToken] = useState<string | null>(null);
  const [minting, setMinting] = useState(false);
  const [copied, setCopied] = useState(false);
  const ids = { kind: useId(), name: useId(), origins: useId(), sk: useId(), pk: useId(), scope: useId() };
  const [kind, setKind] = useState<'secret' | 'publishable'>('publishable');
  const [name, setName] = useState('');
  const [origins, setOrigins] = useState('');

  const reload = useCallback(async () => {
    try {
      setKeys(await client.trpc.keys.list.query());
    } catch (caught) {
      setError(errorText(caught));
    }
  }, [client]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const made = await client.trpc.keys.create.mutate({
        kind,
        name: name.trim(),
        origins: kind === 'publishable' ? originsOf(origins) : [],
      });
      setCreated({ kind, name: name.trim(), secret: made.secret });
      if (kind === 'secret') setSecretKey(made.secret);
      else setPublishableKey(made.secret);
      setName('');
      setOrigins('');
      await reload();
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  const revoke = async (key: ApiKey) => {
    if (!window.confirm(`Revoke “${key.name}”? Everything using it stops working at once.`)) return;
    try {
      await client.trpc.keys.revoke.mutate({ id: key.id });
      await reload();
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  const mint = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setMinting(true);
    // Widget tokens are minted with a secret key, as a host's backend would.
    const server = createEnsembleClient({ url: apiUrl, auth: { apiKey: secretKey.trim() } });
    try {
      const minted = await server.trpc.widgetTokens.create.mutate({
        ecosystemId: live.ecosystemId,
        scope,
        ...(publishableKey.trim() ? { publishableKey: publishableKey.trim() } : {}),
      });
      setToken(minted.token);
      setCopied(false);
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      server.close();
      setMinting(false);
    }
  };

  const snippet = token === null ? null : embedSnippet(apiUrl, live.ecosystemId, token);
  const copy = async () => {
    if (snippet === null) return;
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <main className="page page--narrow developers" id="main" tabIndex={-1}>
      <div className="page-head">
        <h1>Developers</h1>
        <p className="muted">
          Put this ecosystem’s widgets on your own site. A <strong>publishable key</strong> names the sites (origins)
          widgets may run on; a <strong>secret key</strong> stays on your server and mints short-lived widget tokens for
          each page view. See the <a href={`${apiUrl}/api/docs`}>API reference</a> and the SDK and widgets READMEs.
        </p>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}

      <section className="card" aria-labelledby="keys-title">
        <h2 id="keys-title">1. Your keys</h2>
        {keys === null ? (
          <p className="muted">Loading keys…</p>
        ) : keys.length === 0 ? (
          <p className="muted">No keys yet.</p>
        ) : (
          <table className="keys-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Origins</th>
                <th scope="col">State</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => (
                <tr key={key.id}>
                  <td>{key.name}</td>
                  <td>{key.kind}</td>
                  <td>{key.origins.join(', ') || '—'}</td>
                  <td>{key.revokedAt ? 'revoked' : 'active'}</td>
                  <td>
                    {!key.revokedAt && (
                      <button
                        type="button"
                        className="button button--danger button--small"
                        onClick={() => void revoke(key)}
                      >
                        Revoke {key.name}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <form className="stack" onSubmit={(e) => void create(e)} aria-label="Create a key">
          <div className="field">
            <label htmlFor={ids.kind}>Kind</label>
            <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as 'secret' | 'publishable')}>
              <option value="publishable">Publishable (for web pages)</option>
              <option value="secret">Secret (for your server)</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.name}>Key name</label>
            <input id={ids.name} value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} />
          </div>
          {kind === 'publishable' && (
            <div className="field">
              <label htmlFor={ids.origins}>Allowed origins (one per line, e.g. https://example.com)</label>
              <textarea id={ids.origins} value={origins} onChange={(e) => setOrigins(e.target.value)} rows={2} />
            </div>
          )}
          <button type="submit" className="button button--primary">
            Create key
          </button>
        </form>
        {created && (
          <div className="key-secret" role="status">
            <p>
              Your new {created.kind} key “{created.name}”. Copy it now: it is shown only once.
            </p>
            <code data-testid="new-key">{created.secret}</code>
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="token-title">
        <h2 id="token-title">2. Mint a widget token</h2>
        <p className="muted">
          Your server does this for each page view (POST /trpc/widgetTokens.create with the secret key as bearer); here
          you can mint one to try the widgets.
        </p>
        <form className="stack" onSubmit={(e) => void mint(e)} aria-label="Mint a widget token">
          <div className="field">
            <label htmlFor={ids.sk}>Secret key</label>
            <input
              id={ids.sk}
              value={secretKey}
              onChange={(e) => setSecretKey(e.target.value)}
              autoComplete="off"
              required
            />
          </div>
          <div className="field">
            <label htmlFor={ids.pk}>Publishable key (for pages on its origins)</label>
            <input id={ids.pk} value={publishableKey} onChange={(e) => setPublishableKey(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={ids.scope}>Scope</label>
            <select id={ids.scope} value={scope} onChange={(e) => setScope(e.target.value as Scope)}>
              <option value="read">Read (graph, feed, stats)</option>
              <option value="participant">Participant (may also speak in scenarios)</option>
            </select>
          </div>
          <button type="submit" className="button button--primary" disabled={minting || !secretKey.trim()}>
            {minting ? 'Minting…' : 'Mint token'}
          </button>
        </form>
      </section>

      {snippet !== null && (
        <section className="card" aria-labelledby="embed-title">
          <h2 id="embed-title">3. Embed</h2>
          <p className="muted">Paste this into a page on one of the publishable key’s origins.</p>
          <pre className="snippet">
            <code data-testid="embed-snippet">{snippet}</code>
          </pre>
          <button type="button" className="button button--secondary" onClick={() => void copy()}>
            {copied ? 'Copied' : 'Copy snippet'}
          </button>
          <h3 className="embed-preview-title">Live preview</h3>
          <p className="muted">
            The snippet running in a frame on this page, exactly as pasted. This app’s own address is always allowed, so
            the preview works before your site is set up.
          </p>
          <iframe
            className="embed-preview"
            title="Embed preview"
            data-testid="embed-preview"
            sandbox="allow-scripts allow-same-origin"
            srcDoc={previewDocument(snippet)}
          />
        </section>
      )}
    </main>
  );
}
