import type { EcosystemEvent } from '@ensemble/core';
import type { TRPCClient } from '@trpc/client';
import { eventStream, type StreamOptions } from './live/event-stream.ts';
import { type EventSubscription, type SubscribeOptions, type SubscriptionContext } from './live/event-subscription.ts';
import { followLineDeltas, type LineDelta } from './live/line-deltas.ts';
import { SharedEvents } from './live/shared-events.ts';
import type { Call } from './transport/call.ts';
import type {
  AppRouter,
  CharacterPatch,
  CreateCharacterInput,
  InteractInput,
  InterveneInput,
  RelationshipHistoryOptions,
  RouterInputs,
  RouterOutputs,
  StartScenarioInput,
  TranscriptOptions,
} from './types.ts';

type Out = RouterOutputs;

/** A character card to import: the card object, its JSON text, the PNG's bytes, or `{ png: base64 }`. */
export type CardInput = Record<string, unknown> | string | Uint8Array | { png: string };

function cardFields(card: CardInput): { card?: Record<string, unknown>; json?: string; png?: string } {
  if (typeof card === 'string') return { json: card };
  if (card instanceof Uint8Array) {
    let binary = '';
    for (let i = 0; i < card.length; i += 8192) binary += String.fromCharCode(...card.subarray(i, i + 8192));
    return { png: btoa(binary) };
  }
  if (typeof card['png'] === 'string' && Object.keys(card).length === 1) return { png: card['png'] };
  return { card };
}

