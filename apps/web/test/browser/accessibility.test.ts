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

  async function checkBothSizes(name: string): Promise<void> {
    for (const size of ['laptop', 'phone'] as const) {
      await page.setViewportSize(VIEWPORTS[size]);
      await page.waitForTimeout(300);
      expect(await seriousViolations(page), `${name} at ${size}`).toEqual([]);
    }
    await page.setViewportSize(VIEWPORTS.laptop);
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
