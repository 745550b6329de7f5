/**
 * Names a per-run folder for a migrated PGlite data dir that API-backed suites copy instead of
 * migrating from scratch on every start (a cold migration is the slow part of starting the API on a
 * loaded machine). The first suite that needs it creates it; the run removes it at the end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    migratedTemplateRoot: string;
  }
}

export default function setup(project: TestProject): () => void {
  const root = mkdtempSync(join(tmpdir(), 'ensemble-sdk-run-'));
  project.provide('migratedTemplateRoot', root);
  return () => rmSync(root, { recursive: true, force: true });
}
