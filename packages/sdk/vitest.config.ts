import { defineConfig } from 'vitest/config';
import { coverage } from '../../vitest.coverage.ts';

// Every suite runs a real API process (PGlite in WASM, seconds to open); two at a time fit a 2-core machine.
// Starting one can take minutes on a loaded machine (the first suite also migrates the shared data dir,
// and a start that misses the harness's one-minute limit is tried again), hence the long hook timeout.
export default defineConfig({
  test: {
    hookTimeout: 420_000,
    testTimeout: 90_000,
    maxWorkers: 2,
    globalSetup: ['test/support/global-setup.ts'],
    coverage,
  },
});
