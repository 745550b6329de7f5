import type {
  Character, EcosystemEvent, EventDraft, Id, InteractionRecord, InteractionType, Memory,
  Relationship, Scenario, ScenarioMood,
} from '../model.ts';

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
  scenario: Pick<Scenario, 'title' | 'setting' | 'mood' | 'objectives'> | null;
  /** The speaker's own previous line, so it is never repeated verbatim. */
  previousLine: string | null;
  random: Random;
}

/** Writes a character's line. The template generator is the default; an LLM adapter may replace it. */
export interface DialogueGenerator {
  generate(request: DialogueRequest): Promise<string>;
}

/**
 * Storage as the engine needs it. Implemented in memory (core), on PGlite and PostgreSQL (apps/api).
 * All writes made inside `transaction` commit together or not at all.
 */
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
}

export type { ScenarioMood };
export type * from './graph.ts';
