/**
 * Vitest global setup of the browser tests: the API serves apps/web/dist and packages/widgets/dist, so
 * build them first when they are missing or older than their sources (turbo's `test` dependsOn `build`
 * already did this in CI; running vitest by hand is covered here).
 */
import { existsSync, rmSync } from 'node:fs';
import { ensureBuilt } from '../../scripts/ensure-built.ts';
import { CHROMIUM_PATH } from './chromium.ts';
import { SCREENSHOT_DIR } from './screenshots.ts';

export default function setup(): void {
  if (!existsSync(CHROMIUM_PATH)) return; // The tests skip themselves; no point building.
  ensureBuilt();
  // Every screenshot left after a run is from that run.
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
}
