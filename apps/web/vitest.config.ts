import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { coverage } from '../../vitest.coverage.ts';

/**
 * Two kinds of tests: component tests of the app's pages in jsdom (beside the code), and browser tests
 * in test/browser that drive Debian's Chromium against the real API running as a child process.
 */
export default defineConfig({
  plugins: [react()],
  test: {
    coverage,
    projects: [
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['./test/support/component-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['./test/support/build-once.ts'],
          testTimeout: 120_000,
          hookTimeout: 420_000,
          // One Chromium and one API at a time: the machine has two cores shared with others.
          fileParallelism: false,
        },
      },
    ],
  },
});
