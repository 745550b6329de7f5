/**
 * After the CI test run (ENSEMBLE_COVERAGE=1): each package's coverage (vitest's v8 provider, in
 * <package>/coverage/coverage-final.json), plus for the API the code its integration suites ran in child
 * processes (raw V8 coverage in .coverage-children/api, converted by c8 through the source maps tsx leaves),
 * merged per file; prints lines and branches per package and fails when one is under its threshold
 * (.ci/coverage-thresholds.json; null: printed only). Run: npx tsx .ci/coverage.ts
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

const rows: string[] = [];
let failed = false;
for (const [pkg, threshold] of Object.entries(thresholds)) {
  if (pkg.startsWith('$')) continue;
  const own = join(ROOT, pkg, 'coverage', 'coverage-final.json');
  if (!existsSync(own)) {
    rows.push(`| ${pkg} | no coverage written | | |`);
    if (threshold !== null) failed = true;
    continue;
  }
  const map = libCoverage.createCoverageMap(JSON.parse(readFileSync(own, 'utf8')) as libCoverage.CoverageMapData);
  const children = pkg === 'apps/api' ? childCoverage(pkg, 'api') : null;
  const { lines, branches } = combined(map, children === null ? null : libCoverage.createCoverageMap(children));
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
