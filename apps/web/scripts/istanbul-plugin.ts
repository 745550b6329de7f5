/**
 * Vite plugin that instruments the web app's own source (apps/web/src, tests excluded) with istanbul, for the
 * coverage of the browser tests (ENSEMBLE_COVERAGE=1, see vite.config.ts). It runs before every other
 * transform, on the TypeScript/JSX as written, so the counters (window.__coverage__) speak of source lines
 * and branches directly, with no source map to go back through. Files are named by their path from the
 * repository's root (apps/web/src/App.tsx), so a build is the same in any checkout (turbo may restore one
 * built in another worktree); test/support/browser-coverage.ts turns the names into this checkout's paths.
 * test/support/chromium.ts reads them from every tab; .ci/coverage.ts merges them with the component tests'.
 */
import { relative, resolve, sep } from 'node:path';
import { createInstrumenter } from 'istanbul-lib-instrument';
import type { Plugin } from 'vite';

const REPO_ROOT = resolve(import.meta.dirname, '../../..');
const SOURCE = resolve(import.meta.dirname, '..', 'src') + sep;
const INSTRUMENTED = /\.tsx?$/;
const NOT_INSTRUMENTED = /\.(test|contract)\.tsx?$|\.d\.ts$/;

/** Babel parser plugins istanbul needs for our files (JSX only in .tsx: in .ts, `<T>x` is a cast). */
const BASE_PARSER_PLUGINS = ['typescript', 'importMeta', 'topLevelAwait', 'dynamicImport'];

/** Whether the build instruments `id` (a module id as Vite gives it, possibly with a query). */
export function isInstrumented(id: string): boolean {
  const file = id.split('?')[0] ?? id;
  return file.startsWith(SOURCE) && INSTRUMENTED.test(file) && !NOT_INSTRUMENTED.test(file);
}

export function istanbulPlugin(): Plugin {
  const instrumenters = new Map<boolean, ReturnType<typeof createInstrumenter>>();
  const instrumenter = (jsx: boolean) => {
    let found = instrumenters.get(jsx);
    if (found === undefined) {
      found = createInstrumenter({
        esModules: true,
        produceSourceMap: true,
        compact: false,
        // `globalThis`, not istanbul's default `new Function('return this')()`: no eval needed in the page.
        coverageGlobalScope: 'globalThis',
        coverageGlobalScopeFunc: false,
        parserPlugins: jsx ? [...BASE_PARSER_PLUGINS, 'jsx'] : BASE_PARSER_PLUGINS,
      } as Parameters<typeof createInstrumenter>[0]);
      instrumenters.set(jsx, found);
    }
    return found;
  };
  return {
    name: 'ensemble-istanbul',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!isInstrumented(id)) return null;
      const file = id.split('?')[0] ?? id;
      const instrument = instrumenter(file.endsWith('.tsx'));
      const instrumented = instrument.instrumentSync(code, relative(REPO_ROOT, file).split(sep).join('/'));
      return { code: instrumented, map: instrument.lastSourceMap() as never };
    },
  };
}
