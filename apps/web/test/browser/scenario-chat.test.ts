/**
 * The scenario chat in real Chromium against the real API, while the demo scene plays a turn every 2.5 s:
 * it follows new lines unless the reader scrolled up (then offers "N new lines"), keeps the composer on
 * screen, shows the visitor's message at once, and a new scenario says when its first line is due.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutate, query, signInDemo, startDemoApi, type RunningApi, demoEcosystem } from '../support/api.ts';
import { openDemoEcosystem, signInAsDemo } from '../support/app-page.ts';
import { browserSuite, chromiumMissing, launchChromium, VIEWPORTS, type RunningBrowser } from '../support/chromium.ts';
import { screenshotBoth } from '../support/screenshots.ts';

/** How far the transcript is from its bottom, and how much it can scroll at all, px. */
function transcriptScroll(page: Page) {
  return page.locator('.ens-chat-messages').evaluate((el) => ({
    fromBottom: el.scrollHeight - el.scrollTop - el.clientHeight,
    top: el.scrollTop,
    overflow: el.scrollHeight - el.clientHeight,
  }));
}

/** Whether the element is wholly inside the browser window. */
function inWindow(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    // Within a pixel: a composer stuck to the bottom edge ends at the window's height give or take rounding.
    return r.top >= -1 && r.bottom <= window.innerHeight + 1 && r.height > 0;
  });
}

describe.skipIf(chromiumMissing !== null)(browserSuite('the scenario chat'), () => {
  let api: RunningApi;
  let browser: RunningBrowser;
  let page: Page & { consoleErrors: string[] };
  let ecosystemId: string;
  let token: string;

  beforeAll(async () => {
    api = await startDemoApi();
    token = (await signInDemo(api.url)).accessToken;
    const demo = await demoEcosystem(api.url, token);
    ecosystemId = demo.id;
    browser = await launchChromium();
    page = await browser.newPage('laptop');
    await signInAsDemo(page, api.url);
    await openDemoEcosystem(page);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('follows new lines, keeps the reader’s place when scrolled up, and offers the new lines', async () => {
    await page.getByRole('navigation', { name: 'Ecosystem pages' }).getByRole('link', { name: 'Scenarios' }).click();
    await page.locator('.ens-message').first().waitFor();
    // Enough lines to scroll (the scene adds a few every turn).
    await expect.poll(async () => (await transcriptScroll(page)).overflow, { timeout: 60_000 }).toBeGreaterThan(150);
    const count = () => page.locator('.ens-chat-messages > .ens-message').count();

    // At the bottom, it follows: after more lines arrive it is still at the bottom.
    let before = await count();
    await expect.poll(count, { timeout: 20_000 }).toBeGreaterThan(before);
    await expect.poll(async () => (await transcriptScroll(page)).fromBottom).toBeLessThan(48);

    // Scrolled up, it stays put and counts what came in.
    await page.locator('.ens-chat-messages').evaluate((el) => {
      el.scrollTop = 0;
      el.dispatchEvent(new Event('scroll'));
    });
    before = await count();
    await expect.poll(count, { timeout: 20_000 }).toBeGreaterThan(before);
    const newLines = page.getByRole('button', { name: /\d+ new lines?/ });
    await newLines.waitFor();
    expect((await transcriptScroll(page)).top).toBe(0);
    await newLines.click();
    await expect.poll(async () => (await transcriptScroll(page)).fromBottom).toBeLessThan(48);
    await expect.poll(() => newLines.count()).toBe(0);
  });

  it('keeps the composer on screen and shows the visitor’s message at once', async () => {
    await page.getByRole('button', { name: 'Participate' }).click();
    await expect.poll(() => inWindow(page, '.ens-chat-composer')).toBe(true);
    const message = 'Is anyone selling roasted chestnuts tonight?';
    await page.getByRole('textbox', { name: 'Message' }).fill(message);
    await page.getByRole('button', { name: 'Send' }).click();
    const mine = page.locator('.ens-chat-messages .ens-message--user').filter({ hasText: message }).last();
    await mine.waitFor({ timeout: 2_000 });
    // It is in the transcript's visible area, not below it.
    const visible = await mine.evaluate((li) => {
      const list = li.closest('.ens-chat-messages')!.getBoundingClientRect();
      const r = li.getBoundingClientRect();
      return r.bottom <= list.bottom + 1 && r.top >= list.top - 1;
    });
    expect(visible).toBe(true);
    expect(await inWindow(page, '.ens-chat-composer')).toBe(true);

    // At phone size too, the composer is on screen while one writes.
    // (Resizing keeps the field focused, so focusing it again would not move the page: leave it, then come
    // back to it, as a person tapping into the field does.)
    await page.setViewportSize(VIEWPORTS.phone);
    const field = page.getByRole('textbox', { name: 'Message' });
    await field.blur();
    await field.focus();
    await expect.poll(() => inWindow(page, '.ens-chat-composer'), { timeout: 5_000 }).toBe(true);
    await page.setViewportSize(VIEWPORTS.laptop);
    await screenshotBoth(page, '21-scenario-chat-participant');
  });

  it('tells the reader when a new scenario’s first line is due instead of looking stuck', async () => {
    const cast = await query<Array<{ id: string }>>(api.url, token, 'characters.list', { ecosystemId });
    const created = await mutate<{ id: string }>(api.url, token, 'scenarios.create', {
      ecosystemId,
      title: 'Quiet Harbour',
      setting: 'the harbour wall at dawn',
      mood: 'calm',
      participantIds: cast.slice(0, 2).map((c) => c.id),
      speed: 2,
    });
    await page.goto(`${api.url}/#/ecosystems/${ecosystemId}/scenarios/${created.id}`);
    const waiting = page.getByTestId('chat-waiting');
    await expect.poll(() => waiting.textContent(), { timeout: 15_000 }).toMatch(/first line in about \d+ s/);
    const seconds = Number(/about (\d+) s/.exec((await waiting.textContent()) ?? '')?.[1]);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(30);
    await mutate(api.url, token, 'scenarios.end', { id: created.id });
    expect(page.consoleErrors, 'console errors').toEqual([]);
  });
});