/** Everything about one ecosystem: its characters, interactions, relationships, scenarios and live events. */
export interface EcosystemHandle {
  readonly id: string;
  /** The Observatory's numbers: counts, moods, top ties, recent activity, and the seq they reflect. */
  dashboard(): Promise<Out['ecosystems']['dashboard']>;
  /** Characters as nodes and relationships as edges, for drawing the social graph. */
  graph(): Promise<Out['ecosystems']['graph']>;
  /**
   * Every character's mood, emotion, energy and traits and every relationship as they were after event
   * `atSeq`, or at the ISO-8601 time `at`; now when neither is given. Rebuilt from the event log.
   */
  state(options?: Omit<RouterInputs['history']['state'], 'ecosystemId'>): Promise<Out['history']['state']>;
  /** A new ecosystem as this one was after `atSeq` (default: now), optionally with a `change` (traits, relationships, a scenario to start); it records its parent and fork seq. */
  fork(options?: Omit<RouterInputs['history']['fork'], 'ecosystemId'>): Promise<Out['history']['fork']>;
  /** The whole ecosystem as one JSON bundle (characters, relationships, documents, scenarios; no ids). */
  exportBundle(): Promise<Out['bundles']['export']>;
  /** This ecosystem and another (e.g. a branch) side by side, largest differences first. */
  compare(
    otherId: string,
    options?: Omit<RouterInputs['history']['compare'], 'ecosystemId' | 'otherId'>,
  ): Promise<Out['history']['compare']>;
  characters: {
    list(): Promise<Out['characters']['list']>;
    create(input: CreateCharacterInput): Promise<Out['characters']['create']>;
    update(characterId: string, patch: CharacterPatch): Promise<Out['characters']['update']>;
    delete(characterId: string): Promise<Out['characters']['delete']>;
    /**
     * Makes a character from a Character Card V2/V3: a card object, its JSON text, or the PNG file's bytes
     * (a Uint8Array) or base64 (`{ png }`). The whole card is kept for export.
     */
    importCard(card: CardInput): Promise<Out['cards']['import']>;
    /** The character as a card (V3 unless imported as V2 or `spec` says); with `format: 'png'`, `png` is the PNG file, base64. */
    exportCard(
      characterId: string,
      options?: Omit<RouterInputs['cards']['export'], 'id'>,
    ): Promise<Out['cards']['export']>;
    /**
     * What the character remembers: its strongest memories (default) or, with `order: 'recent'`, its newest;
     * `limit` 1–100 (default 10). `kind` (observation, summary, reflection) is there when recorded.
     */
    memories(
      characterId: string,
      options?: Omit<RouterInputs['memories']['list'], 'characterId'>,
    ): Promise<Out['memories']['list']>;
  };
  /**
   * One character speaks to another now. An exchange that cannot happen (tired, cooldown, inactive)
   * resolves with `{ success: false, reason }`: a normal outcome, not an error.
   */
  interact(input: InteractInput): Promise<Out['interactions']['create']>;
  relationships: {
    /** Every relationship of the character, both directions, with names. */
    of(characterId: string): Promise<Out['relationships']['byCharacter']>;
    /** Both directions between two characters (`aToB`, `bToA`; null where none yet). */
    between(aId: string, bId: string): Promise<Out['relationships']['between']>;
    /** Strength and trust of from→to after each change, oldest first. */
    history(
      fromId: string,
      toId: string,
      options?: RelationshipHistoryOptions,
    ): Promise<Out['relationships']['history']>;
  };
  scenarios: {
    /** Starts a scenario the director plays on its own; every active character takes part unless `participantIds` says otherwise. */
    start(input: StartScenarioInput): Promise<Out['scenarios']['create']>;
    /** Newest first. */
    list(): Promise<Out['scenarios']['list']>;
    get(scenarioId: string): Promise<Out['scenarios']['get']>;
    pause(scenarioId: string): Promise<Out['scenarios']['pause']>;
    resume(scenarioId: string): Promise<Out['scenarios']['resume']>;
    end(scenarioId: string, reason?: string): Promise<Out['scenarios']['end']>;
    /** Speak into the scenario: to everyone, or to one character with `targetCharacterId`. */
    intervene(scenarioId: string, input: InterveneInput): Promise<Out['scenarios']['intervene']>;
    /** What was said, oldest first; page with `afterSeq: previous.nextAfterSeq`. */
    transcript(scenarioId: string, options?: TranscriptOptions): Promise<Out['scenarios']['transcript']>;
  };
  documents: {
    /** Every document (notes, lore) of the ecosystem, oldest first. */
    list(): Promise<Out['documents']['list']>;
    /** `knownTo`: ids of the characters who know the document (their lines may draw on it); absent: everyone. */
    create(input: { title: string; content?: string; knownTo?: string[] | null }): Promise<Out['documents']['create']>;
    /**
     * Passages of the ecosystem's documents best matching `q`: by words and meaning fused (hybrid, the
     * default), or `mode: 'text' | 'vector'`; `limit` 1–50 (default 10).
     */
    search(
      q: string,
      options?: Omit<RouterInputs['documents']['search'], 'ecosystemId' | 'q'>,
    ): Promise<Out['documents']['search']>;
  };
  events: {
    /**
     * Live events, in seq order, each once, resuming by itself across dropped connections and server restarts.
     * All listeners of one ecosystem on one client share a single server subscription; each keeps its own
     * `fromSeq` (one that starts behind is caught up from the stored events first).
     */
    subscribe(options: SubscribeOptions): EventSubscription;
    /** The same as an async iterable: `for await (const event of handle.events.stream())`. */
    stream(options?: StreamOptions): AsyncIterable<EcosystemEvent>;
    /**
     * Pieces of lines a language model is writing right now (live only, never replayed), for showing a line
     * typing in; returns a function that stops. The finished line still arrives as an event.
     */
    onLineDelta(listener: (delta: LineDelta) => void): () => void;
    /**
     * Stored events after `afterSeq` (default 0), oldest first, only those of `type` when given; `nextAfterSeq`
     * is null once caught up.
     */
    list(options?: Omit<RouterInputs['events']['list'], 'ecosystemId'>): Promise<Out['events']['list']>;
  };
}

export interface EcosystemHandleContext {
  trpc: TRPCClient<AppRouter>;
  call: Call;
  live: Omit<SubscriptionContext, 'ecosystemId' | 'currentSeq'>;
  /** The client's shared live streams, one per ecosystem, whichever handle subscribes. */
  shared: Map<string, SharedEvents>;
}

