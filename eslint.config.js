// Lint rules chosen for real defects, not taste (Prettier owns layout):
// promises that nobody awaits, switches that miss a case, code that nothing uses, and I/O in the core.
import tseslint from 'typescript-eslint';

/** Modules that do I/O or read the clock's environment: the core receives them through ports instead. */
const IO_MODULES = [
  'node:*',
  'fs',
  'fs/*',
  'net',
  'http',
  'https',
  'http2',
  'child_process',
  'worker_threads',
  'os',
  'dns',
  'tls',
  'dgram',
  'cluster',
  'pg',
  'ws',
  'ioredis',
  'neo4j-driver',
  'express',
  '@electric-sql/*',
  'drizzle-orm',
  'drizzle-orm/*',
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.turbo/**',
      'apps/api/drizzle/**',
      'bench/**',
      'deploy/**',
      '**/*.js',
      '**/*.cjs',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A promise nobody awaits loses its error and its ordering.
      '@typescript-eslint/no-floating-promises': 'error',
      // A promise where a boolean or a void callback is expected (if (promise), onClick={async …}).
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Awaiting something that is not a promise usually means a missing call or a wrong type.
      '@typescript-eslint/await-thenable': 'error',
      // A switch over a union handles every member, or says why not; a new event type or code is a compile-time task.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
      // Unused variables, parameters and imports (prefix with _ to keep a parameter on purpose).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrors: 'none',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // DESIGN §2: the core is pure. I/O, the clock and randomness come in through ports.
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: IO_MODULES,
              message: 'packages/core does no I/O: define a port in core and implement it in apps/api/src/adapters.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The core reads time from the Clock port.' },
        { object: 'Math', property: 'random', message: 'The core draws randomness from the Random port.' },
      ],
    },
  },
);
