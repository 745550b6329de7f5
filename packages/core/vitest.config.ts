import { defineConfig } from 'vitest/config';
import { coverage } from '../../vitest.coverage.ts';

// Simulation tests play hundreds of turns; give them room on a busy 2-core CI machine.
export default defineConfig({ test: { testTimeout: 60_000, coverage } });
