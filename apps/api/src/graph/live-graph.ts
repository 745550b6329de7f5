import type { Character, EcosystemEvent, Id, Relationship, SocialGraph } from '@ensemble/core';
import type { GraphProgress } from './graph-progress.ts';
import { compactForGraph } from './compact.ts';
import { applyEventsToGraph, rebuildGraph } from './sync.ts';

/** What the live graph reads from the store: the event log, and the state for rebuilds. */
export interface LiveGraphStore {
  getEcosystem(id: Id): Promise<{ lastSeq: number } | null>;
  listEvents(ecosystemId: Id, afterSeq: number, limit: number): Promise<EcosystemEvent[]>;
  listCharacters(ecosystemId: Id): Promise<Character[]>;
  listRelationships(ecosystemId: Id): Promise<Relationship[]>;
  getCharacter(id: Id): Promise<Character | null>;
  /** Inside a transaction: a cross-node lock (needed only when the graph is shared). */
  tryAdvisoryLock(key: string): Promise<boolean>;
  transaction<T>(work: (tx: LiveGraphStore) => Promise<T>): Promise<T>;
}

export interface LiveGraphOptions {
  graph: SocialGraph;
  progress: GraphProgress;
  store: LiveGraphStore;
  /**
   * True when other API nodes write the same graph (Neo4j): each catch-up then holds a cross-node lock,
   * so one writer at a time applies the log in seq order, and commits push the graph forward at once.
   * False (in process): the graph catches up lazily, when it is queried.
   */
  shared: boolean;
  /** @default console.error */
  log?: (line: string) => void;
}

/** Events read from the log per page while catching up. */
const PAGE = 500;
/** Further behind than this, rebuilding from the store beats replaying the log. */
const REBUILD_BEHIND = 5000;
/**
 * While another node holds the shared graph's lock, a commit's catch-up retries (that node may have read
 * the log before this commit), waiting from BUSY_RETRY_MS doubling to BUSY_RETRY_MAX_MS, for at most BUSY_GIVE_UP_MS.
 */
const BUSY_RETRY_MS = 20;
const BUSY_RETRY_MAX_MS = 500;
const BUSY_GIVE_UP_MS = 30_000;
/** Longest a query waits for another node to finish bringing the shared graph up to date. */
const QUERY_WAIT_MS = 3000;

/** Another node held the shared graph's lock for longer than the caller would wait. */
class GraphBusyError extends Error {}

type Outcome = 'done' | 'busy';

interface Follower {
  running: Promise<void> | null;
  /** Another catch-up was asked for while one ran: run once more, it may have read the log too early. */
  again: boolean;
}

/**
 * The social graph kept in step with the event log (DESIGN.md §6). It records how far it has applied
 * each ecosystem's log (GraphProgress, stored with the graph) and catches up from there in seq order,
 * whichever node committed the events; an ecosystem it has never seen is rebuilt from the store first.
 */
export class LiveGraph {
  readonly graph: SocialGraph;
  readonly shared: boolean;
  readonly #progress: GraphProgress;
  readonly #store: LiveGraphStore;
  readonly #log: (line: string) => void;
  readonly #followers = new Map<Id, Follower>();
  #closed = false;

  constructor(options: LiveGraphOptions) {
    this.graph = options.graph;
    this.shared = options.shared;
    this.#progress = options.progress;
    this.#store = options.store;
    this.#log = options.log ?? ((line) => console.error(line));
  }

  /**
   * The graph with the ecosystem caught up to its log (rebuilt first if never built), so a query sees
   * every write committed before it, on any node. On a shared graph whose lock another node holds, waits
   * up to QUERY_WAIT_MS for it, then answers from the graph as it stands.
   */
  async forEcosystem(ecosystemId: Id): Promise<SocialGraph> {
    if (!this.shared) {
      await this.catchUp(ecosystemId);
      return this.graph;
    }
    try {
      await this.#untilDone(ecosystemId, false, QUERY_WAIT_MS);
    } catch (error) {
      if (!(error instanceof GraphBusyError)) throw error;
    }
    return this.graph;
  }

