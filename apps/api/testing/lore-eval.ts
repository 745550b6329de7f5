/** Loads the lore corpus into a store and measures how often a search puts the expected passage in the top 3. */
import { randomUUID } from 'node:crypto';
import type { Lore, SearchMode } from '../src/knowledge/lore.ts';
import type { AppStore } from '../src/store/app-store.ts';
import { LORE_DOCUMENTS, LORE_QUERIES, type LoreQuery } from './lore-corpus.ts';

/** A user and an ecosystem holding every corpus document (passages written, vectors not yet). */
export async function loadLoreCorpus(
  store: AppStore,
  at = 1_700_000_000_000,
): Promise<{ ecosystemId: string; ownerId: string }> {
  const ownerId = randomUUID();
  const ecosystemId = randomUUID();
  await store.createUser({
    id: ownerId,
    email: `${ownerId}@lore.test`,
    displayName: 'Lore',
    passwordHash: 'x',
    createdAt: at,
  });
  await store.createEcosystem({
    id: ecosystemId,
    ownerId,
    name: 'Saltmere',
    description: 'A harbour town',
    lastSeq: 0,
    createdAt: at,
    updatedAt: at,
  });
  for (const [i, d] of LORE_DOCUMENTS.entries()) {
    await store.createDocument({
      // Ids sort in corpus order, so ties (ranked by id) fall the same way in every load and store.
      id: `${String(i).padStart(3, '0')}-${randomUUID()}`,
      ecosystemId,
      ownerId,
      title: d.title,
      content: d.content,
      knownTo: null,
      createdAt: at + i,
      updatedAt: at + i,
    });
  }
  return { ecosystemId, ownerId };
}

export interface HitRate {
  mode: SearchMode;
  hits: number;
  total: number;
  rate: number;
  /** Queries whose expected passage was not in the top 3. */
  misses: LoreQuery[];
}

/** Share of the corpus queries whose expected passage is among the first `top` results. */
export async function loreHitRate(lore: Lore, ecosystemId: string, mode: SearchMode, top = 3): Promise<HitRate> {
  const misses: LoreQuery[] = [];
  for (const query of LORE_QUERIES) {
    const { results } = await lore.search(ecosystemId, query.q, { limit: top, mode });
    if (!results.some((r) => r.title === query.title && r.text.includes(query.phrase))) misses.push(query);
  }
  const total = LORE_QUERIES.length;
  return { mode, hits: total - misses.length, total, rate: (total - misses.length) / total, misses };
}
