import type { Id } from '@ensemble/core';
import type { AppStore } from '../store/app-store.ts';

/** A character's ecosystem and that ecosystem's owner: facts that never change while the character exists. */
export interface CharacterOwner {
  ecosystemId: Id;
  ownerId: Id;
}

/** How long a node reuses what it read of a character's owner (bounds memory, not correctness: see below). */
const OWNER_TTL_MS = 60_000;
/** Characters remembered at most; beyond that the node starts over. */
const OWNERS_MAX = 50_000;

/**
 * Whose each character is, as the access check of an exchange asks it: read once per character and node,
 * then remembered, so an exchange between known characters costs no statement for its access check.
 *
 * Only characters that exist are remembered, and a character's ecosystem and owner never change, so a
 * remembered answer is never wrong, only possibly about a character deleted since. A delete on this node
 * forgets at once; one on another node is caught by the operation's own read of the character (the
 * exchange's engine finds it missing, and interactions.create answers `character_not_found` as the access
 * check would have).
 */
export class CharacterOwners {
  readonly #known = new Map<Id, CharacterOwner & { until: number }>();

  constructor(
    private readonly store: Pick<AppStore, 'characterOwners'>,
    private readonly now: () => number = Date.now,
  ) {}

  /** The owner of each existing character of `ids` (unknown ids are absent), reading only those not remembered. */
  async of(ids: readonly Id[]): Promise<Map<Id, CharacterOwner>> {
    const now = this.now();
    const found = new Map<Id, CharacterOwner>();
    const missing: Id[] = [];
    for (const id of ids) {
      const known = this.#known.get(id);
      if (known !== undefined && known.until > now) found.set(id, known);
      else missing.push(id);
    }
    if (missing.length === 0) return found;
    const read = await this.store.characterOwners(missing);
    if (this.#known.size + read.size > OWNERS_MAX) this.#known.clear();
    for (const [id, owner] of read) {
      found.set(id, owner);
      this.#known.set(id, { ecosystemId: owner.ecosystemId, ownerId: owner.ownerId, until: now + OWNER_TTL_MS });
    }
    return found;
  }

  /** Forgets a character deleted on this node. */
  forget(characterId: Id): void {
    this.#known.delete(characterId);
  }

  /** Forgets every character of an ecosystem deleted on this node. */
  forgetEcosystem(ecosystemId: Id): void {
    for (const [id, owner] of this.#known) if (owner.ecosystemId === ecosystemId) this.#known.delete(id);
  }
}
