import { randomUUID } from 'node:crypto';
import type { DialogueGenerator, DialogueRequest, EngineDeps, EngineStore, Id, Scenario } from '@ensemble/core';
import type { LineWriter } from './line-writer.ts';
import { ShortLivedAnswers } from '../http/short-lived-answers.ts';
import type { AppStore } from '../store/app-store.ts';
import { CharacterOwners } from '../auth/character-owners.ts';
import { dryRunStore, type RecalledMemories, type UnchangedReads } from './dry-run-store.ts';
import { lineContext, type SaidLine } from './line-context.ts';
import type { LineDeltaHub } from './line-deltas.ts';
import { markingSources, ReplayedLines, type PreparedLine } from './replay.ts';
import { DEFAULT_DIALOGUE, type DialogueSetting } from './setting.ts';

/** How long a read dialogue setting is trusted (a change made on another node applies within this). */
const SETTING_TTL_MS = 1000;
/** Entries each cache holds before it starts over. */
const CACHE_MAX = 10_000;
/** Lines of a conversation remembered for the next prompts (the conversation so far). */
const CONVERSATION_LINES = 8;

/** Lines written ahead of a transaction, ready to be replayed inside it. */
interface PreparedSpeech {
  /** Hands the prepared lines to the engine, in order. */
  dialogue: DialogueGenerator;
  /** Wraps the store so the events say who wrote each line. */
  wrapStore<S extends EngineStore>(store: S): S;
}

/** What the caller knows of an operation whose lines are written ahead. */
export interface SpeechRunOptions {
  /**
   * The most lines the operation asks for (processInteraction: linesToWrite): the dry run stops once they
   * are written. A line asked for beyond it would be a template line in the real run.
   */
  lines?: number;
}

/** Thrown into a dry run once it has every line it can ask for (SpeechRunOptions.lines). */
const ALL_LINES_WRITTEN = new Error('all lines written');

interface SpeechOptions {
  store: AppStore;
  engineDeps: () => EngineDeps;
  /** The language-model adapter, or null when LLM_BASE_URL is not set. */
  llm: LineWriter | null;
  deltas: LineDeltaHub;
  /** Whose each character is, remembered per node (the access check fills it); read from the store when absent. */
  owners?: CharacterOwners;
  /** What a speaker knows of the lore that bears on the moment; none without it. */
  lore?: {
    knownBy(ecosystemId: Id, characterId: Id, query: string): Promise<string[]>;
    /** Whether the ecosystem has any lore at all (passages of its documents). */
    hasLore(ecosystemId: Id): Promise<boolean>;
  } | null;
}

/**
 * Generation before the write. A language model may take seconds, and no transaction may wait on the
 * network (PGlite runs one at a time), so for an ecosystem in `llm` mode an engine operation first runs
 * over the store read outside any transaction, with writes ignored, while the model writes its lines
 * (streamed to viewers as they come). Then the operation runs for real in its transaction with those lines
 * replayed, the engine re-checking everything against the state as it is then (a pair that fell into
 * cooldown meanwhile is refused as always). Template mode skips all this: the engine runs as it always did.
 */
