import type { Id } from '@ensemble/core';

/**
 * A piece of a line still being written, sent to live viewers only: never stored, never given a seq. The
 * line itself arrives later as an ordinary event (or a template line in its place if the model failed).
 */
export interface LineDelta {
  type: 'line_delta';
  ecosystemId: Id;
  /** Identifies the line among the deltas; the same for every piece of one line. */
  lineId: string;
  speakerId: Id;
  /** The text that arrived since the previous delta of this line. */
  text: string;
}

type Listener = (delta: LineDelta) => void;

/**
 * Hands deltas to the viewers on this node. In process only: with several nodes, a viewer on another node
 * sees the committed line without the live typing (deltas are a nicety, the events are the record).
 */
export class LineDeltaHub {
  readonly #listeners = new Map<Id, Set<Listener>>();

  /** Calls `listener` with each delta of the ecosystem until the returned function is called. */
  subscribe(ecosystemId: Id, listener: Listener): () => void {
    let set = this.#listeners.get(ecosystemId);
    if (!set) this.#listeners.set(ecosystemId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.#listeners.delete(ecosystemId);
    };
  }

  publish(delta: LineDelta): void {
    for (const listener of this.#listeners.get(delta.ecosystemId) ?? []) {
      try {
        listener(delta);
      } catch {
        // A viewer that fails to take a delta still gets the committed line.
      }
    }
  }
}
