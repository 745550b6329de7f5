import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { VIEWPORTS, type ViewportName } from './chromium.ts';

/** Where the run leaves its screenshots (gitignored), for a person to look at. */
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../test-results/screenshots');

/** Saves a full-page screenshot as `<name>-<viewport>.png` after resizing the page to that viewport. */
export async function screenshot(page: Page, name: string, viewport: ViewportName): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.setViewportSize(VIEWPORTS[viewport]);
  // Let layout-dependent widgets (the graph measures its box) settle at the new width.
  await page.waitForTimeout(400);
  // Widgets that remounted for the new width show "Loading…" until their data is back.
  await page
    .locator('.ens-load-state')
    .first()
    .waitFor({ state: 'detached', timeout: 60_000 })
    .catch(() => undefined);
  await page.waitForTimeout(300);
  // From the top, so the sticky header sits where a reader sees it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await assertNoSidewaysScroll(page, `${name} at ${viewport} width`);
  const path = join(SCREENSHOT_DIR, `${name}-${viewport}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Screenshots at both widths, returning to the laptop width afterwards. */
export async function screenshotBoth(page: Page, name: string): Promise<void> {
  await screenshot(page, name, 'phone');
  await screenshot(page, name, 'laptop');
}

/** Fails when the page is wider than the viewport (a phone user would have to scroll sideways), naming what sticks out. */
export async function assertNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .slice(0, 5)
      .map(
        (el) =>
          `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> ends at ${Math.round(el.getBoundingClientRect().right)}px`,
      );
  });
  if (overflow !== null) throw new Error(`${where}: the page scrolls sideways; too wide: ${overflow.join('; ')}`);
}
