import { hrefOf } from '../routes.ts';

/** An address the app does not know. */
export function NotFoundPage({ path }: { path: string }) {
  return (
    <main className="page page--narrow" id="main" tabIndex={-1}>
      <h1>Nothing here</h1>
      <p className="muted">
        There is no page at <code>{path}</code>.
      </p>
      <p>
        <a className="button button--primary" href={hrefOf({ page: 'ecosystems' })}>
          Back to your ecosystems
        </a>
      </p>
    </main>
  );
}
