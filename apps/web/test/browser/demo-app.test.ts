/**
 * The demo app in real Chromium against the real API (a child process with the demo seeded): a visitor
 * signs in, watches Harbor Town live, edits its characters, takes part in the running scene, pauses it,
 * and keeps watching across an API restart. Every page is photographed at laptop and phone widths.
 */
import { freePort } from '@ensemble/api/testing';
import { baselineMood, moodLabel } from '@ensemble/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, query, signInDemo, startDemoApi, type RunningApi, demoEcosystem } from '../support/api.ts';
import { newestFeedSeq, openDemoEcosystem, signInAsDemo, waitForConnection, waitForMore } from '../support/app-page.ts';
import { browserSuite, chromiumMissing, launchChromium, type RunningBrowser } from '../support/chromium.ts';
import { screenshotBoth } from '../support/screenshots.ts';

/** How long "the events stopped" is watched for after a pause: the demo plays a turn every 2.5 s. */
const QUIET_AFTER_PAUSE_MS = 6_000;

describe.skipIf(chromiumMissing !== null)(browserSuite('demo app in Chromium'), () => {
  let api: RunningApi;
  let browser: RunningBrowser;
  let page: Page & { consoleErrors: string[] };
  let ecosystemId: string;
  let characterCount: number;
  let token: string;

  beforeAll(async () => {
    api = await startDemoApi({ PORT: String(await freePort()) });
    token = (await signInDemo(api.url)).accessToken;
    const demo = await demoEcosystem(api.url, token);
    ecosystemId = demo.id;
    characterCount = (await query<unknown[]>(api.url, token, 'characters.list', { ecosystemId })).length;
    browser = await launchChromium();
    page = await browser.newPage('laptop');
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('signs in as the demo user from the login page and lists the demo ecosystem', async () => {
    await page.goto(api.url);
    await page.getByRole('heading', { name: 'Sign in to Ensemble' }).waitFor();
    await screenshotBoth(page, '01-login');

    // A wrong password is refused with the server's reason, and nothing is stored.
    await page.getByLabel('Email').fill(DEMO.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('incorrect');
    expect(await page.evaluate(() => sessionStorage.getItem('ensemble.session'))).toBeNull();

    await signInAsDemo(page, api.url);
    await page.getByRole('link', { name: `Open ${DEMO.ecosystemName}` }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('ensemble.session'))).toContain('accessToken');
    await screenshotBoth(page, '02-ecosystems');
  });

  it('creates an ecosystem, lands on its empty cast, and finds it in the list', async () => {
    await page.getByLabel('Name').fill('Lighthouse Island');
    await page.getByLabel('Description').fill('A keeper, a storm, and whoever the ferry brings.');
    await page.getByRole('button', { name: 'Create ecosystem' }).click();
    await page.getByRole('heading', { name: 'Characters', level: 1 }).waitFor();
    await page.getByText('Nobody lives here yet').waitFor();
    expect(await page.locator('.crumb-name').textContent()).toBe('Lighthouse Island');
    await screenshotBoth(page, '02b-new-ecosystem-characters');

    await page.getByRole('navigation', { name: 'Ecosystem pages' }).getByRole('link', { name: 'Observatory' }).click();
    await page.getByRole('heading', { name: 'Observatory', level: 1 }).waitFor();
    await page.locator('.ens-stats').waitFor();
    await screenshotBoth(page, '02c-empty-observatory');

    await page.getByRole('link', { name: 'Ensemble: your ecosystems' }).click();
    await page.getByRole('link', { name: 'Open Lighthouse Island' }).waitFor();
    expect(await page.locator('.ecosystem-card').count()).toBe(2);
  });

  it('opens the seeded ecosystem and draws one graph node per character, with the connection live', async () => {
    await openDemoEcosystem(page);
    await page.locator('.ens-graph [data-node-id]').first().waitFor();
    await expect.poll(() => page.locator('.ens-graph [data-node-id]').count()).toBe(characterCount);
    await waitForConnection(page, 'open');
    expect(await page.getByTestId('connection-status').textContent()).toContain('Live');
  });

  it('shows the feed growing while the seeded scenario runs', async () => {
    await page.locator('.ens-feed-item').first().waitFor();
    const before = await newestFeedSeq(page);
    const after = await waitForMore(() => newestFeedSeq(page), before, 20_000, 'newest feed seq');
    expect(after).toBeGreaterThan(before);
  });

  it('charts a pair picked by choosing one node and then another (keyboard)', async () => {
    // The pair that has talked the most, so its history has points to draw.
    const graph = await query<{ edges: Array<{ source: string; target: string; interactionCount: number }> }>(
      api.url,
      token,
      'ecosystems.graph',
      { id: ecosystemId },
    );
    const busiest = [...graph.edges].sort((a, b) => b.interactionCount - a.interactionCount)[0];
    if (busiest === undefined) throw new Error('the seeded ecosystem has no relationships');
    await page.locator(`.ens-graph [data-node-id="${busiest.source}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.pair-hint').textContent()).toMatch(/selected\. Now click another/);
    await page.locator(`.ens-graph [data-node-id="${busiest.target}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.pair-hint').textContent()).toMatch(/^Charting how .+ sees .+\.$/);
    await page.locator('.ens-timeline .ens-timeline-chart').waitFor();
    expect(await page.locator('.ens-timeline .ens-line--strength').getAttribute('d')).toMatch(/^M/);
    // Let the layout settle before the photograph.
    await page.waitForTimeout(1_500);
    await screenshotBoth(page, '03-observatory');
  });

  it('creates a character with a live mood preview, edits and deletes it', async () => {
    await page.getByRole('navigation', { name: 'Ecosystem pages' }).getByRole('link', { name: 'Characters' }).click();
    await page.getByRole('heading', { name: 'Characters', level: 1 }).waitFor();
    await page.locator('.character-row').first().waitFor();
    const rowsBefore = await page.locator('.character-row').count();
    expect(rowsBefore).toBe(characterCount);

    await page.getByRole('button', { name: 'New character' }).click();
    await page.getByLabel('Name').fill('Ines Vale');
    const preview = page.getByTestId('mood-preview-label');
    const neutral = await preview.textContent();
    // Keyboard only: End and Home move a slider to its ends.
    await page.getByLabel('Agreeableness').focus();
    await page.keyboard.press('End');
    await page.getByLabel('Extraversion').focus();
    await page.keyboard.press('End');
    await page.getByLabel('Neuroticism').focus();
    await page.keyboard.press('Home');
    await expect.poll(() => preview.textContent()).not.toBe(neutral);
    // The same resting mood the engine computes for a warm, outgoing, steady personality.
    const expected = moodLabel(
      baselineMood({ openness: 0.5, conscientiousness: 0.5, extraversion: 1, agreeableness: 1, neuroticism: 0 }),
    );
    expect((await preview.textContent())?.toLowerCase()).toContain(expected.text);
    await screenshotBoth(page, '04-characters-new');

    await page.getByRole('button', { name: 'Create character' }).click();
    await page.getByRole('status').filter({ hasText: 'Ines Vale joined' }).waitFor();
    await expect.poll(() => page.locator('.character-row').count()).toBe(rowsBefore + 1);

    await page.getByRole('button', { name: 'Edit Ines Vale' }).click();
    await page.getByRole('heading', { name: 'Edit Ines Vale' }).waitFor();
    await page.getByLabel('Description').fill('A cartographer who arrived on the evening ferry.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved Ines Vale' }).waitFor();

    await page.getByRole('button', { name: 'Edit Ines Vale' }).click();
    await page.getByRole('heading', { name: 'Edit Ines Vale' }).waitFor();
    expect(await page.getByLabel('Description').inputValue()).toBe('A cartographer who arrived on the evening ferry.');
    await screenshotBoth(page, '05-characters-edit');
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Delete Ines Vale' }).click();
    await page.getByRole('group', { name: 'Delete Ines Vale?' }).getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.locator('.character-row').count()).toBe(rowsBefore);
  });

  it('takes part in the running scene: a message to everyone is answered by a character in the chat', async () => {
    await page.getByRole('navigation', { name: 'Ecosystem pages' }).getByRole('link', { name: 'Scenarios' }).click();
    await page.locator('.ens-chat').waitFor();
    await page.locator('.ens-message').first().waitFor();

    await page.getByRole('button', { name: 'Participate' }).click();
    const message = 'Good evening, everyone! What are you all celebrating tonight?';
    await page.getByRole('textbox', { name: 'Message' }).fill(message);
    await page.getByRole('button', { name: 'Send' }).click();

    // The message shows at once (pending, without a seq); this waits for the transcript's own line.
    const mine = page.locator('.ens-message--user[data-seq]').filter({ hasText: message });
    await mine.waitFor({ timeout: 15_000 });
    const mySeq = Number(await mine.getAttribute('data-seq'));
    const reply = page.locator(`.ens-message--user_reply[data-seq="${mySeq}"]`).first();
    await reply.waitFor({ timeout: 15_000 });
    expect((await reply.locator('.ens-message-text').textContent())?.trim().length).toBeGreaterThan(0);
    expect(await reply.locator('.ens-message-speaker').textContent()).not.toBe('');
    await screenshotBoth(page, '06-scenario-participant');
  });

  it('pauses the scene and the events stop (chat and feed stay still), then resumes and they flow again', async () => {
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    // The pause itself is an event; give it a moment to arrive before counting.
    await page.waitForTimeout(1_000);
    const lastSeq = async () =>
      (await query<{ lastSeq: number }>(api.url, token, 'ecosystems.get', { id: ecosystemId })).lastSeq;
    const messagesAtPause = await page.locator('.ens-message').count();
    const seqAtPause = await lastSeq();
    await page.waitForTimeout(QUIET_AFTER_PAUSE_MS / 2);
    expect(await page.locator('.ens-message').count()).toBe(messagesAtPause);
    await screenshotBoth(page, '07-scenario-paused');

    // The Observatory's feed has caught up with the last event and does not move.
    await page.getByRole('navigation', { name: 'Ecosystem pages' }).getByRole('link', { name: 'Observatory' }).click();
    await page.locator('.ens-feed-item').first().waitFor();
    await expect.poll(() => newestFeedSeq(page)).toBe(seqAtPause);
    await page.waitForTimeout(QUIET_AFTER_PAUSE_MS);
    expect(await newestFeedSeq(page)).toBe(seqAtPause);
    expect(await lastSeq()).toBe(seqAtPause);

    await page.getByRole('navigation', { name: 'Ecosystem pages' }).getByRole('link', { name: 'Scenarios' }).click();
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await waitForMore(
      () => page.locator('.ens-message').count(),
      messagesAtPause,
      20_000,
      'chat messages after resume',
    );
  });

  it('directs a new scenario, opens its conversation, and ends it', async () => {
    const director = page.locator('.ens-director');
    await director.getByLabel('Title').fill('Lanterns at the Pier');
    await director.getByLabel('Setting').fill('the end of the pier, after the fireworks');
    await director.getByLabel('Mood').selectOption('mysterious');
    const cast = director.locator('.ens-cast-list input[type="checkbox"]');
    await cast.nth(0).check();
    await cast.nth(1).check();
    await cast.nth(2).check();
    await director.getByRole('button', { name: 'Start scenario' }).click();

    // The app opens the new scenario: its chat shows its title, running, and the list has both scenes.
    await page.locator('.ens-chat .ens-widget-title', { hasText: 'Lanterns at the Pier' }).waitFor();
    await page.locator('.scenario-list a[aria-current="page"]', { hasText: 'Lanterns at the Pier' }).waitFor();
    expect(await page.locator('.scenario-list li').count()).toBe(2);
    expect(page.url()).toMatch(/#\/ecosystems\/[^/]+\/scenarios\/[^/]+$/);

    await page.getByRole('button', { name: 'End' }).click();
    await page.getByRole('button', { name: 'Yes, end it' }).click();
    await page.locator('.ens-chat .ens-status--ended').waitFor();
    await page.locator('.scenario-list a[aria-current="page"] .status-pill--ended').waitFor();
  });

  it('reconnects on its own when the API restarts, and the feed carries on', async () => {
    await page.getByRole('navigation', { name: 'Ecosystem pages' }).getByRole('link', { name: 'Observatory' }).click();
    await page.locator('.ens-feed-item').first().waitFor();
    await waitForConnection(page, 'open');
    const before = await newestFeedSeq(page);

    const restarted = api.restart();
    await waitForConnection(page, 'reconnecting', 20_000);
    api = await restarted;
    await waitForConnection(page, 'open', 60_000);
    await waitForMore(() => newestFeedSeq(page), before, 30_000, 'newest feed seq after restart');
  });

  it('keeps the session across a reload and signs out', async () => {
    await page.reload();
    await page.getByRole('heading', { name: 'Observatory', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Ensemble' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('ensemble.session'))).toBeNull();
    expect(
      page.consoleErrors.filter((e) => !/WebSocket|ERR_CONNECTION_REFUSED|Failed to load resource/.test(e)),
    ).toEqual([]);
  });
});
