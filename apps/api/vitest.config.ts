import { defineConfig } from 'vitest/config';
import { coverage } from '../../vitest.coverage.ts';

// Opening a store (PGlite in WASM, or a scratch PostgreSQL database) and spawning API processes take seconds.
export default defineConfig({
  test: {
    hookTimeout: 120_000,
    testTimeout: 180_000, // some tests start an API twice and wait for scenario turns
    // Suites spawn API processes and databases; two at a time fits a 2-core machine.
    maxWorkers: 2,
    coverage,
  },
});
