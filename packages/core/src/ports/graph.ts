import type { Id, Relationship, RelationshipLabel } from '../model.ts';

/**
 * The social graph of every ecosystem: characters as nodes, relationships as directed edges (how
 * `fromId` sees `toId`). A read model kept in step with the event stream and rebuildable from the
 * store; Postgres stays the truth. Implemented in process (graphology) and on Neo4j (apps/api).
 *
 * Shared semantics: both implementations must give exactly the same answers, so every rule below is
 * part of the contract and is checked by one contract suite run against both.
 *
 * - Ids are compared as plain strings by UTF-16 code unit (JavaScript `<`); for the ASCII ids the
 *   API issues (UUIDs) this is also Neo4j's string order. Every result list is fully ordered, so
 *   there are no ties left to chance.
 * - A relationship whose endpoint is not in the graph creates that endpoint as a placeholder
 *   (`name: ''`, `active: true`, the relationship's ecosystem) that a later `upsertCharacter` fills in.
 * - Strength and trust are stored with -0 turned into 0 (Neo4j would keep -0 and order it below 0).
 * - Inactive characters are still nodes: they appear in neighbours, paths, friends and degree counts.
 * - Queries about a character that is not in the graph answer empty (`[]`, or `null` for a path).
 */
export interface SocialGraph {
  /** Adds the character or replaces its ecosystem, name and active flag; its relationships are kept. */
  upsertCharacter(node: GraphCharacter): Promise<void>;
  /** Removes the character and every relationship from or to it; a missing id is a no-op. */
  removeCharacter(id: Id): Promise<void>;
  /** Adds the directed relationship `fromId → toId` or replaces all its properties; one with itself is ignored. */
  upsertRelationship(r: Relationship): Promise<void>;

  /**
   * The character's relationships, one entry per directed relationship (a mutual pair seen with
   * direction 'both' gives two entries, one 'out' and one 'in'). Filters apply to each relationship;
   * bounds are inclusive. Ordered by strength descending, then neighbour id ascending, then 'out'
   * before 'in'; `limit` keeps the first entries of that order.
   */
  neighbours(characterId: Id, filter?: NeighbourFilter): Promise<GraphNeighbour[]>;

  /**
   * The fewest-hops chain of characters from `fromId` to `toId`, both included. A hop may follow a
   * relationship in either direction whose strength is `>= minStrength` when given, else `> 0`
   * (liking, not mere acquaintance). Among several shortest chains, the lexicographically smallest
   * list of ids (compared element by element). `[fromId]` when both ids are the same existing
   * character; null when either is missing or no chain exists.
   */
  shortestPath(fromId: Id, toId: Id, options?: { minStrength?: number }): Promise<Id[] | null>;

  /**
   * Characters other than `aId` and `bId` who are friends of both, ids ascending. X and Y are friends
   * when each one's strength toward the other is `>= minStrength` (default FRIEND_MIN_STRENGTH = 0.3,
   * the strength at which core's relationship label becomes 'friend').
   */
  mutualFriends(aId: Id, bId: Id, options?: { minStrength?: number }): Promise<Id[]>;

  /**
   * The ecosystem's characters by degree: the number of distinct other characters linked to it by a
   * relationship in either direction with `interactionCount > 0`. Degree descending, then id
   * ascending; characters of degree 0 are included; at most `limit` entries.
   */
  mostConnected(ecosystemId: Id, limit: number): Promise<{ id: Id; degree: number }[]>;

  /** Removes every character of the ecosystem and all their relationships (before a rebuild). */
  clearEcosystem(ecosystemId: Id): Promise<void>;
  /** Releases connections; the graph is unusable afterwards. */
  close(): Promise<void>;
}

/** A character as the graph holds it. */
export interface GraphCharacter {
  id: Id;
  ecosystemId: Id;
  name: string;
  active: boolean;
}

/** Which relationships of a character `neighbours` returns. Every bound is inclusive. */
export interface NeighbourFilter {
  /** 'out': its view of others; 'in': others' view of it; 'both': either. @default 'both' */
  direction?: 'out' | 'in' | 'both';
  minStrength?: number;
  maxStrength?: number;
  minTrust?: number;
  /** Only relationships with one of these labels; an empty list matches none. */
  labels?: RelationshipLabel[];
  /** At most this many entries (a positive integer). @default no limit */
  limit?: number;
}

/** One relationship of a character, seen from that character. */
export interface GraphNeighbour {
  /** The other character. */
  id: Id;
  name: string;
  /** 'out': the character's view of `id`; 'in': `id`'s view of the character. */
  direction: 'out' | 'in';
  strength: number;
  trust: number;
  interactionCount: number;
  label: RelationshipLabel;
}
