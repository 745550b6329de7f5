/**
 * The character panel and the Relationships page in real Chromium against the real API while the demo
 * scene plays: clicking a character (in the graph or the cast list) opens its panel (mood, emotion,
 * energy, relationships, recent lines, strongest memories, traits over time), Escape closes it and gives
 * focus back, it fits a phone; the Relationships page sorts and filters pairs and charts the one chosen.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query, signInDemo, startDemoApi, type RunningApi, demoEcosystem } from '../support/api.ts';
import { seriousViolations } from '../support/axe.ts';
import { openDemoEcosystem, signInAsDemo } from '../support/app-page.ts';
import { browserSuite, chromiumMissing, launchChromium, VIEWPORTS, type RunningBrowser } from '../support/chromium.ts';
import { assertNoSidewaysScroll, screenshotBoth } from '../support/screenshots.ts';

interface ApiCharacter {
  id: string;
  name: string;
  personality: Record<string, number>;
}

describe.skipIf(chromiumMissing !== null)(browserSuite('the character panel and the Relationships page'), () => {
  let api: RunningApi;
  let browser: RunningBrowser;
  let page: Page & { consoleErrors: string[] };
  let ecosystemId: string;
  let token: string;
  let characters: ApiCharacter[];

  beforeAll(async () => {
    api = await startDemoApi();
    token = (await signInDemo(api.url)).accessToken;
    ecosystemId = (await demoEcosystem(api.url, token)).id;
    characters = await query<ApiCharacter[]>(api.url, token, 'characters.list', { ecosystemId });
    browser = await launchChromium();
    page = await browser.newPage('laptop');
    await signInAsDemo(page, api.url);
    await openDemoEcosystem(page);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  const panel = () => page.getByTestId('character-panel');

  it('opens a character’s panel from the graph with its mood, relationships, lines, memories and traits', async () => {
    // The character with the most ties, so every part of the panel has something to show.
    const graph = await query<{ nodes: Array<{ id: string; name: string; degree: number }> }>(
      api.url,
      token,
      'ecosystems.graph',
      { id: ecosystemId },
    );
    const busiest = [...graph.nodes].sort((a, b) => b.degree - a.degree)[0]!;
    const node = page.locator(`.graph-card [data-node-id="${busiest.id}"]`);
    await node.waitFor();
    await node.click();
    await panel().waitFor();
    await expect.poll(() => panel().getByRole('heading', { level: 2 }).textContent()).toBe(busiest.name);
    // Focus moved into the panel, so a keyboard user is where the new content is.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('character-panel-title');
    expect((await page.getByTestId('panel-mood').textContent())?.trim()).toMatch(
      /^(slightly|moderately|fully) [a-z]+$/,
    );
    expect(await panel().getByRole('meter').getAttribute('aria-valuenow')).toMatch(/^\d+$/);

    // Its relationships: one row per character it has a view of, as the API lists them.
    const relationships = await query<Array<{ fromId: string; toId: string; label: string }>>(
      api.url,
      token,
      'relationships.byCharacter',
      { characterId: busiest.id },
    );
    const outgoing = relationships.filter((r) => r.fromId === busiest.id).length;
    expect(outgoing).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('[data-testid="panel-relationships"] tbody tr').count(), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(outgoing);

    // The scene is playing: its lines and memories arrive.
    await page.locator('[data-testid="panel-lines"] li').first().waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="panel-memories"] li').first().waitFor({ timeout: 60_000 });
    const memories = await query<Array<{ content: string }>>(api.url, token, 'memories.list', {
      characterId: busiest.id,
      limit: 5,
    });
    expect(memories.length).toBeGreaterThan(0);

    // Traits over time: one line per Big Five trait ending at the character's traits now.
    expect(await page.locator('[data-testid="trait-drift"] .trait-drift-row').count()).toBe(5);
    const now = (await query<ApiCharacter[]>(api.url, token, 'characters.list', { ecosystemId })).find(
      (c) => c.id === busiest.id,
    )!;
    const shownOpenness = await page
      .locator('.trait-drift-row', { hasText: 'Openness' })
      .locator('.trait-drift-value')
      .textContent();
    expect(shownOpenness).toContain(now.personality['openness']!.toFixed(2));

    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, '23-character-panel');

    // Escape closes it and puts focus back on the node that opened it.
    await page.keyboard.press('Escape');
    await panel().waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-node-id'))).toBe(busiest.id);
  });

  it('opens from the keyboard too and fits a phone screen', async () => {
    await page.setViewportSize(VIEWPORTS.phone);
    const first = characters[0]!;
    const node = page.locator(`.graph-card [data-node-id="${first.id}"]`);
    await node.waitFor();
    await node.focus();
    await page.keyboard.press('Enter');
    await panel().waitFor();
    const box = await panel().boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(VIEWPORTS.phone.width + 1);
    await assertNoSidewaysScroll(page, 'the character panel on a phone');
    expect(await seriousViolations(page)).toEqual([]);
    await panel()
      .getByRole('button', { name: `Close ${first.name}'s panel` })
      .click();
    await panel().waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-node-id'))).toBe(first.id);
    await page.setViewportSize(VIEWPORTS.laptop);
  });

  it('opens from the cast list on the Characters page', async () => {
    await page.getByRole('navigation', { name: 'Ecosystem pages' }).getByRole('link', { name: 'Characters' }).click();
    const second = characters[1]!;
    await page.getByRole('button', { name: `Show ${second.name}'s mood, relationships and memories` }).click();
    await panel().waitFor();
    expect(await panel().getByRole('heading', { level: 2 }).textContent()).toBe(second.name);
    await page.keyboard.press('Escape');
    await panel().waitFor({ state: 'detached' });
  });

  it('lists every pair on the Relationships page, sorts and filters them, and charts the one chosen', async () => {
    await page
      .getByRole('navigation', { name: 'Ecosystem pages' })
      .getByRole('link', { name: 'Relationships' })
      .click();
    await page.getByRole('heading', { name: 'Relationships', level: 1 }).waitFor();
    const rows = page.locator('[data-testid="pairs-table"] tbody tr');
    await rows.first().waitFor({ timeout: 30_000 });
    const graph = await query<{ edges: Array<{ source: string; target: string }> }>(
      api.url,
      token,
      'ecosystems.graph',
      {
        id: ecosystemId,
      },
    );
    const pairs = new Set(graph.edges.map((e) => [e.source, e.target].sort().join('|')));
    // The scene plays on: a pair may have formed since the read.
    expect(await rows.count()).toBeGreaterThanOrEqual(pairs.size);

    // Sort by exchanges, most first.
    await page.getByRole('button', { name: 'Exchanges' }).click();
    const header = page.locator('th', { has: page.getByRole('button', { name: 'Exchanges' }) });
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const counts = (await rows.locator('td:nth-child(4)').allTextContents()).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await page.getByRole('button', { name: 'Exchanges' }).click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');

    // Filter by one name: every row left has it.
    const name = characters[0]!.name;
    await page.getByRole('searchbox', { name: 'Name' }).fill(name.slice(0, 4));
    const names = await rows.locator('th .pair-open').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n.toLowerCase().includes(name.slice(0, 4).toLowerCase()))).toBe(true);

    // Choosing a pair charts it.
    await rows.first().locator('.pair-open').click();
    await page.locator('.ens-timeline .ens-timeline-chart').waitFor({ timeout: 20_000 });
    expect(await page.locator('.ens-timeline .ens-line--strength').getAttribute('d')).toMatch(/^M/);
    expect(await rows.first().getAttribute('aria-current')).toBe('true');

    for (const size of ['laptop', 'phone'] as const) {
      await page.setViewportSize(VIEWPORTS[size]);
      await page.waitForTimeout(300);
      expect(await seriousViolations(page), `relationships at ${size}`).toEqual([]);
    }
    await page.setViewportSize(VIEWPORTS.laptop);
    await screenshotBoth(page, '24-relationships');
    expect(page.consoleErrors, 'console errors').toEqual([]);
  });
});