export class Speech {
  /** Settings read lately, so an exchange costs no extra read (concurrent exchanges share one read). */
  readonly #settings = new ShortLivedAnswers<{ setting: DialogueSetting; personalityDrift: boolean }>(
    SETTING_TTL_MS,
    CACHE_MAX,
  );
  readonly #owners: CharacterOwners;
  /** The last lines committed in each conversation on this node (model or template), oldest first. */
  readonly #conversations = new Map<string, SaidLine[]>();
  /** Whether an ecosystem has lore, as read lately. */
  readonly #hasLore = new ShortLivedAnswers<boolean>(SETTING_TTL_MS, CACHE_MAX);

  constructor(private readonly options: SpeechOptions) {
    this.#owners = options.owners ?? new CharacterOwners(options.store);
  }

  /**
   * The ecosystem's dialogue setting (template when none or the ecosystem is gone), as read within the
   * last SETTING_TTL_MS: a change made on another node applies within that time, one made here at once.
   */
  async settingOf(ecosystemId: Id): Promise<DialogueSetting> {
    return (await this.#settingsOf(ecosystemId)).setting;
  }

  /** Whether the ecosystem's personalities drift (true when it is gone), as read like settingOf. */
  async personalityDriftOf(ecosystemId: Id): Promise<boolean> {
    return (await this.#settingsOf(ecosystemId)).personalityDrift;
  }

  #settingsOf(ecosystemId: Id): Promise<{ setting: DialogueSetting; personalityDrift: boolean }> {
    return this.#settings.answer(ecosystemId, async () => {
      const ecosystem = await this.options.store.getEcosystem(ecosystemId);
      return {
        setting: ecosystem?.dialogue ?? DEFAULT_DIALOGUE,
        personalityDrift: ecosystem?.personalityDrift ?? true,
      };
    });
  }

  /** Forgets what is cached of an ecosystem (its setting, whether it has lore) after a change made on this node. */
  forget(ecosystemId: Id): void {
    this.#settings.forget(ecosystemId);
    this.#hasLore.forget(ecosystemId);
  }

  /** The ecosystem of a character, or null when it does not exist. */
  async ecosystemOf(characterId: Id): Promise<Id | null> {
    return (await this.#owners.of([characterId])).get(characterId)?.ecosystemId ?? null;
  }

  /**
   * Writes the lines `operation` will need, outside any transaction; null when the ecosystem speaks with
   * templates (the operation then runs unchanged).
   */
  async prepare(
    ecosystemId: Id,
    operation: (deps: EngineDeps) => Promise<unknown>,
    options: SpeechRunOptions = {},
  ): Promise<PreparedSpeech | null> {
    const { llm, deltas } = this.options;
    if (llm === null) return null;
    const setting = await this.settingOf(ecosystemId);
    if (setting.mode !== 'llm') return null;
    // Whether the ecosystem has lore is asked before the dry run's reads, not between them and the real
    // run's: a statement run in between would make the real run read the exchange again (see replay.ts).
    const lore = this.options.lore;
    if (lore) await this.#loreExists(ecosystemId, lore);
    const lines: PreparedLine[] = [];
    const deps = this.options.engineDeps();
    const recalled: RecalledMemories = new Map();
    const scenarios = new Map<Id, Scenario>();
    const unchanged: UnchangedReads = new Map();
    const recorder: DialogueGenerator = {
      generate: async (request) => {
        const lineId = randomUUID();
        const conversationId = request.line?.conversationId ?? null;
        // The conversation so far: its last committed lines, then this operation's lines before this one.
        const earlier: SaidLine[] = [
          ...(conversationId === null ? [] : (this.#conversations.get(conversationId) ?? [])),
          ...lines.filter((l) => l.conversationId === conversationId),
        ];
        const scenario = request.scenario === null ? null : ([...scenarios.values()].at(-1) ?? null);
        const extras = await lineContext(request, deps.store, deps.clock.now(), scenario, earlier, deps.meaning);
        // The speaker's own lore only: a document known to others never reaches this prompt.
        const lore = await this.#loreFor(ecosystemId, request);
        const line = await llm.generate(
          request,
          { ecosystemId, model: setting.model, tokensPerHour: setting.tokensPerHour },
          {
            extras: lore.length > 0 ? { ...extras, lore } : extras,
            continuing: lines.length > 0,
            onText: (text) =>
              deltas.publish({ type: 'line_delta', ecosystemId, lineId, speakerId: request.speaker.id, text }),
          },
        );
        lines.push({ ...line, speakerId: request.speaker.id, speakerName: request.speaker.name, conversationId });
        // Every line is written: what the operation computes after it is not needed, the real run does it.
        if (options.lines !== undefined && lines.length >= options.lines) throw ALL_LINES_WRITTEN;
        return line.text;
      },
    };
    try {
      await operation({ ...deps, store: dryRunStore(deps.store, recalled, scenarios, unchanged), dialogue: recorder });
    } catch {
      // The real run meets the same refusal (or not, if the state changed) and reports it; a dry run with
      // all its lines (ALL_LINES_WRITTEN) ends here too.
    }
    const replayed = new ReplayedLines(lines, (line) => this.#remember(line));
    return { dialogue: replayed.generator, wrapStore: (store) => markingSources(store, replayed, recalled, unchanged) };
  }

  /** Keeps a committed line of a conversation for the prompts of its next lines. */
  #remember(line: PreparedLine): void {
    if (line.conversationId === null) return;
    const said = this.#conversations.get(line.conversationId) ?? [];
    said.push({ speakerName: line.speakerName, text: line.text });
    if (said.length > CONVERSATION_LINES) said.shift();
    if (this.#conversations.size >= CACHE_MAX) this.#conversations.clear();
    this.#conversations.set(line.conversationId, said);
  }

  /** Lore the speaker knows about what is being said: the topic, the line answered, the listener, the scene. */
  async #loreFor(ecosystemId: Id, request: DialogueRequest): Promise<string[]> {
    const lore = this.options.lore;
    if (!lore || !(await this.#loreExists(ecosystemId, lore))) return [];
    const query = [
      request.line?.topic,
      request.incoming,
      request.listener?.name ?? request.listenerName,
      request.scenario?.setting,
    ]
      .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
      .join(' ');
    return lore.knownBy(ecosystemId, request.speaker.id, query).catch(() => []);
  }

  /**
   * Whether the ecosystem has lore, as read within the last SETTING_TTL_MS: most ecosystems have none, and
   * a search per line would then cost two database round trips an exchange for nothing. A document written
   * on this node reaches the prompts at once (`forget`); one written on another node within that time.
   */
  #loreExists(ecosystemId: Id, lore: NonNullable<SpeechOptions['lore']>): Promise<boolean> {
    // A failed read counts as "has lore" (the search then fails on its own and the line goes without).
    return this.#hasLore.answer(ecosystemId, () => lore.hasLore(ecosystemId).catch(() => true));
  }

  /** Runs `operation` with its lines written first (see the class comment); in template mode just runs it. */
  async run<T>(
    ecosystemId: Id,
    operation: (deps: EngineDeps) => Promise<T>,
    options: SpeechRunOptions = {},
  ): Promise<T> {
    const prepared = await this.prepare(ecosystemId, operation, options);
    return operation(withPrepared(this.options.engineDeps(), prepared));
  }
}

/** Engine dependencies that replay prepared lines (unchanged when none were prepared). */
export function withPrepared(deps: EngineDeps, prepared: PreparedSpeech | null): EngineDeps {
  return prepared === null ? deps : { ...deps, dialogue: prepared.dialogue, store: prepared.wrapStore(deps.store) };
}