  /** Called after events commit: a shared graph catches up at once; an in-process one when next queried. */
  committed(events: readonly EcosystemEvent[]): void {
    if (!this.shared || this.#closed) return;
    for (const ecosystemId of new Set(events.map((e) => e.ecosystemId))) {
      this.catchUp(ecosystemId).catch((error: unknown) => {
        this.#log(`[graph] ecosystem ${ecosystemId}: catching up failed, will retry on next use: ${describe(error)}`);
      });
    }
  }

  /** Applies what the log holds beyond the graph's progress; concurrent calls share one run. */
  catchUp(ecosystemId: Id): Promise<void> {
    let follower = this.#followers.get(ecosystemId);
    if (!follower) {
      follower = { running: null, again: false };
      this.#followers.set(ecosystemId, follower);
    }
    if (follower.running) {
      follower.again = true;
      return follower.running;
    }
    const self = follower;
    self.running = (async () => {
      do {
        self.again = false;
        await this.#untilDone(ecosystemId);
      } while (self.again && !this.#closed);
    })().finally(() => {
      self.running = null;
      if (this.#followers.get(ecosystemId) === self) this.#followers.delete(ecosystemId);
    });
    return self.running;
  }

  /** Rebuilds the ecosystem's part of the graph from the store now (after the graph lost or mangled it). */
  async rebuild(ecosystemId: Id): Promise<void> {
    await this.#followers.get(ecosystemId)?.running?.catch(() => {});
    await this.#untilDone(ecosystemId, true);
  }

  /** Removes a deleted ecosystem from the graph. */
  async forget(ecosystemId: Id): Promise<void> {
    await this.#followers.get(ecosystemId)?.running?.catch(() => {});
    await this.graph.clearEcosystem(ecosystemId);
    await this.#progress.remove(ecosystemId);
  }

  /** Answers when the graph's backing store does (readiness checks). */
  async ping(): Promise<void> {
    await this.#progress.read('__ping__');
  }

  /** Resolves once no catch-up is running (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.#followers.size > 0) {
      await Promise.allSettled([...this.#followers.values()].map((f) => f.running ?? Promise.resolve()));
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.settled();
    await this.graph.close();
  }

  /** Catches up, waiting (a bounded while) for another node that holds the shared graph's lock. */
  async #untilDone(ecosystemId: Id, rebuild = false, patienceMs = BUSY_GIVE_UP_MS): Promise<void> {
    const giveUpAt = Date.now() + patienceMs;
    for (let wait = BUSY_RETRY_MS; ; wait = Math.min(wait * 2, BUSY_RETRY_MAX_MS)) {
      if ((await this.#runExclusive(ecosystemId, rebuild)) === 'done') return;
      if (Date.now() + wait > giveUpAt || this.#closed) {
        throw new GraphBusyError(`another node held the graph lock for over ${patienceMs} ms`);
      }
      await new Promise((r) => setTimeout(r, wait));
    }
  }

  /** One catch-up pass; on a shared graph under the ecosystem's cross-node lock, or 'busy' without it. */
  #runExclusive(ecosystemId: Id, rebuild = false): Promise<Outcome> {
    if (!this.shared) return this.#apply(this.#store, ecosystemId, rebuild);
    return this.#store.transaction(async (tx) => {
      if (!(await tx.tryAdvisoryLock(`ensemble:graph:${ecosystemId}`))) return 'busy';
      return this.#apply(tx, ecosystemId, rebuild);
    });
  }

  async #apply(store: LiveGraphStore, ecosystemId: Id, rebuild: boolean): Promise<Outcome> {
    let applied = rebuild ? null : await this.#progress.read(ecosystemId);
    const ecosystem = await store.getEcosystem(ecosystemId);
    if (ecosystem === null) {
      // Deleted (perhaps on another node): nothing of it may linger in the graph.
      await this.graph.clearEcosystem(ecosystemId);
      await this.#progress.remove(ecosystemId);
      return 'done';
    }
    if (applied === null || ecosystem.lastSeq - applied > REBUILD_BEHIND || applied > ecosystem.lastSeq) {
      // The seq is read before the state, so the state is at least that new; events after it that the
      // state already shows are applied again below, which leaves the same values (they are absolute).
      applied = ecosystem.lastSeq;
      await rebuildGraph(this.graph, store, ecosystemId);
      await this.#progress.write(ecosystemId, applied);
    }
    const lookupName = async (id: Id) => (await store.getCharacter(id))?.name ?? null;
    for (;;) {
      const page = await store.listEvents(ecosystemId, applied, PAGE);
      if (page.length === 0) break;
      await applyEventsToGraph(this.graph, compactForGraph(page), lookupName);
      applied = page[page.length - 1]!.seq;
      await this.#progress.write(ecosystemId, applied);
      if (page.length < PAGE) break;
    }
    return 'done';
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
