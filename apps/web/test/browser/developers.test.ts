/**
 * The Developers page in real Chromium against the real API: a developer creates a publishable key for
 * their site's origin and a secret key, mints a widget token, copies the embed snippet, and the snippet
 * pasted into a page on that other origin shows the live widgets on its first load. Revoking a key asks
 * first and takes effect.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query, signInDemo, startDemoApi, type RunningApi, demoEcosystem } from '../support/api.ts';
import { openDemoEcosystem, signInAsDemo } from '../support/app-page.ts';
import { browserSuite, chromiumMissing, launchChromium, type RunningBrowser } from '../support/chromium.ts';
import { startHostPage, type HostPage } from '../support/host-page.ts';
import { screenshotBoth } from '../support/screenshots.ts';

describe.skipIf(chromiumMissing !== null)(browserSuite('the Developers page'), () => {
  let api: RunningApi;
  let host: HostPage;
  let browser: RunningBrowser;
  let page: Page & { consoleErrors: string[] };
  let characterCount: number;

  beforeAll(async () => {
    host = await startHostPage();
    api = await startDemoApi();
    const token = (await signInDemo(api.url)).accessToken;
    const demo = await demoEcosystem(api.url, token);
    characterCount = (await query<unknown[]>(api.url, token, 'characters.list', { ecosystemId: demo.id })).length;
    browser = await launchChromium();
    page = await browser.newPage('laptop');
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await host?.close();
  });

  it('creates keys, mints a token and gives a snippet that works on another origin at first load', async () => {
    await signInAsDemo(page, api.url);
    await openDemoEcosystem(page);
    await page.getByRole('navigation', { name: 'Ecosystem pages' }).getByRole('link', { name: 'Developers' }).click();
    await page.getByRole('heading', { name: 'Developers', level: 1 }).waitFor();

    const createForm = page.getByRole('form', { name: 'Create a key' });
    await createForm.getByLabel('Kind').selectOption('publishable');
    await createForm.getByLabel('Key name').fill('Gazette pages');
    await createForm.getByLabel(/Allowed origins/).fill(host.origin);
    await createForm.getByRole('button', { name: 'Create key' }).click();
    await expect.poll(() => page.getByTestId('new-key').textContent()).toMatch(/^ens_pk_/);

    await createForm.getByLabel('Kind').selectOption('secret');
    await createForm.getByLabel('Key name').fill('Gazette server');
    await createForm.getByRole('button', { name: 'Create key' }).click();
    await expect.poll(() => page.getByTestId('new-key').textContent()).toMatch(/^ens_sk_/);
    await page.getByRole('cell', { name: 'Gazette server', exact: true }).waitFor();

    const mintForm = page.getByRole('form', { name: 'Mint a widget token' });
    expect(await mintForm.getByLabel('Secret key').inputValue()).toMatch(/^ens_sk_/);
    expect(await mintForm.getByLabel(/Publishable key/).inputValue()).toMatch(/^ens_pk_/);
    await mintForm.getByRole('button', { name: 'Mint token' }).click();
    const snippet = (await page.getByTestId('embed-snippet').textContent()) ?? '';
    expect(snippet).toContain('<ensemble-graph');
    expect(snippet).toContain('/widgets/ensemble-widgets.js');
    // The preview runs the same snippet in a frame on the page: the graph draws every character.
    const preview = page.frameLocator('[data-testid="embed-preview"]');
    await expect
      .poll(() => preview.locator('ensemble-graph [data-node-id]').count(), { timeout: 30_000 })
      .toBe(characterCount);
    await preview.locator('ensemble-feed .ens-feed-item').first().waitFor({ timeout: 30_000 });
    await screenshotBoth(page, '22-developers');

    host.serveSnippet(snippet);
    const visitor = await browser.newPage('laptop');
    await visitor.goto(host.origin);
    await expect
      .poll(() => visitor.locator('ensemble-graph [data-node-id]').count(), { timeout: 30_000 })
      .toBe(characterCount);
    await visitor.locator('ensemble-feed .ens-feed-item').first().waitFor({ timeout: 30_000 });
    expect(visitor.consoleErrors.join('\n'), 'console errors on the host page').toBe('');
    await visitor.close();
  });

  it('revokes a key after asking', async () => {
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Revoke Gazette server' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Gazette server' });
    await expect.poll(() => row.textContent()).toContain('revoked');
    expect(await page.getByRole('button', { name: 'Revoke Gazette server' }).count()).toBe(0);
  });
});
