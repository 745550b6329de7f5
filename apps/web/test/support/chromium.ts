/**
 * Debian's Chromium driven by playwright-core (never `npx playwright install`: it downloads a browser).
 * Each launch gets a fresh profile directory, removed on close.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { BROWSER_COVERAGE, carryCoverageAcrossNavigations, saveCoverage } from './browser-coverage.ts';

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
  laptop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

export interface RunningBrowser {
  context: BrowserContext;
  /** A new tab at the given viewport (laptop by default); its console errors are collected. */
  newPage(viewport?: ViewportName): Promise<Page & { consoleErrors: string[] }>;
  close(): Promise<void>;
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
  if (BROWSER_COVERAGE) {
    await carryCoverageAcrossNavigations(context);
    // Every tab's counters are saved before it closes: tabs a test closes itself, and those left open.
    context.on('page', (page) => {
      const close = page.close.bind(page);
      page.close = async (options) => {
        await saveCoverage(page);
        return close(options);
      };
    });
  }
  return {
    context,
    newPage: async (viewport = 'laptop') => {
      const page = (await context.newPage()) as Page & { consoleErrors: string[] };
      page.consoleErrors = [];
      page.on('console', (message) => {
        if (message.type() === 'error') page.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => page.consoleErrors.push(error.message));
      await page.setViewportSize(VIEWPORTS[viewport]);
      return page;
    },
    close: async () => {
      if (BROWSER_COVERAGE) for (const page of context.pages()) await saveCoverage(page);
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
