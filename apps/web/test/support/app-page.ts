/** Steps and readings of the demo app shared by the browser tests, in the words a user would use. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO } from './api.ts';

/** Opens the app and signs in with the demo account through the login form. */
export async function signInAsDemo(page: Page, appUrl: string): Promise<void> {
  await page.goto(appUrl);
  await page.getByRole('heading', { name: 'Sign in to Ensemble' }).waitFor();
  await page.getByRole('button', { name: 'Use the demo account' }).click();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { name: 'Your ecosystems' }).waitFor();
}

/** Opens the demo ecosystem's Observatory from the ecosystem list. */
export async function openDemoEcosystem(page: Page): Promise<void> {
  await page.getByRole('link', { name: `Open ${DEMO.ecosystemName}` }).click();
  await page.getByRole('heading', { name: 'Observatory', level: 1 }).waitFor();
}

/** The highest event seq the activity feed shows (0 when empty): it rises as events arrive, even when the feed is full. */
export async function newestFeedSeq(page: Page): Promise<number> {
  const seqs = await page
    .locator('.ens-feed-item[data-seq]')
    .evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-seq'))));
  return seqs.length === 0 ? 0 : Math.max(...seqs);
}

/** Waits until `read()` gives more than `than`; returns the new value. */
export async function waitForMore(
  read: () => Promise<number>,
  than: number,
  timeoutMs = 20_000,
  what = 'value',
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (value <= than) {
    if (Date.now() > deadline)
      throw new Error(`${what} stayed at ${value} (waited ${timeoutMs} ms for more than ${than})`);
    await new Promise((r) => setTimeout(r, 250));
    value = await read();
  }
  return value;
}

/** The header's connection status (idle, connecting, open, reconnecting, closed). */
export function connectionStatus(page: Page): Promise<string | null> {
  return page.getByTestId('connection-status').getAttribute('data-status');
}

/** Waits for the header to show a connection status. */
export async function waitForConnection(page: Page, status: string, timeoutMs = 20_000): Promise<void> {
  await page.locator(`[data-testid="connection-status"][data-status="${status}"]`).waitFor({ timeout: timeoutMs });
  expect(await connectionStatus(page)).toBe(status);
}
