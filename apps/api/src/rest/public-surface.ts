import express, { type Express } from 'express';
import { createPlainEventStream, type PlainStreamOptions } from '../realtime/plain-ws.ts';
import { MAX_BODY_BYTES, type StartServerOptions } from '../server.ts';
import type { AppServices } from '../services.ts';
import { renderDocsPage } from './docs-page.ts';
import { restHandler } from './handler.ts';
import { buildOpenApiDocument, DOCS_PATH, OPENAPI_PATH } from './openapi.ts';
import { expressPath } from './route.ts';
import { CARD_IMPORT_PATH, cardBodyParser } from './routes/cards.ts';
import { BUNDLE_IMPORT_PATH, bundleBodyParser } from './routes/bundles.ts';
import { REST_ROUTES } from './routes/index.ts';

/** The plan's public surface for non-TypeScript clients: REST + OpenAPI + docs, and the plain event stream. */
export interface PublicSurface extends Required<Pick<StartServerOptions, 'upgrades' | 'routes'>> {
  /** Closes every plain stream (call before closing the server). */
  close(): void;
}

/** What `startServer(services, surface)` mounts besides tRPC. */
export function publicSurface(services: AppServices, options: PlainStreamOptions = {}): PublicSurface {
  const stream = createPlainEventStream(services, options);
  return {
    upgrades: { [stream.path]: stream.handleUpgrade },
    routes: (app) => mountRest(app, services),
    close: () => stream.close(),
  };
}

/** REST operations under /api/v1, the OpenAPI document and the docs page. */
export function mountRest(app: Express, services: AppServices): void {
  // On a random port (tests) the configured URL is not where clients are: point them at this server.
  const serverUrl = services.config.port === 0 ? '/' : services.config.publicUrl;
  const document = buildOpenApiDocument(REST_ROUTES, serverUrl);
  const documentJson = JSON.stringify(document);
  const docsPage = renderDocsPage(document);
  app.get(OPENAPI_PATH, (_req, res) => {
    res.type('application/json').setHeader('Cache-Control', 'no-cache');
    res.send(documentJson);
  });
  app.get(DOCS_PATH, (_req, res) => {
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
    );
    res.type('html').send(docsPage);
  });
  // A card comes as a PNG or JSON of up to 10 MB: read raw, before the JSON parser (which then skips it).
  app.post(expressPath(CARD_IMPORT_PATH), cardBodyParser);
  // So does an ecosystem bundle, as JSON of up to 10 MB.
  app.post(expressPath(BUNDLE_IMPORT_PATH), bundleBodyParser);
  app.use('/api/v1', express.json({ limit: MAX_BODY_BYTES }));
  for (const route of REST_ROUTES) app[route.method](expressPath(route.path), restHandler(services, route));
}
