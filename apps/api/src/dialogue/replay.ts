import {
  writeLine,
  type DialogueGenerator,
  type EngineStore,
  type EventDraft,
  type ExchangeReads,
  type Id,
  type Memory,
  type RecallAsk,
} from '@ensemble/core';
import { exchangeKey, recallKey, statementsRun, type RecalledMemories, type UnchangedReads } from './dry-run-store.ts';
import type { GeneratedLine, LineSource } from './line-writer.ts';

/** A line written before the transaction, with who speaks it. */
export interface PreparedLine extends GeneratedLine {
  speakerId: Id;
  speakerName: string;
  /** The conversation it belongs to (a scenario turn's), or null. */
  conversationId: string | null;
}

/**
 * Hands the engine, in order, the lines written before its transaction. Should the engine ask for a line
 * nobody prepared (the state changed in between and another speaker came up), that one comes from the
 * templates. Remembers the source of each line handed out, for the events.
 */
export class ReplayedLines {
  #next = 0;
  #pending: LineSource[] = [];

  /** `onUsed` hears each prepared line the real run takes (it is then part of what commits). */
  constructor(
    private readonly lines: readonly PreparedLine[],
    private readonly onUsed: (line: PreparedLine) => void = () => {},
  ) {}

  readonly generator: DialogueGenerator = {
    generate: async (request) => {
      const line = this.lines[this.#next];
      if (line !== undefined && line.speakerId === request.speaker.id) {
        this.#next += 1;
        this.#pending.push(line.source);
        this.onUsed(line);
        return line.text;
      }
      this.#pending.push('template');
      return writeLine(request);
    },
  };

  /** The sources of the lines handed out since the last call. */
  takeSources(): LineSource[] {
    const taken = this.#pending;
    this.#pending = [];
    return taken;
  }
}

/**
 * The store, with each exchange's and intervention's event marked with who wrote its lines as it is saved
 * (`content_source`/`response_source` on character_interaction, `response_sources` on user_intervention).
 *
 * The memories the dry run recalled (`recalled`) are handed back instead of being read again: the engine
 * recalls memories only to write lines (DialogueRequest.memories and previousLine), and those lines were
 * written from exactly these memories. This spares the transaction a read. Everything that decides state
 * (characters, relationships, cooldowns) is still read afresh, under the locks — and so are the asks that
 * decide one (`vectors: false`: a direct exchange's memories since the last reflection), in the same read.
 * Unless the store proves that nothing at all has run on the database since the dry run read the exchange
 * (`unchanged`, PGlite only): then a fresh read would return the very same rows, and the dry run's are taken.
 */
export function markingSources<S extends EngineStore>(
  store: S,
  lines: ReplayedLines,
  recalled: RecalledMemories = new Map(),
  unchanged: UnchangedReads = new Map(),
): S {
  const mark = (drafts: readonly EventDraft[]): EventDraft[] =>
    drafts.map((draft) => {
      if (draft.type === 'character_interaction') {
        const sources = lines.takeSources();
        const response = sources.at(-1);
        if (response === undefined) return draft;
        const data: Record<string, unknown> = { ...draft.data, response_source: response };
        if (sources.length > 1) data['content_source'] = sources[0];
        return { ...draft, data };
      }
      if (draft.type === 'user_intervention')
        return { ...draft, data: { ...draft.data, response_sources: lines.takeSources() } };
      return draft;
    });
  const proxy: S = new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'transaction') {
        return <T>(work: (tx: S) => Promise<T>) =>
          target.transaction((tx) => work(markingSources(tx as S, lines, recalled, unchanged)));
      }
      if (prop === 'saveAll') {
        return (changes: Parameters<S['saveAll']>[0]) =>
          target.saveAll({ ...changes, events: mark(changes.events ?? []) });
      }
      if (prop === 'appendEvents') return (drafts: EventDraft[]) => target.appendEvents(mark(drafts));
      // The memories the dry run recalled are handed back; the characters and the pair are read afresh
      // (all of it is handed back when provably nothing ran on the database since the dry run read it).
      if (prop === 'loadExchange' && typeof target.loadExchange === 'function') {
        return async (aId: Id, bId: Id, recall: readonly RecallAsk[] | null): Promise<ExchangeReads> => {
          const same = readsAsBefore(target, unchanged, aId, bId, recall);
          if (same !== null) {
            if (recall !== null) recalled.delete(recallKey(recall));
            return same;
          }
          const key = recall === null ? null : recallKey(recall);
          const known = key === null ? undefined : recalled.get(key);
          if (known === undefined) return target.loadExchange!(aId, bId, recall);
          recalled.delete(key!);
          const fresh = recall!.filter(decidesState);
          const reads = await target.loadExchange!(aId, bId, fresh.length > 0 ? fresh : null);
          return { ...reads, memories: withFresh(recall!, known, reads.memories) };
        };
      }
      if (prop === 'recallMemories') {
        return (asks: readonly RecallAsk[]) => {
          const key = recallKey(asks);
          const known = recalled.get(key);
          if (known === undefined) return target.recallMemories(asks);
          recalled.delete(key);
          const fresh = asks.filter(decidesState);
          if (fresh.length === 0) return Promise.resolve(known);
          return target.recallMemories(fresh).then((read) => withFresh(asks, known, read));
        };
      }
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return proxy;
}

/**
 * The dry run's reads of this exchange when `store` proves that nothing has run on the database since they
 * were made (its statementsRun reads what it read right after them; on PGlite the transaction's BEGIN does
 * not count and nothing else can run until it ends): the database is then exactly as it was, and reading it
 * again would return the same rows. Null otherwise — a write, or any statement at all, in between, or a store
 * that cannot tell (PostgreSQL) — and the exchange is read afresh. Taken once.
 */
function readsAsBefore(
  store: object,
  unchanged: UnchangedReads,
  aId: Id,
  bId: Id,
  recall: readonly RecallAsk[] | null,
): ExchangeReads | null {
  const key = exchangeKey(aId, bId, recall);
  const before = unchanged.get(key);
  if (before === undefined) return null;
  unchanged.delete(key);
  const now = statementsRun(store);
  return now !== null && now === before.at ? before.reads : null;
}

/**
 * An ask whose memories decide what the exchange writes (reflectionAsk: whether a reflection is due), not
 * only its lines: read under the transaction, never taken from the dry run.
 */
function decidesState(ask: RecallAsk): boolean {
  return ask.vectors === false;
}

/** The dry run's memories for `asks`, with those of the asks that decide state replaced by `fresh` (in order). */
function withFresh(asks: readonly RecallAsk[], known: readonly Memory[][], fresh: readonly Memory[][]): Memory[][] {
  let next = 0;
  return asks.map((ask, i) => (decidesState(ask) ? (fresh[next++] ?? []) : (known[i] ?? [])));
}
