/**
 * Builds the web app (and the widget bundle host pages load) when the build is missing or older than
 * its sources, so `npm start` and the browser tests always serve what the code says without rebuilding
 * on every run. Run directly (`tsx apps/web/scripts/ensure-built.ts`) or call `ensureBuilt()`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const REPO_ROOT = resolve(import.meta.dirname, '../../..');
/** Source folders every bundle here is made from (the web app bundles widgets, SDK and core). */
const SHARED_SOURCES = ['packages/widgets/src', 'packages/sdk/src', 'packages/core/src'];

/** Tests are not bundled: changing one does not make a build stale. */
const TEST_FILE = /\.test\.tsx?$/;

interface Build {
  workspace: string;
  /** A file the build writes; its age is the build's age. */
  output: string;
  sources: string[];
  /** Why an up-to-date build is still not the one wanted (e.g. built without coverage counters), or null. */
  unwanted?: () => string | null;
}

/**
 * With ENSEMBLE_COVERAGE=1 the web app is built instrumented for coverage (vite.config.ts), otherwise not:
 * a build of the other kind is rebuilt even when it is newer than its sources.
 */
function webBuildKind(): string | null {
  const assets = join(REPO_ROOT, 'apps/web/dist/assets');
  if (!existsSync(assets)) return null;
  const instrumented = readdirSync(assets).some(
    (file) => file.endsWith('.js') && readFileSync(join(assets, file), 'utf8').includes('__coverage__'),
  );
  const wanted = process.env['ENSEMBLE_COVERAGE'] === '1';
  if (instrumented === wanted) return null;
  return wanted ? 'built without coverage counters' : 'built with coverage counters';
}

const BUILDS: Build[] = [
  {
    workspace: '@ensemble/widgets',
    output: 'packages/widgets/dist/ensemble-widgets.js',
    sources: [...SHARED_SOURCES, 'packages/widgets/vite.config.ts', 'packages/widgets/package.json'],
  },
  {
    workspace: '@ensemble/web',
    output: 'apps/web/dist/index.html',
    sources: [
      ...SHARED_SOURCES,
      'apps/web/src',
      'apps/web/index.html',
      'apps/web/vite.config.ts',
      'apps/web/package.json',
      'apps/web/scripts/istanbul-plugin.ts',
    ],
    unwanted: webBuildKind,
  },
];

/** Newest modification time (ms) of a file or of any file under a folder; 0 when it does not exist. */
function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return TEST_FILE.test(path) ? 0 : stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

function hasBuildScript(workspace: string): boolean {
  const folder = workspace === '@ensemble/web' ? 'apps/web' : `packages/${workspace.split('/')[1]}`;
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, folder, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  return typeof manifest.scripts?.['build'] === 'string';
}

/** Whether a build is missing or older than one of its sources. */
export function isStale(build: Build): boolean {
  const output = join(REPO_ROOT, build.output);
  if (!existsSync(output)) return true;
  const builtAt = statSync(output).mtimeMs;
  return (
    build.sources.some((source) => newestChange(join(REPO_ROOT, source)) > builtAt) ||
    (build.unwanted?.() ?? null) !== null
  );
}

/** Builds whatever is stale, in dependency order; throws if a build fails. Returns the workspaces built. */
export function ensureBuilt(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): string[] {
  const built: string[] = [];
  for (const build of BUILDS) {
    if (!hasBuildScript(build.workspace)) {
      log(`[ensure-built] ${build.workspace} has no build script yet; skipping`);
      continue;
    }
    if (!isStale(build)) continue;
    log(`[ensure-built] building ${build.workspace} (${build.unwanted?.() ?? 'missing or older than its sources'})`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['run', 'build', '-w', build.workspace], { cwd: REPO_ROOT, stdio: 'inherit' });
    if (result.status !== 0)
      throw new Error(`Building ${build.workspace} failed (exit ${result.status ?? result.signal}).`);
    built.push(build.workspace);
  }
  return built;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    ensureBuilt();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
