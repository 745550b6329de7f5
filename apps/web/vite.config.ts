import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { istanbulPlugin } from './scripts/istanbul-plugin.ts';

/** Where `vite dev` forwards API calls; the built app is served by the API itself on one port. */
const DEV_API = process.env['ENSEMBLE_API_URL'] ?? 'http://127.0.0.1:4000';

/**
 * ENSEMBLE_COVERAGE=1 (CI's test run): the build the browser tests serve is instrumented with istanbul and
 * left unminified, so the code the tests run in Chromium counts toward the web app's coverage. Otherwise the
 * build is the one to serve: minified, no counters.
 */
export const COVERAGE_BUILD = process.env['ENSEMBLE_COVERAGE'] === '1';

export default defineConfig(({ command }) => {
  // A build is for serving, whatever NODE_ENV the caller runs under (CI and vitest set "test"):
  // without this, React's development build is bundled.
  if (command === 'build') process.env['NODE_ENV'] = 'production';
  return {
    plugins: COVERAGE_BUILD ? [istanbulPlugin(), react()] : [react()],
    build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, minify: !COVERAGE_BUILD },
    server: {
      proxy: {
        '/trpc': { target: DEV_API, ws: true, changeOrigin: false },
        '/api': { target: DEV_API },
      },
    },
  };
});
