/**
 * Debian's Chromium driven by playwright-core (never `npx playwright install`: it downloads a browser).
 * Each launch gets a fresh profile directory, removed on close.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Why browser tests are skipped on this machine, or null when Chromium is there. */
export const chromiumMissing: string | null = existsSync(CHROMIUM_PATH)
  ? null
  : `Chromium not found at ${CHROMIUM_PATH}: browser tests skipped (install it with "apt-get install -y chromium"; .ci/run does).`;

/** A browser suite's name, saying why it is skipped when Chromium is missing (also printed once). */
export function browserSuite(name: string): string {
  if (chromiumMissing === null) return name;
  console.warn(`[browser tests] ${chromiumMissing}`);
  return `${name} (skipped: ${chromiumMissing})`;
}

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The two widths every page is checked and photographed at. */
export const VIEWPORTS = {
  laptop: { width: 1366, height: 768 },
  phone: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

export interface RunningBrowser {
  context: BrowserContext;
  /** A new tab at the given viewport (laptop by default); its console errors are collected. */
  newPage(viewport?: ViewportName): Promise<Page & { consoleErrors: string[] }>;
  close(): Promise<void>;
}

const REPO_ROOT = resolve(import.meta.dirname, '../../../..');
const WEB_DIST = join(REPO_ROOT, 'apps', 'web', 'dist');
/**
 * With ENSEMBLE_COVERAGE=1 (CI), the V8 coverage of the app's bundle in every tab is written here in the
 * format NODE_V8_COVERAGE uses, with each script's URL turned into its file in apps/web/dist; .ci/coverage.ts
 * maps it back to apps/web/src through the build's source maps, as it does for the API's child processes.
 */
const BROWSER_COVERAGE = process.env['ENSEMBLE_COVERAGE'] === '1' ? join(REPO_ROOT, '.coverage-children', 'web') : null;
let coverageFiles = 0;

/** The bundle file a script URL of the app was served from, or null (host pages, other bundles). */
function builtFile(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const file = join(WEB_DIST, decodeURIComponent(path));
  return file.startsWith(WEB_DIST + '/') && file.endsWith('.js') && existsSync(file) ? file : null;
}

async function saveCoverage(page: Page): Promise<void> {
  if (BROWSER_COVERAGE === null || page.isClosed()) return;
  const entries = await page.coverage.stopJSCoverage().catch(() => []);
  const result = entries.flatMap((entry) => {
    const file = builtFile(entry.url);
    return file === null
      ? []
      : [{ scriptId: entry.scriptId, url: pathToFileURL(file).href, functions: entry.functions }];
  });
  if (result.length === 0) return;
  mkdirSync(BROWSER_COVERAGE, { recursive: true });
  coverageFiles += 1;
  writeFileSync(join(BROWSER_COVERAGE, `coverage-${process.pid}-${coverageFiles}.json`), JSON.stringify({ result }));
}

/** Starts headless Chromium with a fresh profile. */
export async function launchChromium(): Promise<RunningBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'ensemble-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
    viewport: VIEWPORTS.laptop,
    // Screenshots in the light scheme the design was reviewed in; dark mode follows the OS otherwise.
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  const measured = new Set<Page>();
  return {
    context,
    newPage: async (viewport = 'laptop') => {
      const page = (await context.newPage()) as Page & { consoleErrors: string[] };
      if (BROWSER_COVERAGE !== null) {
        await page.coverage.startJSCoverage({ resetOnNavigation: false });
        measured.add(page);
        const close = page.close.bind(page);
        page.close = async (options) => {
          measured.delete(page);
          await saveCoverage(page);
          return close(options);
        };
      }
      page.consoleErrors = [];
      page.on('console', (message) => {
        if (message.type() === 'error') page.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => page.consoleErrors.push(error.message));
      await page.setViewportSize(VIEWPORTS[viewport]);
      return page;
    },
    close: async () => {
      for (const page of measured) await saveCoverage(page);
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
