/**
 * Coverage settings every package's vitest config uses: off by default, on when ENSEMBLE_COVERAGE=1 (what
 * .ci/run sets, so CI measures coverage during its one test run rather than a second one). Each package
 * writes coverage/coverage-final.json; .ci/coverage.ts merges in the API code that ran in child processes
 * (NODE_V8_COVERAGE, see apps/api/test/harness.ts) and enforces .ci/coverage-thresholds.json.
 */
import type { CoverageOptions } from 'vitest/node';

const COVERAGE_ENABLED = process.env['ENSEMBLE_COVERAGE'] === '1';

export const coverage: CoverageOptions = {
  enabled: COVERAGE_ENABLED,
  provider: 'v8',
  include: ['src/**/*.{ts,tsx}'],
  exclude: [
    'src/**/*.test.{ts,tsx}',
    'src/**/*.contract.ts',
    'src/**/contract/**',
    'src/**/testing.ts',
    'src/**/*.d.ts',
  ],
  reporter: ['json', 'json-summary'],
  reportsDirectory: 'coverage',
};
