import type {
  Character,
  EcosystemEvent,
  EventDraft,
  Id,
  InteractionRecord,
  InteractionType,
  Memory,
  Relationship,
  Scenario,
  ScenarioMood,
} from '../model.ts';
import type { DialogueAct } from '../conversations/act-names.ts';

/**
 * The conversation slot a line fills, when the line belongs to a conversation: what it does (act), what
 * it is about (topic, as said), which conversation, and to whom (names). Absent for a free-standing line.
 */
export interface DialogueLine {
  act: DialogueAct;
  topic: string;
  conversationId: string;
  addressees: string[];
  /** Names of other people about (not the speaker, not the addressees), whom the line may mention. */
  others?: string[];
  /**
   * The frames the template generator has used in this conversation so far (the conversation's
   * `framesUsed`, kept with it so that a line is the same whichever process writes it): it avoids them and
   * appends the one it uses. Absent: the generator remembers them itself, by conversation id.
   */
  framesUsed?: string[];
}

/** Scenario context a line is written in (objectives as plain texts). */
export type DialogueScenario = Pick<Scenario, 'title' | 'setting' | 'mood'> & { objectives: string[] };

/** Time, in ms since the epoch. Real on the server, virtual in simulations and tests. */
export interface Clock {
  now(): number;
}

/** A uniform source in [0,1). The engine never calls Math.random. */
export interface Random {
  next(): number;
}

/** Produces unique ids; deterministic in simulations. */
export interface IdGenerator {
  next(): Id;
}

/** Sentiment of a text in [-1,1]. */
export interface SentimentAnalyzer {
  score(text: string): number;
}

/** What a dialogue generator knows when it writes one line. */
export interface DialogueRequest {
  /** Who speaks. */
  speaker: Character;
  /** Who is addressed (a character), or null when the line answers a user. */
  listener: Character | null;
  /** Name to address when the listener is a user. */
  listenerName: string;
  /** 'initiate': speaker opens an exchange; 'reply': speaker answers `incoming`. */
  mode: 'initiate' | 'reply';
  interactionType: InteractionType;
  /** The line being answered (mode 'reply'). */
  incoming: string | null;
  /** Speaker's relationship toward the listener, if any. */
  relationship: Relationship | null;
  /** Memories retrieved for this moment, most relevant first. */
  memories: Memory[];
  scenario: DialogueScenario | null;
  /** The speaker's own previous line, so it is never repeated verbatim. */
  previousLine: string | null;
  random: Random;
  /** The conversation slot to fill (act, topic, addressees); generators should say that act about that topic. */
  line?: DialogueLine;
  /** Lore passages the speaker knows that bear on the moment, most relevant first. */
  lore?: readonly LorePassage[];
}

/** A passage of an ecosystem's lore: its document's title and the passage's text. */
export interface LorePassage {
  title: string;
  text: string;
}

/** Writes a character's line. The template generator is the default; an LLM adapter may replace it. */
export interface DialogueGenerator {
  generate(request: DialogueRequest): Promise<string>;
}

/**
 * What a character recalls for one exchange: of its newest `window` memories, the newest `about` ones
 * about `aboutId` and the newest `others` ones not about it (with `aboutId` null, `others` of any kind).
 * The newest memory of the window is always among them when `others` ≥ 1, so the speaker's previous
 * line is known too.
 */
export interface RecallAsk {
  characterId: Id;
  aboutId: Id | null;
  window: number;
  about: number;
  others: number;
  /** False: the memories are not needed with their vectors, so a store may leave them out (less to read). */
  vectors?: boolean;
  /**
   * Set: only the memories since the newest reflection (the window read up to it), and none at all unless
   * their importance sums to at least this — so a check for a reflection (reflectionAsk) reads nothing
   * most of the time.
   */
  sinceReflection?: number;
}

/** What `saveAll` writes. */
export interface StoreChanges {
  characters?: readonly Character[];
  relationships?: readonly Relationship[];
  memories?: readonly Memory[];
  interactions?: readonly InteractionRecord[];
  events?: readonly EventDraft[];
}

/**
 * Storage as the engine needs it. Implemented in memory (core), on PGlite and PostgreSQL (apps/api).
 * All writes made inside `transaction` commit together or not at all.
 */
/** What an exchange reads (EngineStore.loadExchange). */
export interface ExchangeReads {
  characters: Map<Id, Character>;
  pair: [Relationship | null, Relationship | null];
  /** One list per ask, in order; empty when nothing was asked. */
  memories: Memory[][];
}

export interface EngineStore {
  getCharacter(id: Id): Promise<Character | null>;
  listCharacters(ecosystemId: Id): Promise<Character[]>;
  saveCharacter(character: Character): Promise<void>;

