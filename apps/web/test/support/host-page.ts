/**
 * A stand-in for a customer's website: a tiny HTTP server on its own port (so a different origin from the
 * API) serving one plain HTML page that embeds the widgets with a script tag. No React, no build step.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostPage {
  /** http://127.0.0.1:<port>, the host site's origin. */
  origin: string;
  /** Sets what the page embeds; the page is rendered on each request. */
  configure(embed: EmbedConfig): void;
  /** Serves this exact markup in the page's body instead (e.g. a snippet pasted from the Developers page). */
  serveSnippet(snippet: string): void;
  close(): Promise<void>;
}

export interface EmbedConfig {
  apiUrl: string;
  ecosystemId: string;
  token: string;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The host site's page: its own header and copy, with the Ensemble widgets placed in it. */
export function hostPageHtml({ apiUrl, ecosystemId, token }: EmbedConfig): string {
  const attrs = `api-url="${escapeAttribute(apiUrl)}" ecosystem-id="${escapeAttribute(ecosystemId)}" token="${escapeAttribute(token)}"`;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Harbor Town Gazette</title>
  <link rel="icon" href="data:,">
  <style>
    /* The host's own styles: they must not leak into the widgets, nor the widgets' into the page. */
    body { margin: 0; font-family: Georgia, "Times New Roman", serif; background: #fbf8f1; color: #2b2118; }
    header { background: #2b2118; color: #fbf8f1; padding: 18px 24px; }
    header h1 { margin: 0; font-size: 1.6rem; }
    main { max-width: 1200px; margin: 0 auto; padding: 20px 16px 48px; display: grid; gap: 20px; }
    p.lede { font-size: 1.1rem; margin: 0; }
    .row { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); gap: 20px; align-items: start; }
    @media (max-width: 800px) { .row { grid-template-columns: 1fr; } }
    h2, li, p { color: #7a1f1f; }
    /* The host decides how much room the feed gets; it scrolls inside that. */
    ensemble-feed { display: block; max-height: 640px; overflow-y: auto; border-radius: 12px; }
    /* A fixed height for the graph: it must fill it and never spill onto what follows. */
    ensemble-graph { height: 480px; }
  </style>
</head>
<body>
  <header><h1>Harbor Town Gazette</h1></header>
  <main>
    <p class="lede">Live from the festival: who is talking to whom tonight.</p>
    <ensemble-stats ${attrs}></ensemble-stats>
    <div class="row">
      <ensemble-graph ${attrs}></ensemble-graph>
      <ensemble-feed ${attrs}></ensemble-feed>
    </div>
  </main>
  <script src="${escapeAttribute(apiUrl)}/widgets/ensemble-widgets.js"></script>
</body>
</html>`;
}

/** Starts the host site on a free port. */
export async function startHostPage(): Promise<HostPage> {
  let embed: EmbedConfig | null = null;
  let pasted: string | null = null;
  const server: Server = createServer((req, res) => {
    if (req.url !== '/' && req.url !== '/index.html') {
      res.writeHead(404).end();
      return;
    }
    if (pasted !== null) {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
        .end(
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title><link rel="icon" href="data:,"></head><body><main>${pasted}</main></body></html>`,
        );
      return;
    }
    if (embed === null) {
      res.writeHead(503, { 'content-type': 'text/plain' }).end('not configured');
      return;
    }
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .end(hostPageHtml(embed));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    configure: (next) => {
      embed = next;
      pasted = null;
    },
    serveSnippet: (snippet) => {
      pasted = snippet;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
