/**
 * After the CI test run (ENSEMBLE_COVERAGE=1): each package's coverage (vitest's v8 provider, in
 * <package>/coverage/coverage-final.json), plus for the API the code its integration suites ran in child
 * processes (raw V8 coverage in .coverage-children/api, converted by c8 through the source maps tsx leaves),
 * merged per file; for the web app, the code the browser tests ran in Chromium (a build instrumented with
 * istanbul, counters saved per tab into .coverage-children/web by apps/web/test/support/browser-coverage.ts).
 * Prints lines and branches per package and fails when one is under its threshold
 * (.ci/coverage-thresholds.json; null: printed only).
 * Run: npx tsx .ci/coverage.ts [--files] [package folder ...] (e.g. `apps/web`: only those packages;
 * --files: each file's figures too, where the web app's browser coverage is merged)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import libCoverage from 'istanbul-lib-coverage';

const ROOT = resolve(import.meta.dirname, '..');
const CHILDREN = join(ROOT, '.coverage-children');

type Threshold = { lines: number; branches: number } | null;
const thresholds = JSON.parse(readFileSync(join(ROOT, '.ci', 'coverage-thresholds.json'), 'utf8')) as Record<
  string,
  Threshold | string
>;

/** Converts the raw V8 coverage children of `pkg` wrote into istanbul JSON (null when there is none). */
function childCoverage(pkg: string, name: string): libCoverage.CoverageMapData | null {
  const raw = join(CHILDREN, name);
  if (!existsSync(raw) || readdirSync(raw).length === 0) return null;
  const out = join(CHILDREN, `${name}-report`);
  rmSync(out, { recursive: true, force: true });
  const c8 = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'c8', 'bin', 'c8.js'),
      'report',
      '--temp-directory',
      raw,
      '--report-dir',
      out,
      '--reporter',
      'json',
      '--src',
      pkg,
      '--include',
      `${pkg}/src/**`,
      '--exclude',
      `${pkg}/src/**/*.test.ts`,
      '--exclude-after-remap',
      '--all',
      'false',
    ],
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (c8.status !== 0) throw new Error(`c8 report failed for ${pkg}`);
  return JSON.parse(readFileSync(join(out, 'coverage-final.json'), 'utf8')) as libCoverage.CoverageMapData;
}

/**
 * The web app's code as the browser tests ran it: every tab's istanbul counters, added up (null when none).
 * They count the TypeScript as written, as the component tests' coverage does (see withBrowser).
 */
function browserCoverage(name: string): libCoverage.CoverageMap | null {
  const dir = join(CHILDREN, name);
  if (!existsSync(dir)) return null;
  const tabs = readdirSync(dir).filter((file) => file.endsWith('.json'));
  if (tabs.length === 0) return null;
  const map = libCoverage.createCoverageMap({});
  for (const tab of tabs) map.merge(JSON.parse(readFileSync(join(dir, tab), 'utf8')) as libCoverage.CoverageMapData);
  return map;
}

type FileData = libCoverage.FileCoverageData;
type Place = { start: { line?: number } };

/**
 * Adds `add`'s hits to `into`'s, item by item: the two measurements of a file count the same statements,
 * functions and branches in the same order (istanbul's rules; vitest's v8 provider mirrors them through
 * ast-v8-to-istanbul), though their end columns may differ by a character where source maps are coarse.
 * Items are paired by the line they start on (and for branches their kind and number of paths), in order;
 * an item with no partner keeps only its own hits.
 */
function addHits<T>(
  intoMap: Record<string, T>,
  intoHits: Record<string, number | number[]>,
  addMap: Record<string, T>,
  addHitsOf: Record<string, number | number[]>,
  key: (item: T) => string,
): void {
  const waiting = new Map<string, string[]>();
  for (const id of Object.keys(addMap)) {
    const k = key(addMap[id] as T);
    waiting.set(k, [...(waiting.get(k) ?? []), id]);
  }
  for (const id of Object.keys(intoMap)) {
    const partner = waiting.get(key(intoMap[id] as T))?.shift();
    if (partner === undefined) continue;
    const mine = intoHits[id];
    const theirs = addHitsOf[partner];
    if (typeof mine === 'number' && typeof theirs === 'number') intoHits[id] = mine + theirs;
    else if (Array.isArray(mine) && Array.isArray(theirs)) intoHits[id] = mine.map((n, i) => n + (theirs[i] ?? 0));
  }
}

/** One file measured both ways: the browser build's counting, with the component tests' hits added. */
function mergeFile(browser: FileData, components: FileData): FileData {
  const merged = JSON.parse(JSON.stringify(browser)) as FileData;
  const line = (place: Place) => String(place.start.line);
  addHits(merged.statementMap, merged.s, components.statementMap, components.s, line);
  addHits(merged.fnMap, merged.f, components.fnMap, components.f, (fn) => line(fn.loc));
  addHits(
    merged.branchMap,
    merged.b,
    components.branchMap,
    components.b,
    (branch) => `${branch.type}:${line(branch.loc)}:${branch.locations.length}`,
  );
  return merged;
}

