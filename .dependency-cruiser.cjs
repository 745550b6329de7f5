// The layering of DESIGN §2, checked on every `npm test`:
//   web -> widgets -> sdk -> (types of) api -> core; core imports nothing of ours and does no I/O.
/** Node built-ins and packages that do I/O; the core reaches them only through ports. */
const IO =
  '^(node:.*|fs|net|http|https|http2|child_process|worker_threads|os|dns|tls|dgram|cluster)$|(^|/)node_modules/(pg|ws|ioredis|neo4j-driver|express|@electric-sql/[^/]+|drizzle-orm)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'packages/core does no I/O: define a port in core, implement it in apps/api/src/adapters/<technology>.',
      severity: 'error',
      from: { path: '^packages/core/(src|testing)/', pathNot: '\\.test\\.ts$' },
      to: {
        dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-peer', 'npm-optional', 'npm-no-pkg', 'npm-unknown'],
        path: IO,
      },
    },
    {
      name: 'core-uses-no-node-builtins',
      comment: 'packages/core runs anywhere (browser, worker, server): no Node built-ins, not even crypto or timers.',
      severity: 'error',
      from: { path: '^packages/core/(src|testing)/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-imports-nothing-of-ours',
      comment: 'The engine knows nothing of the API, the SDK or the widgets.',
      severity: 'error',
      from: { path: '^packages/core/' },
      to: { path: '^(apps/|packages/(sdk|widgets)/)' },
    },
    {
      name: 'widgets-use-the-sdk-not-the-api',
      comment: 'Widgets reach the API only through @ensemble/sdk (which re-exports the types they need).',
      severity: 'error',
      from: { path: '^packages/widgets/' },
      to: { path: '^(apps/|packages/core/)' },
    },
    {
      name: 'sdk-takes-only-types-from-the-api',
      comment:
        "The SDK ships to third parties: it takes the API's types only (never server code); the pure core's constants it bundles and re-exports.",
      severity: 'error',
      from: { path: '^packages/sdk/src/' },
      to: { path: '^apps/api/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-upward-imports',
      comment: 'Dependencies point one way: web -> widgets -> sdk -> api -> core. Nothing imports the web app.',
      severity: 'error',
      from: { path: '^(packages/|apps/api/)' },
      to: { path: '^apps/web/' },
    },
    {
      name: 'api-does-not-import-clients',
      comment: 'The API serves the SDK and widgets; it never imports them.',
      severity: 'error',
      from: { path: '^apps/api/' },
      to: { path: '^packages/(sdk|widgets)/' },
    },
    {
      name: 'only-entry-points-across-packages',
      comment:
        'A package is reached through its package.json exports (@ensemble/x, @ensemble/x/testing), never by a relative path into its folders.',
      severity: 'error',
      from: { path: '^(apps|packages)/([^/]+)/' },
      to: {
        path: '^(apps|packages)/([^/]+)/',
        pathNot: [
          '^$1/$2/',
          '^packages/core/(src/index|src/vocabulary|testing/index)\\.ts$',
          '^packages/sdk/src/index\\.ts$',
          '^packages/widgets/src/(index|embed/index)\\.ts$',
          '^apps/api/(src/(index|router)|testing/index)\\.ts$',
        ],
      },
    },
    {
      name: 'benches-use-entry-points',
      comment: 'Benchmarks reach packages the way a user would: @ensemble/x or @ensemble/x/testing.',
      severity: 'error',
      from: { path: '^bench/' },
      to: {
        path: '^(apps|packages)/',
        pathNot: [
          '^packages/core/(src/index|testing/index)\\.ts$',
          '^packages/sdk/src/index\\.ts$',
          '^apps/api/(src/(index|router)|testing/index)\\.ts$',
        ],
      },
    },
    {
      name: 'no-test-code-in-src',
      comment:
        "Test helpers live in test/ or testing/ and are exported as @ensemble/<pkg>/testing. A port's contract suite (*.contract.ts, contract/) may sit beside the port it specifies.",
      severity: 'error',
      from: { path: '/src/', pathNot: ['\\.(test|bench)\\.tsx?$', '\\.contract\\.ts$', '/contract/'] },
      to: { path: '(^|/)node_modules/(vitest|fast-check|@testing-library/[^/]+)/|^(apps|packages)/[^/]+/test/' },
    },
    {
      name: 'no-cycles',
      comment:
        'No import cycles anywhere: a cycle means two modules are one module, or a type lives in the wrong place.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'ports-do-not-import-adapters',
      comment:
        'A port folder (db, graph, store, realtime…) knows no technology: adapters import the port, and only the composition root (adapters/index.ts, services.ts, and the db copy command, which opens both stores by URL) picks one.',
      severity: 'error',
      from: {
        path: '^apps/api/src/',
        pathNot: [
          '^apps/api/src/adapters/',
          '^apps/api/src/(services|server|cli|index)\\.ts$',
          '^apps/api/src/db/copy/',
          '\\.test\\.ts$',
        ],
      },
      to: { path: '^apps/api/src/adapters/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(apps|packages)/[^/]+/dist/|(^|/)\\.turbo/' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.d.ts'],
    },
    combinedDependencies: true,
    reporterOptions: { text: { highlightFocused: true } },
  },
};
