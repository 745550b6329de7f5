/**
 * The embedded graph with 100 characters and 1,000 ties, updated live (ten relationship changes a second),
 * in Chromium with motion allowed: frames per second over five seconds, printed for the figures.
 * The client is a stand-in set through `EnsembleWidgets.setClientFactory` (the public hook for it), so
 * the figure measures the drawing, not the network.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WIDGETS_DIST } from '../support/api.ts';
import { browserSuite, chromiumMissing, launchChromium, type RunningBrowser } from '../support/chromium.ts';

const CHARACTERS = 100;
const TIES = 1000;
const MEASURE_MS = 5000;

describe.skipIf(chromiumMissing !== null)(browserSuite('graph performance'), () => {
  let browser: RunningBrowser;
  let page: Page & { consoleErrors: string[] };

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage('laptop');
    await page.emulateMedia({ reducedMotion: process.env['GRAPH_FPS_REDUCED'] ? 'reduce' : 'no-preference' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it(`stays smooth with ${CHARACTERS} characters and ${TIES} ties changing live`, async () => {
    const bundle = readFileSync(join(WIDGETS_DIST, 'ensemble-widgets.js'), 'utf8');
    await page.setContent('<!doctype html><html lang="en"><body><div id="host"></div></body></html>');
    await page.addScriptTag({ content: bundle });
    const fps = await page.evaluate(
      async ({ characters, ties, measureMs, idleFirst }) => {
        // A deterministic graph: ties between pseudo-random pairs.
        let seed = 7;
        const random = () => {
          seed = (seed * 16807) % 2147483647;
          return seed / 2147483647;
        };
        const octants = ['exuberant', 'relaxed', 'dependent', 'hostile'];
        const nodes = Array.from({ length: characters }, (_, i) => ({
          id: `c${i}`,
          name: `Character ${i}`,
          energy: 0.5 + random() / 2,
          degree: 0,
          active: true,
          mood: { pleasure: 0, arousal: 0, dominance: 0, label: 'neutral', octant: octants[i % 4] },
        }));
        const keys = new Set<string>();
        const edges: Array<Record<string, unknown>> = [];
        while (edges.length < ties) {
          const a = Math.floor(random() * characters);
          const b = Math.floor(random() * characters);
          if (a === b || keys.has(`${a}>${b}`)) continue;
          keys.add(`${a}>${b}`);
          edges.push({
            source: `c${a}`,
            target: `c${b}`,
            strength: random() * 2 - 1,
            trust: random(),
            interactionCount: 1,
            label: 'acquaintance',
          });
        }
        const listeners = new Set<{ onEvent(e: unknown): void; onStatus?(s: string): void }>();
        let seq = 1;
        const handle = {
          id: 'eco',
          graph: () => Promise.resolve({ nodes, edges }),
          events: {
            subscribe: (options: { onEvent(e: unknown): void; onStatus?(s: string): void }) => {
              listeners.add(options);
              options.onStatus?.('open');
              return { unsubscribe: () => listeners.delete(options), lastSeq: () => seq };
            },
            onLineDelta: () => () => undefined,
          },
        };
        const client = {
          status: 'open',
          onStatus: () => () => undefined,
          ecosystems: { get: () => Promise.resolve({ id: 'eco', lastSeq: seq }) },
          ecosystem: () => handle,
          trpc: { graph: { communities: { query: () => Promise.resolve({}) } } },
          close: () => undefined,
        };
        const widgets = (window as unknown as { EnsembleWidgets: { setClientFactory(f: () => unknown): void } })
          .EnsembleWidgets;
        widgets.setClientFactory(() => client);
        const host = document.getElementById('host')!;
        host.innerHTML =
          '<ensemble-graph api-url="http://stand-in" ecosystem-id="eco" token="t" style="height: 640px"></ensemble-graph>';
        const graph = host.firstElementChild!;
        const drawn = () => graph.shadowRoot?.querySelectorAll('[data-node-id]').length ?? 0;
        for (let i = 0; i < 200 && drawn() < characters; i += 1) await new Promise((r) => setTimeout(r, 50));
        if (drawn() < characters) throw new Error(`only ${drawn()} nodes drawn`);

        const countFrames = async () => {
          let frames = 0;
          const start = performance.now();
          await new Promise<void>((resolve) => {
            const tick = () => {
              frames += 1;
              if (performance.now() - start < measureMs) requestAnimationFrame(tick);
              else resolve();
            };
            requestAnimationFrame(tick);
          });
          return (frames * 1000) / (performance.now() - start);
        };
        const idle = idleFirst ? await countFrames() : 0;
        // Ten relationship changes a second while frames are counted.
        const timer = setInterval(() => {
          const edge = edges[Math.floor(random() * edges.length)]!;
          seq += 1;
          const event = {
            id: `e${seq}`,
            ecosystemId: 'eco',
            seq,
            type: 'relationship_changed',
            timestamp: new Date().toISOString(),
            data: {
              from_id: edge.source,
              to_id: edge.target,
              strength: random() * 2 - 1,
              trust: random(),
              interaction_count: 2,
              label: 'friend',
            },
          };
          for (const l of listeners) l.onEvent(event);
        }, 100);
        const live = await countFrames();
        clearInterval(timer);
        return { idle, live };
      },
      { characters: CHARACTERS, ties: TIES, measureMs: MEASURE_MS, idleFirst: true },
    );
    console.log(
      `[figure] graph of ${CHARACTERS} characters and ${TIES} ties: ${fps.idle.toFixed(1)} fps still, ${fps.live.toFixed(1)} fps with 10 changes/s`,
    );
    // The figure is printed for the notes. A live change of feelings redraws only its own line and never
    // restarts the layout, so the page keeps most of its frames: ~45 fps on a quiet two-core machine and
    // ~36 with both cores busy with other work (it was ~16-22 and ~8, when each change restarted the
    // layout and every tick repainted all 1,000 lines). The floor leaves room for a loaded CI run.
    expect(fps.live).toBeGreaterThanOrEqual(10);
    expect(page.consoleErrors).toEqual([]);
  });
});
