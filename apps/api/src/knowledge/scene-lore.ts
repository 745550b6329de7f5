/**
 * The engine's LoreKnowledge for a scenario turn: before the turn's transaction, each participant's best
 * passages (hybrid search, only documents known to every character or to that one) for the scene — its
 * title, setting and the topics of its open conversations. Searches are cached by (character, scene and
 * the ecosystem's passage counts), so a scene whose topics stay the same searches once, not every turn;
 * documents written here (Lore.generation) or on another node (the counts change) search again.
 */
import type { Id, LoreKnowledge, LorePassage, Scenario } from '@ensemble/core';
import type { Lore } from './lore.ts';

/** Passages each character brings to a scene. */
export const SCENE_LORE_PASSAGES = 2;
/** Cached (character, scene) searches before the oldest are dropped. */
const CACHED = 2000;

export class SceneLore {
  readonly #lore: Lore;
  readonly #cache = new Map<string, readonly LorePassage[]>();
  #generation = -1;

  constructor(lore: Lore) {
    this.#lore = lore;
  }

  /** What each participant knows that bears on the scene as it is now; null when the ecosystem has no lore. */
  async forScene(scenario: Scenario): Promise<LoreKnowledge | null> {
    if (this.#generation !== this.#lore.generation) {
      this.#cache.clear();
      this.#generation = this.#lore.generation;
    }
    const ecosystemId = scenario.ecosystemId;
    const stats = await this.#lore.store.passageStats(ecosystemId);
    if (stats.passages === 0) return null;
    const topics = (scenario.conversations ?? []).map((c) => c.topic);
    const query = [scenario.title, scenario.setting, ...topics].join(' ').trim();
    const scene = `${ecosystemId}\u0000${stats.passages}\u0000${stats.embedded}\u0000${query}`;
    const known = new Map<Id, readonly LorePassage[]>();
    for (const id of scenario.participantIds) known.set(id, await this.#search(scene, ecosystemId, id, query));
    return { knownBy: (id) => known.get(id) ?? [] };
  }

  async #search(scene: string, ecosystemId: Id, characterId: Id, query: string): Promise<readonly LorePassage[]> {
    const key = `${scene}\u0000${characterId}`;
    const cached = this.#cache.get(key);
    if (cached) return cached;
    const { results } = await this.#lore.search(ecosystemId, query, {
      limit: SCENE_LORE_PASSAGES,
      mode: 'hybrid',
      knower: characterId,
    });
    const passages = results.map((r) => ({ title: r.title, text: r.text }));
    if (this.#cache.size >= CACHED) this.#cache.delete(this.#cache.keys().next().value!);
    this.#cache.set(key, passages);
    return passages;
  }
}
