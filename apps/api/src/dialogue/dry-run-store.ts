import type {
  EcosystemEvent,
  EngineStore,
  EventDraft,
  ExchangeReads,
  Id,
  Memory,
  RecallAsk,
  Scenario,
} from '@ensemble/core';

/** Memories read by a dry run, by what was asked (see `recallKey`): handed to the real run, which need not read them again. */
export type RecalledMemories = Map<string, Memory[][]>;

/**
 * An exchange read by a dry run at a moment the store can vouch for (`at`, its statementsRun right after the
 * read), by `exchangeKey`: the real run takes it instead of reading again when the store still reads `at`,
 * i.e. when provably nothing ran on the database in between (see `readsAsBefore` in replay.ts).
 */
export type UnchangedReads = Map<string, { reads: ExchangeReads; at: number }>;

/** The key of one `loadExchange` call. */
export function exchangeKey(aId: Id, bId: Id, recall: readonly RecallAsk[] | null): string {
  return JSON.stringify([aId, bId, recall]);
}

/**
 * The store's count of statements that could change what a read returns (SqlStore.statementsRun), or null
 * when it keeps none (PostgreSQL, other stores): then nothing can be proved unchanged.
 */
export function statementsRun(store: object): number | null {
  const count = (store as { statementsRun?: unknown }).statementsRun;
  return typeof count === 'function' ? ((count as () => number | null).call(store) ?? null) : null;
}

/** The key of one `recallMemories` call. */
export function recallKey(asks: readonly RecallAsk[]): string {
  return JSON.stringify(asks);
}

/** A store's loadExchange, with the lock made optional (SqlStore's: false reads without locking, outside a transaction). */
type LoadExchange = (aId: Id, bId: Id, recall: readonly RecallAsk[] | null, lock?: boolean) => Promise<ExchangeReads>;

/** Methods that write: in a dry run they do nothing (and answer as a write would). */
const WRITE = /^(save|add|append|update|delete|create|acquire|renew|release|mark)/;

/**
 * The store as read outside any transaction, with every write ignored: the engine runs over it once to
 * learn which lines it will need (and to have them written), before the real run commits in a transaction.
 */
export function dryRunStore<S extends EngineStore>(
  store: S,
  recalled?: RecalledMemories,
  scenarios?: Map<Id, Scenario>,
  unchanged?: UnchangedReads,
): S {
  const proxy: S = new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'transaction') return <T>(work: (tx: S) => Promise<T>) => work(proxy);
      if (prop === 'saveAll') return async () => [];
      if (prop === 'appendEvents') return async (drafts: EventDraft[]) => drafts.map(asStored);
      // Locking reads the characters it locks: a dry run reads them without taking the locks.
      if (prop === 'lockCharacters') return (ids: readonly Id[]) => target.getCharacters(ids);
      if (prop === 'getScenario' && scenarios !== undefined) {
        return async (id: Id) => {
          const scenario = await target.getScenario(id);
          if (scenario !== null) scenarios.set(id, scenario);
          return scenario;
        };
      }
      // An exchange's reads in one statement, as the real run makes them, but without the locks.
      if (prop === 'loadExchange' && typeof target.loadExchange === 'function') {
        const load = target.loadExchange.bind(target) as LoadExchange;
        return async (aId: Id, bId: Id, recall: readonly RecallAsk[] | null) => {
          const before = statementsRun(target);
          const reads = await load(aId, bId, recall, false);
          const after = statementsRun(target);
          if (recall !== null && recalled !== undefined) recalled.set(recallKey(recall), reads.memories);
          // Exactly one statement ran meanwhile, so it was this read: the database as it read is the
          // database at `after`. (Any other count and the moment of the read is unknown: nothing is kept.)
          if (unchanged !== undefined && before !== null && after === before + 1) {
            unchanged.set(exchangeKey(aId, bId, recall), { reads: copyOf(reads), at: after });
          }
          return reads;
        };
      }
      if (prop === 'recallMemories' && recalled !== undefined) {
        return async (asks: readonly RecallAsk[]) => {
          const memories = await target.recallMemories(asks);
          recalled.set(recallKey(asks), memories);
          return memories;
        };
      }
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      if (typeof prop === 'string' && WRITE.test(prop)) return async () => true;
      return (value as (...args: unknown[]) => unknown).bind(target);
    },
  });
  return proxy;
}

/** The reads with their characters and relationships copied (the dry run's engine gets the originals). */
function copyOf(reads: ExchangeReads): ExchangeReads {
  return {
    characters: new Map([...reads.characters].map(([id, c]) => [id, structuredClone(c)])),
    pair: structuredClone(reads.pair),
    memories: reads.memories,
  };
}

function asStored(draft: EventDraft): EcosystemEvent {
  return { ...draft, id: '', seq: 0 } as EcosystemEvent;
}