  getRelationship(fromId: Id, toId: Id): Promise<Relationship | null>;
  listRelationships(ecosystemId: Id): Promise<Relationship[]>;
  saveRelationship(relationship: Relationship): Promise<void>;

  addMemory(memory: Memory): Promise<void>;
  /** The character's most recent memories, newest first. */
  listMemories(characterId: Id, limit: number): Promise<Memory[]>;

  // Batched forms of the above, so one exchange costs a handful of round trips to a database, not twenty.
  /** The characters of `ids` that exist, by id. */
  getCharacters(ids: readonly Id[]): Promise<Map<Id, Character>>;
  /**
   * Inside a transaction: like getCharacters, but the rows stay locked until it ends, so a read-modify-write
   * of these characters (an exchange, a turn, an intervention, an edit) queues behind any other and reads
   * the state it then writes. Lock order everywhere: scenario, then characters (by id), then the ecosystem's
   * seq counter; so two writers never deadlock. A store whose transactions already run one at a time may
   * return getCharacters.
   */
  lockCharacters(ids: readonly Id[]): Promise<Map<Id, Character>>;
  saveCharacters(characters: readonly Character[]): Promise<void>;
  /** Both directions between two characters: [a→b, b→a], null where none is stored. */
  getRelationshipPair(aId: Id, bId: Id): Promise<[Relationship | null, Relationship | null]>;
  saveRelationships(relationships: readonly Relationship[]): Promise<void>;
  /** Adds memories in the order given (later ones count as newer within the same millisecond). */
  addMemories(memories: readonly Memory[]): Promise<void>;
  /** For each ask, in order, what the character recalls (see RecallAsk), newest first. */
  recallMemories(asks: readonly RecallAsk[]): Promise<Memory[][]>;
  /**
   * Optional, inside a transaction: what an exchange between `aId` and `bId` reads, in one round trip —
   * lockCharacters([aId, bId]), getRelationshipPair(aId, bId) and, when `recall` is given,
   * recallMemories(recall) — with the same results and the same locks as those three calls. A store
   * without it is read with the three calls.
   */
  loadExchange?(aId: Id, bId: Id, recall: readonly RecallAsk[] | null): Promise<ExchangeReads>;
  /**
   * Saves everything given (characters and relationships replace, memories and interactions are added)
   * and appends the events, atomically, in as few round trips as the store can: the end of an exchange.
   * Returns the events as stored.
   */
  saveAll(changes: StoreChanges): Promise<EcosystemEvent[]>;

  saveInteraction(record: InteractionRecord): Promise<void>;

  getScenario(id: Id): Promise<Scenario | null>;
  saveScenario(scenario: Scenario): Promise<void>;

  /** Appends events with the next gap-free seq of their ecosystem; returns them as stored. */
  appendEvents(drafts: EventDraft[]): Promise<EcosystemEvent[]>;
  /** Events of an ecosystem with seq > afterSeq, ascending. */
  listEvents(ecosystemId: Id, afterSeq: number, limit: number): Promise<EcosystemEvent[]>;

  transaction<T>(work: (tx: EngineStore) => Promise<T>): Promise<T>;
}

/** Everything the engine needs from the outside world. */
export interface EngineDeps {
  store: EngineStore;
  clock: Clock;
  ids: IdGenerator;
  sentiment: SentimentAnalyzer;
  dialogue: DialogueGenerator;
  /** Randomness for one call; the director derives it from (seed, turn). */
  random: Random;
  /** Whether personalities drift with sustained experience (personality/drift.ts). @default true */
  personalityDrift?: boolean;
  /** Vectors of what is being talked about, for retrieving memories by meaning; absent: by shared words. */
  meaning?: QueryMeaning;
  /** The lore each character knows that bears on the scene; absent: nobody draws on lore. */
  lore?: LoreKnowledge;
}

/**
 * Lore passages a character knows (documents known to every character or to that one), found for the
 * current scene before the turn's transaction. Synchronous: the engine never searches inside a write.
 */
export interface LoreKnowledge {
  knownBy(characterId: Id): readonly LorePassage[];
}

/**
 * The vector of a text that makes memories relevant (the scenario, a line heard), when one is at hand.
 * Synchronous on purpose: it answers from a cache filled off the write path, so a turn never waits for an
 * embedder; a text not yet embedded answers null (word overlap this time) and is embedded for next time.
 */
export interface QueryMeaning {
  vectorOf(text: string): readonly number[] | null;
}

export type { ScenarioMood };
export type * from './graph.ts';
