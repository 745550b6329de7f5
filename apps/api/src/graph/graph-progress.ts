import type { Id } from '@ensemble/core';

/**
 * How far the social graph has followed each ecosystem's event log: the seq of the last event applied.
 * Kept beside the graph (in Neo4j for the shared graph, in memory for the in-process one), so whoever
 * writes the graph next knows where to go on, and a graph that lost its data also lost its progress.
 */
export interface GraphProgress {
  /** The last applied seq, or null when the ecosystem was never built into this graph. */
  read(ecosystemId: Id): Promise<number | null>;
  write(ecosystemId: Id, seq: number): Promise<void>;
  /** Forgets the ecosystem: its next use rebuilds it from the store. */
  remove(ecosystemId: Id): Promise<void>;
}

/** Progress of a graph held in this process's memory. */
export class InMemoryGraphProgress implements GraphProgress {
  readonly #applied = new Map<Id, number>();

  async read(ecosystemId: Id): Promise<number | null> {
    return this.#applied.get(ecosystemId) ?? null;
  }

  async write(ecosystemId: Id, seq: number): Promise<void> {
    this.#applied.set(ecosystemId, seq);
  }

  async remove(ecosystemId: Id): Promise<void> {
    this.#applied.delete(ecosystemId);
  }
}
