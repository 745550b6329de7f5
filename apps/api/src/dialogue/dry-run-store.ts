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
          const reads = await load(aId, bId, recall, false);
          if (recall !== null && recalled !== undefined) recalled.set(recallKey(recall), reads.memories);
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

function asStored(draft: EventDraft): EcosystemEvent {
  return { ...draft, id: '', seq: 0 } as EcosystemEvent;
}
