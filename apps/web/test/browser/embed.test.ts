/**
 * A plain HTML page on another origin embeds the widgets with one script tag and a widget token minted
 * the way a host's backend would (secret key → widget token bound to a publishable key's origin), and
 * shows live data from the API. The host page's own styles must not reach into the widgets.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintWidgetToken, query, signInDemo, startDemoApi, type RunningApi, demoEcosystem } from '../support/api.ts';
import { waitForMore } from '../support/app-page.ts';
import { browserSuite, chromiumMissing, launchChromium, type RunningBrowser } from '../support/chromium.ts';
import { startHostPage, type HostPage } from '../support/host-page.ts';
import { screenshotBoth } from '../support/screenshots.ts';

describe.skipIf(chromiumMissing !== null)(browserSuite('widgets embedded on another site'), () => {
  let api: RunningApi;
  let host: HostPage;
  let browser: RunningBrowser;
  let page: Page & { consoleErrors: string[] };
  let characterCount: number;

  beforeAll(async () => {
    host = await startHostPage();
    api = await startDemoApi();
    const session = await signInDemo(api.url);
    const demo = await demoEcosystem(api.url, session.accessToken);
    characterCount = (await query<unknown[]>(api.url, session.accessToken, 'characters.list', { ecosystemId: demo.id }))
      .length;
    const token = await mintWidgetToken(api.url, session.accessToken, {
      ecosystemId: demo.id,
      hostOrigin: host.origin,
      scope: 'read',
    });
    host.configure({ apiUrl: api.url, ecosystemId: demo.id, token });
    browser = await launchChromium();
    page = await browser.newPage('laptop');
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await host?.close();
  });

  it('is served from a different origin than the API', () => {
    expect(new URL(host.origin).origin).not.toBe(new URL(api.url).origin);
  });

  it('renders the graph, stats and a live feed from the API inside shadow roots', async () => {
    await page.goto(host.origin);
    // Playwright's CSS locators pierce open shadow roots.
    await page.locator('ensemble-graph [data-node-id]').first().waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('ensemble-graph [data-node-id]').count()).toBe(characterCount);
    await page.locator('ensemble-feed .ens-feed-item').first().waitFor();
    await page.locator('ensemble-stats .ens-stat').first().waitFor();

    const newest = () =>
      page
        .locator('ensemble-feed .ens-feed-item[data-seq]')
        .evaluateAll((items) => Math.max(0, ...items.map((i) => Number(i.getAttribute('data-seq')))));
    const before = await newest();
    await waitForMore(newest, before, 20_000, 'newest embedded feed seq');
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('ensemble-feed, ensemble-graph, ensemble-stats')].every(
          (el) => el.shadowRoot !== null,
        ),
      ),
    ).toBe(true);
  });

  it('fits the graph in the height its host gives it, and shares one live subscription among the widgets', async () => {
    const boxes = await page.evaluate(() => {
      const host = document.querySelector('ensemble-graph')!;
      const figure = host.shadowRoot!.querySelector('figure')!;
      const svg = host.shadowRoot!.querySelector('svg.ens-graph-canvas')!;
      const rect = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, height: r.height };
      };
      return { host: rect(host), figure: rect(figure), svg: rect(svg) };
    });
    expect(boxes.host.height).toBe(480);
    expect(boxes.figure.bottom).toBeLessThanOrEqual(boxes.host.bottom + 0.5);
    // The drawing takes the room the toolbar and legend leave, not a sliver of it.
    expect(boxes.svg.height).toBeGreaterThan(200);
    // Three widgets of one ecosystem on the page: one server subscription.
    const text = await (await fetch(`${api.url}/metrics`)).text();
    const open = text.split('\n').find((l) => l.startsWith('ensemble_event_subscriptions_open '));
    expect(Number(open?.split(' ')[1])).toBe(1);
  });

  it('keeps the host page’s styles and the widgets’ styles apart', async () => {
    // The host colours every <li> and <h2> dark red; inside the widgets they keep the widgets' own colour.
    const colours = await page.evaluate(() => {
      const feedItem = document.querySelector('ensemble-feed')?.shadowRoot?.querySelector('.ens-feed-sentence');
      const hostParagraph = document.querySelector('p.lede');
      return {
        widget: feedItem ? getComputedStyle(feedItem).color : null,
        host: hostParagraph ? getComputedStyle(hostParagraph).color : null,
        hostFont: getComputedStyle(document.body).fontFamily,
      };
    });
    expect(colours.host).toBe('rgb(122, 31, 31)');
    expect(colours.widget).not.toBeNull();
    expect(colours.widget).not.toBe('rgb(122, 31, 31)');
    expect(colours.hostFont).toMatch(/Georgia/);
    await page.waitForTimeout(1_000);
    await screenshotBoth(page, '08-embedded-widgets');
    expect(page.consoleErrors, 'console errors on the host page').toEqual([]);
  });
});
