import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Production JSX (jsx, not jsxDEV) whatever NODE_ENV the build runs under (vitest sets 'test'): both
 * bundles run against React's production build, which has no jsxDEV.
 */
const PRODUCTION_JSX = { jsx: { runtime: 'automatic', development: false } } as const;

/** React stays the host app's: the ESM build imports it (peer dependency). */
const REACT_EXTERNALS = [/^react($|\/)/, /^react-dom($|\/)/];

/**
 * Two builds, chosen by mode:
 * - default: ESM library `dist/index.js` for bundler users, React external;
 * - `--mode iife`: `dist/ensemble-widgets.js`, one script for any page, React bundled and in production
 *   mode (without the define, React's dev build ships and throws "process is not defined").
 */
export default defineConfig(
  ({ mode }): UserConfig =>
    mode === 'iife'
      ? {
          plugins: [react()],
          oxc: PRODUCTION_JSX,
          define: { 'process.env.NODE_ENV': '"production"' },
          build: {
            outDir: here('./dist'),
            emptyOutDir: false,
            sourcemap: true,
            lib: {
              entry: here('./src/embed/auto-define.ts'),
              formats: ['iife'],
              name: 'EnsembleWidgets',
              fileName: () => 'ensemble-widgets.js',
            },
          },
        }
      : {
          plugins: [react()],
          oxc: PRODUCTION_JSX,
          build: {
            outDir: here('./dist'),
            emptyOutDir: true,
            sourcemap: true,
            lib: { entry: here('./src/index.ts'), formats: ['es'], fileName: () => 'index.js' },
            rolldownOptions: { external: REACT_EXTERNALS },
          },
        },
);