/** Binds the ecosystem-scoped methods to one ecosystem id. */
export function ecosystemHandle(id: string, { trpc, call, live, shared }: EcosystemHandleContext): EcosystemHandle {
  // Every listener of this ecosystem on this client shares one server subscription.
  const subscribe = (options: SubscribeOptions): EventSubscription => {
    let stream = shared.get(id);
    if (stream === undefined) {
      const created = new SharedEvents(
        {
          ...live,
          ecosystemId: id,
          currentSeq: async () => (await call(() => trpc.ecosystems.get.query({ id }))).lastSeq,
          listEvents: (afterSeq, limit) => call(() => trpc.events.list.query({ ecosystemId: id, afterSeq, limit })),
        },
        () => {
          if (shared.get(id) === created) shared.delete(id);
        },
      );
      shared.set(id, created);
      stream = created;
    }
    return stream.subscribe(options);
  };
  return {
    id,
    dashboard: () => call(() => trpc.ecosystems.dashboard.query({ id })),
    graph: () => call(() => trpc.ecosystems.graph.query({ id })),
    state: (options = {}) => call(() => trpc.history.state.query({ ...options, ecosystemId: id })),
    fork: (options = {}) => call(() => trpc.history.fork.mutate({ ...options, ecosystemId: id })),
    exportBundle: () => call(() => trpc.bundles.export.query({ ecosystemId: id })),
    compare: (otherId, options = {}) =>
      call(() => trpc.history.compare.query({ ...options, ecosystemId: id, otherId })),
    characters: {
      list: () => call(() => trpc.characters.list.query({ ecosystemId: id })),
      create: (input) => call(() => trpc.characters.create.mutate({ ...input, ecosystemId: id })),
      update: (characterId, patch) => call(() => trpc.characters.update.mutate({ ...patch, id: characterId })),
      delete: (characterId) => call(() => trpc.characters.delete.mutate({ id: characterId })),
      importCard: (card) => call(() => trpc.cards.import.mutate({ ...cardFields(card), ecosystemId: id })),
      exportCard: (characterId, options = {}) => call(() => trpc.cards.export.query({ ...options, id: characterId })),
      memories: (characterId, options = {}) => call(() => trpc.memories.list.query({ ...options, characterId })),
    },
    interact: (input) => call(() => trpc.interactions.create.mutate(input)),
    relationships: {
      of: (characterId) => call(() => trpc.relationships.byCharacter.query({ characterId })),
      between: (aId, bId) => call(() => trpc.relationships.between.query({ aId, bId })),
      history: (fromId, toId, options = {}) =>
        call(() => trpc.relationships.history.query({ ...options, fromId, toId })),
    },
    scenarios: {
      start: (input) => call(() => trpc.scenarios.create.mutate({ ...input, ecosystemId: id })),
      list: () => call(() => trpc.scenarios.list.query({ ecosystemId: id })),
      get: (scenarioId) => call(() => trpc.scenarios.get.query({ id: scenarioId })),
      pause: (scenarioId) => call(() => trpc.scenarios.pause.mutate({ id: scenarioId })),
      resume: (scenarioId) => call(() => trpc.scenarios.resume.mutate({ id: scenarioId })),
      end: (scenarioId, reason) =>
        call(() => trpc.scenarios.end.mutate({ id: scenarioId, ...(reason === undefined ? {} : { reason }) })),
      intervene: (scenarioId, input) => call(() => trpc.scenarios.intervene.mutate({ ...input, scenarioId })),
      transcript: (scenarioId, options = {}) =>
        call(() => trpc.scenarios.transcript.query({ ...options, id: scenarioId })),
    },
    documents: {
      list: () => call(() => trpc.documents.list.query({ ecosystemId: id })),
      create: (input) => call(() => trpc.documents.create.mutate({ ...input, ecosystemId: id })),
      search: (q, options = {}) => call(() => trpc.documents.search.query({ ...options, q, ecosystemId: id })),
    },
    events: {
      subscribe,
      stream: (options) => eventStream(subscribe, options),
      onLineDelta: (listener) => followLineDeltas(live.connection, id, listener),
      list: (options = {}) => call(() => trpc.events.list.query({ ...options, ecosystemId: id })),
    },
  };
}
