/**
 * Builds the publishable package into dist/:
 *   index.js        ESM, bundled by Vite in library mode; @trpc/* stay dependencies (the API's code is
 *                   never imported at run time: the SDK imports the router as a type only)
 *   types/          declarations from tsc: the SDK's, plus those of the API router and the engine model
 *                   it derives its types from (types only), rewritten to resolve inside dist/
 *   package.json    with the exports map; README.md
 * Run: npm run build -w @ensemble/sdk
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'vite';

const PACKAGE_DIR = resolve(import.meta.dirname, '..');
const REPO_ROOT = resolve(PACKAGE_DIR, '../..');
/**
 * dist/ by default. SDK_BUILD_OUT builds elsewhere: the build test uses its own folder, since a turbo
 * build running at the same time (the web app's tests build the SDK too) starts by emptying dist/.
 */
const DIST = resolve(process.env['SDK_BUILD_OUT'] ?? join(PACKAGE_DIR, 'dist'));
const TYPES = join(DIST, 'types');

/** Where each workspace package's declarations land under dist/types (tsc keeps the repo's layout). */
const WORKSPACE_TYPES: Record<string, string> = {
  '@ensemble/core': join(TYPES, 'packages/core/src/index.d.ts'),
  '@ensemble/core/vocabulary': join(TYPES, 'packages/core/src/vocabulary.d.ts'),
  '@ensemble/api/router': join(TYPES, 'apps/api/src/router.d.ts'),
};
const SDK_TYPES_ENTRY = './types/packages/sdk/src/index.d.ts';

const manifest = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  description?: string;
  dependencies: Record<string, string>;
};

rmSync(DIST, { recursive: true, force: true });

await build({
  root: PACKAGE_DIR,
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: DIST,
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: { entry: join(PACKAGE_DIR, 'src/index.ts'), formats: ['es'], fileName: () => 'index.js' },
    rolldownOptions: { external: (id) => id.startsWith('@trpc/') || id === 'ws' },
  },
});

execFileSync(
  process.execPath,
  [
    join(REPO_ROOT, 'node_modules/typescript/bin/tsc'),
    '-p',
    join(PACKAGE_DIR, 'tsconfig.build.json'),
    '--outDir',
    TYPES,
  ],
  {
    stdio: 'inherit',
  },
);
for (const file of declarationFiles(TYPES)) writeFileSync(file, rewriteSpecifiers(file, readFileSync(file, 'utf8')));

const trpcVersion = manifest.dependencies['@trpc/client'] ?? '*';
writeFileSync(
  join(DIST, 'package.json'),
  `${JSON.stringify(
    {
      name: manifest.name,
      version: manifest.version,
      description: 'Typed client for the Ensemble API: ecosystems, characters, scenarios and live events.',
      type: 'module',
      main: './index.js',
      types: SDK_TYPES_ENTRY,
      exports: {
        '.': { types: SDK_TYPES_ENTRY, import: './index.js', default: './index.js' },
        './package.json': './package.json',
      },
      sideEffects: false,
      engines: { node: '>=20' },
      dependencies: { '@trpc/client': trpcVersion, '@trpc/server': trpcVersion },
      peerDependencies: { ws: '^8.0.0' },
      peerDependenciesMeta: { ws: { optional: true } },
    },
    null,
    2,
  )}\n`,
);
copyFileSync(join(PACKAGE_DIR, 'README.md'), join(DIST, 'README.md'));
console.log(`built ${relative(REPO_ROOT, DIST)}`);

function declarationFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return declarationFiles(path);
    return path.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * Declarations keep the sources' specifiers: relative ones end in `.ts` (rewritten to `.js`, which
 * resolves to the `.d.ts`), workspace packages are bare (rewritten to their declarations in dist/).
 */
function rewriteSpecifiers(file: string, text: string): string {
  return text.replace(
    /(from\s+|import\(\s*)(['"])([^'"]+)\2/g,
    (whole, lead: string, quote: string, specifier: string) => {
      if (specifier.startsWith('.')) return `${lead}${quote}${specifier.replace(/\.ts$/, '.js')}${quote}`;
      const target = WORKSPACE_TYPES[specifier];
      if (target === undefined) {
        if (specifier.startsWith('@ensemble/'))
          throw new Error(`${relative(DIST, file)} imports ${specifier}, which the build does not map`);
        return whole;
      }
      let path = relative(dirname(file), target).replace(/\.d\.ts$/, '.js');
      if (!path.startsWith('.')) path = `./${path}`;
      return `${lead}${quote}${path}${quote}`;
    },
  );
}
