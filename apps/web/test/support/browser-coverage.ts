/**
 * Coverage of the web app as the browser tests run it (ENSEMBLE_COVERAGE=1 only). The build is instrumented
 * with istanbul then (scripts/istanbul-plugin.ts), so each tab holds its counters in `window.__coverage__`;
 * they are read before the tab closes and written as istanbul JSON into .coverage-children/web, where
 * .ci/coverage.ts merges them with the component tests' coverage.
 *
 * A navigation (page.goto, reload, a sign-in that reloads) starts a new document with fresh counters, so
 * each tab carries them over: on `pagehide` the counters go into the tab's sessionStorage, and an init
 * script hands them back to the next document before the app's code runs (istanbul keeps counting into an
 * existing object of the same file and hash).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

const REPO_ROOT = resolve(import.meta.dirname, '../../../..');
/** How the instrumented build names the app's files: their path from the repository's root. */
const WEB_SOURCE = 'apps/web/src/';
/** Where the tabs' coverage goes; .ci/run empties .coverage-children before the test run. */
export const BROWSER_COVERAGE_DIR = join(REPO_ROOT, '.coverage-children', 'web');
export const BROWSER_COVERAGE = process.env['ENSEMBLE_COVERAGE'] === '1';

const STORAGE_KEY = '__ensemble_coverage__';
let written = 0;

/** Keeps each tab's counters across the documents it loads (see above). */
export async function carryCoverageAcrossNavigations(context: BrowserContext): Promise<void> {
  await context.addInitScript((key: string) => {
    if (window !== window.top) return;
    const scope = globalThis as { __coverage__?: unknown };
    try {
      const saved = sessionStorage.getItem(key);
      if (saved !== null && scope.__coverage__ === undefined) scope.__coverage__ = JSON.parse(saved) as unknown;
    } catch {
      // Storage unavailable (opaque origin, about:blank): this document starts from zero.
    }
    addEventListener('pagehide', () => {
      try {
        if (scope.__coverage__ !== undefined) sessionStorage.setItem(key, JSON.stringify(scope.__coverage__));
      } catch {
        // Same as above.
      }
    });
  }, STORAGE_KEY);
}

/** Writes the app's counters of one tab (its current document, carried-over counts included). */
export async function saveCoverage(page: Page): Promise<void> {
  if (!BROWSER_COVERAGE || page.isClosed()) return;
  const coverage = await page
    .evaluate(() => (globalThis as { __coverage__?: Record<string, unknown> }).__coverage__ ?? null)
    .catch(() => null);
  if (coverage === null) return;
  // Only the web app's own files count toward apps/web, under their paths in this checkout (as the
  // component tests' coverage names them).
  const own = Object.fromEntries(
    Object.entries(coverage)
      .filter(([file]) => file.startsWith(WEB_SOURCE))
      .map(([file, data]) => {
        const path = join(REPO_ROOT, file);
        return [path, { ...(data as object), path }];
      }),
  );
  if (Object.keys(own).length === 0) return;
  mkdirSync(BROWSER_COVERAGE_DIR, { recursive: true });
  written += 1;
  writeFileSync(join(BROWSER_COVERAGE_DIR, `tab-${process.pid}-${written}.json`), JSON.stringify(own));
}
