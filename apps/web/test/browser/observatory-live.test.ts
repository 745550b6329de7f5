/**
 * The Observatory in real Chromium against the real API: it opens exactly one live subscription for the
 * ecosystem however many widgets listen (counted by the server at /metrics), and a live change is
 * visible: an exchange between two characters makes their line pulse and the speaker glow.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutate, query, signInDemo, startDemoApi, type RunningApi, demoEcosystem } from '../support/api.ts';
import { openDemoEcosystem, signInAsDemo } from '../support/app-page.ts';
import { browserSuite, chromiumMissing, launchChromium, type RunningBrowser } from '../support/chromium.ts';
import { screenshotBoth } from '../support/screenshots.ts';

/** Live event subscriptions the API is serving now (its own count). */
export async function serverSubscriptions(apiUrl: string): Promise<number> {
  const text = await (await fetch(`${apiUrl}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith('ensemble_event_subscriptions_open '));
  if (line === undefined) throw new Error('ensemble_event_subscriptions_open is not exported');
  return Number(line.split(' ')[1]);
}

/** The graph's key for the line between two characters (see widgets' pairKey). */
const pairKey = (x: string, y: string) => (x < y ? `${x}→${y}` : `${y}→${x}`);

describe.skipIf(chromiumMissing !== null)(browserSuite('the Observatory, live'), () => {
  let api: RunningApi;
  let browser: RunningBrowser;
  let page: Page & { consoleErrors: string[] };
  let ecosystemId: string;
  let token: string;
  let characters: Array<{ id: string; name: string }>;

  beforeAll(async () => {
    api = await startDemoApi();
    token = (await signInDemo(api.url)).accessToken;
    const demo = await demoEcosystem(api.url, token);
    ecosystemId = demo.id;
    characters = await query(api.url, token, 'characters.list', { ecosystemId });
    browser = await launchChromium();
    page = await browser.newPage('laptop');
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('opens exactly one live subscription for the ecosystem, shared by the app and every widget', async () => {
    const before = await serverSubscriptions(api.url);
    await signInAsDemo(page, api.url);
    await openDemoEcosystem(page);
    // The graph loads after the page appears: on a loaded machine that takes more than poll's default second.
    await expect
      .poll(() => page.locator('.graph-card [data-node-id]').count(), { timeout: 30_000 })
      .toBe(characters.length);
    await page.locator('.ens-feed-item').first().waitFor();
    await page.locator('.ens-stat').first().waitFor();
    await expect.poll(() => serverSubscriptions(api.url), { timeout: 15_000 }).toBe(before + 1);
    // Still one once everything has loaded and caught up.
    await page.waitForTimeout(2_000);
    expect(await serverSubscriptions(api.url)).toBe(before + 1);
  });

  it('counts relationships as pairs in the graph and the stats card alike', async () => {
    const graphCount = await page.locator('.graph-card figure.ens-graph').getAttribute('data-relationships');
    const dashboard = await query<{ stats: { relationships: number } }>(api.url, token, 'ecosystems.dashboard', {
      id: ecosystemId,
    });
    // The stats card and the graph read the same moment only approximately while the scene plays; both
    // count pairs, so they agree within one exchange and never differ by a factor of two.
    expect(Math.abs(Number(graphCount) - dashboard.stats.relationships)).toBeLessThanOrEqual(2);
    await expect
      .poll(() => page.locator('.graph-card .ens-graph-summary').textContent())
      .toMatch(/^\d+ characters, \d+ relationships/);
    await screenshotBoth(page, '20-observatory-graph');
  });

  it('makes the line of two characters who just spoke pulse, and the speaker glow', async () => {
    // Quiet the running scene so only our exchange changes the graph.
    const scenarios = await query<Array<{ id: string; status: string }>>(api.url, token, 'scenarios.list', {
      ecosystemId,
    });
    for (const s of scenarios.filter((x) => x.status === 'running')) {
      await mutate(api.url, token, 'scenarios.pause', { id: s.id });
    }
    // Every tie drawn, weak ones included, so the pair's line is there whatever its strength.
    const weakTies = page.locator('.graph-card').getByRole('button', { name: /^Weak ties/ });
    if ((await weakTies.getAttribute('aria-pressed')) !== 'true') await weakTies.click();
    expect(await weakTies.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator('.graph-card .ens-edge--pulse').count(), { timeout: 10_000 }).toBe(0);

    let spoke: { initiator: string; target: string } | null = null;
    for (const a of characters) {
      for (const b of characters) {
        if (spoke !== null || a.id === b.id) continue;
        const result = await mutate<{ success: boolean }>(api.url, token, 'interactions.create', {
          initiatorId: a.id,
          targetId: b.id,
          type: 'chat',
          content: 'Did you see the boats come in?',
        });
        if (result.success) spoke = { initiator: a.id, target: b.id };
      }
    }
    if (spoke === null) throw new Error('no pair of characters could talk');
    const line = page.locator(`.graph-card [data-edge-key="${pairKey(spoke.initiator, spoke.target)}"]`);
    await expect.poll(() => line.getAttribute('class'), { timeout: 10_000 }).toContain('ens-edge--pulse');
    expect(await line.locator('.ens-edge-halo').count()).toBe(1);
    const speaker = page.locator(`.graph-card [data-node-id="${spoke.initiator}"]`);
    await expect.poll(() => speaker.getAttribute('class')).toContain('ens-node--speaking');
    // Only that line pulses, and the pulse ends.
    expect(await page.locator('.graph-card .ens-edge--pulse').count()).toBe(1);
    await expect.poll(() => line.getAttribute('class'), { timeout: 10_000 }).not.toContain('ens-edge--pulse');
    expect(page.consoleErrors, 'console errors').toEqual([]);
  });
});
