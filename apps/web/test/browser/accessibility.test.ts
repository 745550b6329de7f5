/**
 * Every page of the app at laptop and phone size, checked with axe-core: no serious or critical
 * accessibility violation. Graph nodes are reachable with the keyboard.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInDemo, startDemoApi, type RunningApi, demoEcosystem } from '../support/api.ts';
import { seriousViolations } from '../support/axe.ts';
import { signInAsDemo } from '../support/app-page.ts';
import { browserSuite, chromiumMissing, launchChromium, VIEWPORTS, type RunningBrowser } from '../support/chromium.ts';
import { assertNoSidewaysScroll, screenshotBoth } from '../support/screenshots.ts';

describe.skipIf(chromiumMissing !== null)(browserSuite('accessibility of every page'), () => {
  let api: RunningApi;
  let browser: RunningBrowser;
  let page: Page & { consoleErrors: string[] };
  let ecosystemId: string;

  beforeAll(async () => {
    api = await startDemoApi();
    const token = (await signInDemo(api.url)).accessToken;
    const demo = await demoEcosystem(api.url, token);
    ecosystemId = demo.id;
    browser = await launchChromium();
    page = await browser.newPage('laptop');
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  /** axe at both sizes, then a photograph at both (which also fails on a page that scrolls sideways). */
  async function checkBothSizes(name: string): Promise<void> {
    for (const size of ['laptop', 'phone'] as const) {
      await page.setViewportSize(VIEWPORTS[size]);
      await page.waitForTimeout(300);
      expect(await seriousViolations(page), `${name} at ${size}`).toEqual([]);
    }
    await screenshotBoth(page, `a11y-${name.replace(/\s+/g, '-')}`);
  }

  it('the sign-in page', async () => {
    await page.goto(api.url);
    await page.getByRole('heading', { name: 'Sign in to Ensemble' }).waitFor();
    // The check has teeth: a button without a name is reported.
    await page.evaluate(() => {
      const nameless = document.createElement('button');
      nameless.id = 'axe-probe';
      document.body.append(nameless);
    });
    expect((await seriousViolations(page)).join('\n')).toContain('button-name');
    await page.evaluate(() => document.getElementById('axe-probe')?.remove());
    await checkBothSizes('sign-in');
  });

  it('the ecosystems page', async () => {
    await signInAsDemo(page, api.url);
    await checkBothSizes('ecosystems');
  });

  const pages = [
    ['observatory', '.graph-card [data-node-id]'],
    ['characters', 'main h1'],
    ['relationships', '[data-testid="pairs-table"] tbody tr'],
    ['scenarios', '.ens-message'],
    ['developers', 'main h1'],
  ] as const;
  for (const [path, ready] of pages) {
    it(`the ${path} page`, async () => {
      await page.goto(`${api.url}/#/ecosystems/${ecosystemId}/${path}`);
      await page.locator(ready).first().waitFor({ timeout: 30_000 });
      await checkBothSizes(path);
    });
  }

  it('shows one not-found page for an unknown ecosystem, not the Observatory full of errors', async () => {
    for (const id of ['00000000-0000-0000-0000-000000000000', 'not-an-id']) {
      await page.goto(`${api.url}/#/ecosystems/${id}/observatory`);
      await page.getByRole('heading', { name: 'Nothing here', level: 1 }).waitFor();
      expect(await page.getByText('There is no ecosystem of yours').count()).toBe(1);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await page.locator('.graph-card').count()).toBe(0);
    }
    await checkBothSizes('not found');
  });

  it('the API reference (/api/docs) fits a phone without clipping long names', async () => {
    await page.setViewportSize(VIEWPORTS.phone);
    await page.goto(`${api.url}/api/docs`);
    await page.locator('.op').first().waitFor();
    await assertNoSidewaysScroll(page, '/api/docs at phone width');
    // Every path and name is wholly on screen: wrapped, not cut off at the edge.
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('main code')]
        .filter((el) => !el.closest('pre'))
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.left < 0 || r.right > document.documentElement.clientWidth + 0.5);
        })
        .map((el) => el.textContent)
        .slice(0, 5),
    );
    expect(clipped).toEqual([]);
    await screenshotBoth(page, 'a11y-api-docs');
  });

  it('reaches graph nodes with the keyboard and selects one with Enter', async () => {
    await page.goto(`${api.url}/#/ecosystems/${ecosystemId}/observatory`);
    await page.locator('.graph-card [data-node-id]').first().waitFor();
    let focused = '';
    for (let i = 0; i < 40 && !focused; i += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('data-node-id') ?? '');
    }
    expect(focused).not.toBe('');
    await page.keyboard.press('Enter');
    expect(await page.locator(`[data-node-id="${focused}"]`).getAttribute('aria-pressed')).toBe('true');
  });
});
