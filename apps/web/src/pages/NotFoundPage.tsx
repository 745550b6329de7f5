import { hrefOf } from '../routes.ts';

/** An address the app does not know, or an ecosystem that does not exist (or is not yours). */
export function NotFoundPage({ path, what = 'page' }: { path: string; what?: 'page' | 'ecosystem' }) {
  return (
    <main className="page page--narrow" id="main" tabIndex={-1}>
      <h1>Nothing here</h1>
      <p className="muted">
        {what === 'ecosystem' ? (
          <>
            There is no ecosystem of yours at <code>{path}</code>: it may have been deleted, or the link is wrong.
          </>
        ) : (
          <>
            There is no page at <code>{path}</code>.
          </>
        )}
      </p>
      <p>
        <a className="button button--primary" href={hrefOf({ page: 'ecosystems' })}>
          Back to your ecosystems
        </a>
      </p>
    </main>
  );
}
