import { randomUUID } from 'node:crypto';
import type { GraphCharacter, Id, Relationship, SocialGraph } from '@ensemble/core';

/**
 * A fresh ecosystem per test: every id carries a new uuid prefix, so tests never see each other's
 * data on a shared Neo4j, and ids sort by their short suffix ('a' < 'b' < ...).
 */
export interface Scope {
  ecosystemId: Id;
  id(name: string): Id;
  character(name: string, overrides?: Partial<GraphCharacter>): GraphCharacter;
  relationship(from: string, to: string, strength: number, overrides?: Partial<Relationship>): Relationship;
  /** Adds named characters (named after their suffix) to the graph. */
  addCharacters(graph: SocialGraph, ...names: string[]): Promise<void>;
  /** Adds relationships given as [from, to, strength] with one interaction each. */
  relate(graph: SocialGraph, ...edges: [string, string, number][]): Promise<void>;
  /** Suffixes of ids (for readable expectations). */
  names(ids: readonly Id[] | null): string[] | null;
}

/** A new isolated scope. */
export function newScope(): Scope {
  const prefix = randomUUID();
  const ecosystemId = `eco-${prefix}`;
  const id = (name: string) => `${prefix}-${name}`;
  const scope: Scope = {
    ecosystemId,
    id,
    character: (name, overrides = {}) => ({
      id: id(name),
      ecosystemId,
      name: `Name ${name}`,
      active: true,
      ...overrides,
    }),
    relationship: (from, to, strength, overrides = {}) => ({
      ecosystemId,
      fromId: id(from),
      toId: id(to),
      strength,
      trust: 0.5,
      interactionCount: 1,
      lastInteractionAt: 1_700_000_000_000,
      label: 'acquaintance',
      ...overrides,
    }),
    async addCharacters(graph, ...names) {
      for (const name of names) await graph.upsertCharacter(scope.character(name));
    },
    async relate(graph, ...edges) {
      for (const [from, to, strength] of edges) await graph.upsertRelationship(scope.relationship(from, to, strength));
    },
    names: (ids) => (ids === null ? null : ids.map((full) => full.slice(prefix.length + 1))),
  };
  return scope;
}