/**
 * The web app: its component tests (vitest's v8 provider, in jsdom) and the browser tests (the istanbul
 * build in Chromium) measure the same source, so their hits add up per statement and per branch.
 */
function withBrowser(
  own: libCoverage.CoverageMap,
  browser: libCoverage.CoverageMap,
): { lines: number; branches: number } {
  const map = libCoverage.createCoverageMap({});
  for (const file of new Set([...own.files(), ...browser.files()])) {
    const components = own.files().includes(file) ? (own.fileCoverageFor(file).toJSON() as FileData) : null;
    const tabs = browser.files().includes(file) ? (browser.fileCoverageFor(file).toJSON() as FileData) : null;
    const data = tabs === null ? components : components === null ? tabs : mergeFile(tabs, components);
    if (data !== null) map.addFileCoverage(JSON.parse(JSON.stringify(data)) as FileData);
  }
  if (PER_FILE)
    for (const file of map.files().sort()) {
      const { lines, branches } = map.fileCoverageFor(file).toSummary();
      process.stdout.write(
        `  ${relative(ROOT, file)}: lines ${lines.covered}/${lines.total}, branches ${branches.covered}/${branches.total}\n`,
      );
    }
  const summary = map.getCoverageSummary();
  return { lines: summary.lines.pct, branches: summary.branches.pct };
}

/**
 * Lines: a line counts as covered when either measurement ran it (both map back to the same source lines).
 * Branches: vitest and c8 cut a file into branches differently, so they cannot be added up; per file the
 * better-covered of the two is taken.
 */
function combined(
  own: libCoverage.CoverageMap,
  children: libCoverage.CoverageMap | null,
): { lines: number; branches: number } {
  let linesTotal = 0;
  let linesCovered = 0;
  let branchesTotal = 0;
  let branchesCovered = 0;
  const files = new Set([...own.files(), ...(children?.files() ?? [])]);
  for (const file of files) {
    const measured = [own, children].flatMap((m) =>
      m !== null && m.files().includes(file) ? [m.fileCoverageFor(file)] : [],
    );
    const hits = new Map<number, boolean>();
    for (const fc of measured) {
      for (const [line, count] of Object.entries(fc.getLineCoverage()))
        hits.set(Number(line), (hits.get(Number(line)) ?? false) || count > 0);
    }
    linesTotal += hits.size;
    linesCovered += [...hits.values()].filter(Boolean).length;
    const best = measured
      .map((fc) => fc.toSummary().branches)
      .sort((a, b) => (b.total === 0 ? 1 : b.covered / b.total) - (a.total === 0 ? 1 : a.covered / a.total))[0];
    branchesTotal += best?.total ?? 0;
    branchesCovered += best?.covered ?? 0;
  }
  const pct = (covered: number, total: number) => (total === 0 ? 100 : (covered / total) * 100);
  return { lines: pct(linesCovered, linesTotal), branches: pct(branchesCovered, branchesTotal) };
}

const PER_FILE = process.argv.includes('--files');
const only = process.argv
  .slice(2)
  .filter((arg) => arg !== '--files')
  .map((arg) => arg.replace(/\/+$/, ''));
const unknown = only.filter((pkg) => !(pkg in thresholds) || pkg.startsWith('$'));
if (unknown.length > 0) throw new Error(`not in .ci/coverage-thresholds.json: ${unknown.join(', ')}`);

const rows: string[] = [];
let failed = false;
for (const [pkg, threshold] of Object.entries(thresholds)) {
  if (pkg.startsWith('$') || (only.length > 0 && !only.includes(pkg))) continue;
  const own = join(ROOT, pkg, 'coverage', 'coverage-final.json');
  if (!existsSync(own)) {
    rows.push(`| ${pkg} | no coverage written | | |`);
    if (threshold !== null) failed = true;
    continue;
  }
  const map = libCoverage.createCoverageMap(JSON.parse(readFileSync(own, 'utf8')) as libCoverage.CoverageMapData);
  const children = pkg === 'apps/api' ? childCoverage(pkg, 'api') : null;
  const browser = pkg === 'apps/web' ? browserCoverage('web') : null;
  const { lines, branches } =
    browser !== null
      ? withBrowser(map, browser)
      : combined(map, children === null ? null : libCoverage.createCoverageMap(children));
  const limit = typeof threshold === 'object' ? threshold : null;
  const ok = limit === null || (lines >= limit.lines && branches >= limit.branches);
  if (!ok) failed = true;
  const target = limit === null ? 'not enforced' : `${limit.lines} / ${limit.branches}`;
  rows.push(`| ${pkg} | ${lines.toFixed(1)} | ${branches.toFixed(1)} | ${target}${ok ? '' : ' — BELOW'} |`);
}
process.stdout.write(
  ['| package | lines % | branches % | threshold (lines / branches) |', '|---|---|---|---|', ...rows].join('\n') + '\n',
);
if (failed) {
  process.stderr.write('coverage: below threshold (see .ci/coverage-thresholds.json)\n');
  process.exitCode = 1;
}
