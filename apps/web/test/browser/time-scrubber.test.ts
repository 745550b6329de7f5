/**
 * The Observatory's time scrubber in real Chromium against the real API: drag back to an early moment and the
 * graph and stats show the ecosystem as it was then (from the state API); Play moves forward in time; "Back
 * to live" brings the live views back.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEcosystem, query, signInDemo, startDemoApi, type RunningApi } from '../support/api.ts';
import { openDemoEcosystem, signInAsDemo } from '../support/app-page.ts';
import { browserSuite, chromiumMissing, launchChromium, type RunningBrowser } from '../support/chromium.ts';

type State = { seq: number; lastSeq: number; characters: unknown[]; relationships: unknown[] };

describe.skipIf(chromiumMissing !== null)(browserSuite('the time scrubber'), () => {
  let api: RunningApi;
  let browser: RunningBrowser;
  let page: Page & { consoleErrors: string[] };
  let token: string;
  let ecosystemId: string;

  beforeAll(async () => {
    api = await startDemoApi();
    token = (await signInDemo(api.url)).accessToken;
    ecosystemId = (await demoEcosystem(api.url, token)).id;
    browser = await launchChromium();
    page = await browser.newPage('laptop');
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('shows any past moment in the graph and stats, plays forward, and goes back to live', async () => {
    await signInAsDemo(page, api.url);
    await openDemoEcosystem(page);
    const now = await query<State>(api.url, token, 'history.state', { ecosystemId });
    await expect.poll(() => page.locator('.graph-card [data-node-id]').count()).toBe(now.characters.length);

    // The first moment with some characters: drag there with the keyboard (Home, then step right).
    const target = 3;
    const then = await query<State>(api.url, token, 'history.state', { ecosystemId, atSeq: target });
    expect(then.characters.length).toBeLessThan(now.characters.length);
    const slider = page.getByLabel('Moment');
    await slider.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('moment').textContent()).toMatch(new RegExp(`^Event ${target} of \\d+`));
    await expect.poll(() => page.locator('.graph-card [data-node-id]').count()).toBe(then.characters.length);
    await page.getByRole('heading', { name: `Ecosystem at event ${target}` }).waitFor();

    // Play at 60×: the moment moves forward on its own (the button reads Pause meanwhile).
    await page.getByLabel('Speed').selectOption('60');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect
      .poll(async () => Number(/^Event (\d+)/.exec((await page.getByTestId('moment').textContent()) ?? '')?.[1]), {
        timeout: 30_000,
      })
      .toBeGreaterThan(target);
    // It stops by itself at the newest moment (the demo's history spans seconds: at 60× it is soon there).
    await page.getByRole('button', { name: 'Play' }).waitFor({ timeout: 30_000 });
    const [seq, of] = /^Event (\d+) of (\d+)/.exec((await page.getByTestId('moment').textContent()) ?? '')!.slice(1);
    expect(Number(seq)).toBe(Number(of));

    await page.getByRole('button', { name: 'Back to live' }).click();
    await expect.poll(() => page.getByTestId('moment').textContent()).toBe('Live');
    await expect
      .poll(() => page.locator('.graph-card [data-node-id]').count())
      .toBe((await query<State>(api.url, token, 'history.state', { ecosystemId })).characters.length);
    expect(page.consoleErrors.join('\n'), 'console errors').toBe('');
  });
});
