/**
 * Branches in real Chromium against the real API: "Fork" on the ecosystem list makes a branch of the demo
 * ecosystem and opens the comparison (relationships and moods side by side, largest differences first); the
 * branch's card then offers "Compare" with its parent.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, demoEcosystem, query, signInDemo, startDemoApi, type RunningApi } from '../support/api.ts';
import { signInAsDemo } from '../support/app-page.ts';
import { browserSuite, chromiumMissing, launchChromium, type RunningBrowser } from '../support/chromium.ts';

describe.skipIf(chromiumMissing !== null)(browserSuite('branches'), () => {
  let api: RunningApi;
  let browser: RunningBrowser;
  let page: Page & { consoleErrors: string[] };
  let token: string;

  beforeAll(async () => {
    api = await startDemoApi();
    token = (await signInDemo(api.url)).accessToken;
    browser = await launchChromium();
    page = await browser.newPage('laptop');
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  const differences = async (testId: string) =>
    (await page.getByTestId(testId).allTextContents()).map((text) => Number(text));

  it('forks from the ecosystem list and compares the branch with its parent, largest differences first', async () => {
    const demo = await demoEcosystem(api.url, token);
    await signInAsDemo(page, api.url);
    await page.getByRole('button', { name: `Fork ${DEMO.ecosystemName}` }).click();
    await page.getByRole('heading', { name: 'Compare branches', level: 1 }).waitFor();
    expect(page.url()).toContain(`#/ecosystems/${demo.id}/compare/`);

    const relationships = page.getByRole('table', { name: 'Relationships compared' });
    await relationships.waitFor();
    const branchId = decodeURIComponent(page.url().split('/compare/')[1]!);
    const branchState = await query<{ relationships: unknown[]; characters: unknown[] }>(
      api.url,
      token,
      'history.state',
      { ecosystemId: branchId },
    );
    // Every relationship and character of the branch has its row (the parent may have made more since).
    const relationshipRows = await differences('relationship-difference');
    expect(relationshipRows.length).toBeGreaterThanOrEqual(branchState.relationships.length);
    expect(relationshipRows.length).toBeGreaterThan(0);
    expect(relationshipRows).toEqual([...relationshipRows].sort((x, y) => y - x));
    const moodRows = await differences('mood-difference');
    expect(moodRows).toHaveLength(branchState.characters.length);
    expect(moodRows).toEqual([...moodRows].sort((x, y) => y - x));

    // The branch is on the list, with "Compare" taking it back to its parent.
    await page.goto(`${api.url}/#/ecosystems`);
    await page.getByRole('heading', { name: 'Your ecosystems' }).waitFor();
    const branchName = `${DEMO.ecosystemName} (branch at`;
    await page.getByRole('link', { name: new RegExp(`^Compare ${escape(branchName)}.* with its parent$`) }).click();
    await page.getByRole('heading', { name: 'Compare branches', level: 1 }).waitFor();
    expect(decodeURIComponent(page.url())).toContain(`#/ecosystems/${demo.id}/compare/${branchId}`);
    await page.getByRole('table', { name: 'Moods compared' }).waitFor();
    expect(page.consoleErrors.join('\n'), 'console errors').toBe('');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
