import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { waitFor } from '@testing-library/react';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClientFactory } from '../src/embed/index.ts';
import { fakeClient } from './fake-client.ts';
import { greeting } from './fixtures.ts';

// import.meta.url is not a file: URL under jsdom; the package folder is.
const packageDir = resolve(import.meta.dirname, '..');
const bundlePath = resolve(packageDir, 'dist/ensemble-widgets.js');
let code = '';

/** The one-script bundle as a host page gets it: built if missing, then run like a <script> tag. */
describe('ensemble-widgets.js (IIFE bundle)', () => {
  beforeAll(async () => {
    if (!existsSync(bundlePath)) {
      await build({ configFile: resolve(packageDir, 'vite.config.ts'), mode: 'iife', logLevel: 'silent' });
    }
    code = readFileSync(bundlePath, 'utf8');
  }, 120_000);

  it('leaves no process.env lookups for the browser to trip over', () => {
    expect(code).not.toMatch(/process\.env/);
  });

  it('registers the four elements when run as a classic script, and renders live data into a shadow root', async () => {
    // Indirect eval runs the code in the window's global scope, as a <script> element would.
    (0, window.eval)(code);
    for (const tag of ['ensemble-graph', 'ensemble-feed', 'ensemble-stats', 'ensemble-chat']) {
      expect(customElements.get(tag)).toBeDefined();
    }
    const api = (window as unknown as { EnsembleWidgets: { setClientFactory: (f: ClientFactory) => void } })
      .EnsembleWidgets;
    const fake = fakeClient({
      lastSeq: 3,
      characters: [
        {
          id: 'a',
          name: 'Mara',
          energy: 1,
          mood: { pleasure: 0, arousal: 0, dominance: 0 },
          lastEmotion: null,
          active: true,
        },
        {
          id: 'b',
          name: 'Theo',
          energy: 1,
          mood: { pleasure: 0, arousal: 0, dominance: 0 },
          lastEmotion: null,
          active: true,
        },
      ],
    });
    api.setClientFactory(() => fake.client);
    document.body.innerHTML =
      '<ensemble-feed api-url="https://api.example" ecosystem-id="eco" token="wt"></ensemble-feed>';
    const el = document.querySelector('ensemble-feed')!;
    await waitFor(() => expect(fake.subscribers.length).toBeGreaterThan(0));
    await waitFor(() => expect(fake.handle.characters.list).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 20));
    fake.emit(greeting(4, 'a', 'b', 0.02));
    await waitFor(() => expect(el.shadowRoot?.textContent).toContain('Mara greeted Theo; trust +0.02'));
  });
});
