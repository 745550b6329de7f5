/**
 * The scenario page with a language model speaking, in real Chromium: the API talks to the fake
 * OpenAI-compatible server (apps/api/testing/fake-llm-server.ts, a real HTTP server streaming server-sent
 * events slowly), and a line types in as it streams before the finished line takes its place. Beside the
 * chat: the scene's objectives with their progress and the conversations going on, each line marked with
 * its thread.
 */
import { startFakeLlm, type FakeLlmServer } from '@ensemble/api/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEcosystem, mutate, signInDemo, startDemoApi, type RunningApi } from '../support/api.ts';
import { seriousViolations } from '../support/axe.ts';
import { openDemoEcosystem, signInAsDemo } from '../support/app-page.ts';
import { browserSuite, chromiumMissing, launchChromium, type RunningBrowser } from '../support/chromium.ts';
import { screenshotBoth } from '../support/screenshots.ts';

/** What the model says; streamed a few characters at a time with a pause between pieces. */
const MODEL_LINE = 'The lanterns are lit along the whole quay tonight, and the tide is turning.';

describe.skipIf(chromiumMissing !== null)(browserSuite('the scenario page with a language model'), () => {
  let llm: FakeLlmServer;
  let api: RunningApi;
  let browser: RunningBrowser;
  let page: Page & { consoleErrors: string[] };

  beforeAll(async () => {
    llm = await startFakeLlm({ kind: 'line', line: MODEL_LINE, chunkDelayMs: 200 });
    api = await startDemoApi({
      LLM_BASE_URL: llm.baseUrl,
      LLM_API_KEY: 'test-key',
      LLM_MODEL: 'fake-model',
      LLM_LINE_MS: '30000',
    });
    const token = (await signInDemo(api.url)).accessToken;
    const demo = await demoEcosystem(api.url, token);
    await mutate(api.url, token, 'ecosystems.update', { id: demo.id, dialogue: { mode: 'llm' } });
    browser = await launchChromium();
    page = await browser.newPage('laptop');
    await signInAsDemo(page, api.url);
    await openDemoEcosystem(page);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await llm?.close();
  });

  it('shows a language model’s line typing in as it streams, then the finished line', async () => {
    await page.getByRole('navigation', { name: 'Ecosystem pages' }).getByRole('link', { name: 'Scenarios' }).click();
    await page.locator('.ens-chat').waitFor();
    const typing = page.locator('.ens-message--typing .ens-message-text').first();
    await typing.waitFor({ timeout: 60_000 });
    // Part of the line is there before the rest: it grows while the model streams.
    const early = (await typing.textContent()) ?? '';
    expect(early.length).toBeLessThan(MODEL_LINE.length);
    await expect
      .poll(async () => ((await typing.textContent({ timeout: 1_000 }).catch(() => null)) ?? '').length, {
        timeout: 30_000,
      })
      .toBeGreaterThan(early.length);
    // The finished line arrives as an event and stands in the transcript.
    await page
      .locator('.ens-chat-messages > .ens-message:not(.ens-message--typing)', { hasText: MODEL_LINE })
      .first()
      .waitFor({ timeout: 60_000 });
    expect(llm.requests.some((r) => r.body.stream === true)).toBe(true);
  });

  it('shows the objectives with their progress and the conversations going on beside the chat', async () => {
    const progress = page.getByTestId('scenario-progress');
    await progress.waitFor();
    const bars = progress.getByRole('progressbar');
    expect(await bars.count()).toBeGreaterThan(0);
    expect(Number(await bars.first().getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(0);
    await progress.locator('[data-testid="thread-list"] li').first().waitFor({ timeout: 30_000 });
    // Lines carry their thread: a conversation id and a colour mark, with the topic.
    await page.locator('.ens-chat-messages > .ens-message[data-conversation-id]').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.ens-message-thread').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBoth(page, '25-scenario-llm-threads-objectives');
  });
});
