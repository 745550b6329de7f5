import { appraise, emotionalStateOf, settleCharacter } from '../affect/index.ts';
import { pulledByScene } from '../affect/scene-mood.ts';
import type { EmotionalStateView } from '../affect/index.ts';
import { EngineError } from '../errors.ts';
import {
  characterInteractionEvent,
  characterStateChangedEvent,
  personalityDriftedEvent,
  relationshipChangedEvent,
} from '../events/index.ts';
import type { CharacterInteractionEventInput } from '../events/index.ts';
import {
  REFLECTION_IMPORTANCE_THRESHOLD,
  REFLECTION_WINDOW,
  formMemory,
  formReflection,
  reflectionDue,
  retrieveMemories,
} from '../memory/index.ts';
import { INTERACTION_TYPES } from '../model.ts';
import type {
  Character,
  EcosystemEvent,
  Emotion,
  Id,
  InteractionRecord,
  InteractionType,
  Memory,
  RelationshipDelta,
} from '../model.ts';
import { compatibility, driftCrossedStep, driftPersonality } from '../personality/index.ts';
import type { DialogueScenario, EngineDeps, EngineStore, RecallAsk } from '../ports/index.ts';
import { pickRecall } from '../store/batch.ts';
import { TYPE_VALENCE, driftRelationship, newRelationship, updateRelationship } from '../relationships/index.ts';
import { lastLineOf, receivedExchangeMemory, startedExchangeMemory } from './exchange-memory.ts';
import { checkFeasibility } from './feasibility.ts';
import type { FeasibilityReason } from './feasibility.ts';
import { afterExchange } from './feelings.ts';

/** Longest line a caller may put in a character's mouth. */
export const INTERACTION_CONTENT_MAX_CHARS = 2000;

/** How many of a character's newest memories are looked at when it speaks. */
export const MEMORY_CANDIDATES = 50;

/**
 * Of those, how many go to retrieval: the newest ones about the listener and the newest few others.
 * Retrieval reads every candidate's words, the costliest step of a turn; memories about the listener
 * carry the relevance weight, so older ones about someone else rarely win and are not worth reading.
 */
export const MEMORY_SHORTLIST = { aboutListener: 4, others: 2 } as const;

/**
 * The shortlist when memories are retrieved by meaning (the engine has a QueryMeaning): a memory about
 * anyone may be the one the conversation calls up, and comparing vectors costs little, so more of the
 * others are read.
 */
export const MEMORY_SHORTLIST_BY_MEANING = { aboutListener: 4, others: 12 } as const;

/** How many retrieved memories the dialogue generator is given. */
export const DIALOGUE_MEMORY_LIMIT = 3;

/** One exchange to process: who starts it, with whom, how, and optionally the opening line. */
export interface InteractionRequest {
  initiatorId: Id;
  targetId: Id;
  type: InteractionType;
  /** The initiator's line; generated in character when empty or absent. */
  content?: string | null;
  /** The scenario this exchange is a turn of. */
  scenarioId?: Id | null;
  /** Scenario context for the dialogue. */
  scenario?: DialogueScenario | null;
  /** The target's reply, when already written (a conversation turn); generated when absent. */
  response?: string | null;
  /** The conversation this exchange belongs to, carried into its character_interaction event. */
  conversation?: CharacterInteractionEventInput['conversation'];
}

/** The plan's InteractionResult: everything that changed, or why nothing did. */
export type InteractionResult =
  | {
      success: true;
      interaction: InteractionRecord;
      response: string;
      relationshipChange: { forward: RelationshipDelta; reverse: RelationshipDelta };
      /** The target's state after the exchange. */
      emotionalState: EmotionalStateView;
      initiatorState: EmotionalStateView;
      /** character_interaction, relationship_changed ×2, character_state_changed ×2 (then personality_drifted for a side whose traits crossed a hundredth), as stored. */
      events: EcosystemEvent[];
    }
  | { success: false; reason: FeasibilityReason; message: string };

/**
 * The plan's process_interaction, all in one transaction: load and settle both characters, check
 * feasibility (a refusal writes nothing), get both relationship directions, write the lines, update
 * both relationships, update both characters' energy, mood and memories, then save and emit events.
 */
export async function processInteraction(deps: EngineDeps, request: InteractionRequest): Promise<InteractionResult> {
  validateRequest(request);
  return deps.store.transaction(async (store) => {
    const now = deps.clock.now();
    // 1. Load both characters, locked until commit (so the cooldown and energy checks read the state this
    // exchange then writes), brought up to now.
    // A conversation turn arrives with both lines written: nothing to recall for them (and its reflections
    // form when its conversation closes, scenarios/remember-conversations.ts). A direct exchange also reads,
    // in the same round trip, each side's memories since its last reflection, to reflect once they weigh enough.
    const written = (request.content ?? '').trim() !== '' && (request.response ?? '').trim() !== '';
    const byMeaning = deps.meaning !== undefined;
    const recall = written
      ? null
      : [
          recallAsk(request.initiatorId, request.targetId, byMeaning),
          recallAsk(request.targetId, request.initiatorId, byMeaning),
          reflectionAsk(request.initiatorId),
          reflectionAsk(request.targetId),
        ];
    // One round trip where the store can (the characters locked, the pair and the memories together).
    const ahead =
      store.loadExchange && request.initiatorId !== request.targetId
        ? await store.loadExchange(request.initiatorId, request.targetId, recall)
        : null;
    const loaded = ahead?.characters ?? (await store.lockCharacters([request.initiatorId, request.targetId]));
    const settled = (id: Id) => {
      const c = loaded.get(id);
      return c ? settleCharacter(c, now) : null;
    };
    const initiator = settled(request.initiatorId);
    const target = settled(request.targetId);
    const [forwardStored, reverseStored] =
      initiator && target && initiator.id !== target.id
        ? (ahead?.pair ?? (await store.getRelationshipPair(initiator.id, target.id)))
        : [null, null];

    // 2. Feasibility.
    const feasibility = checkFeasibility(initiator, target, now, { forward: forwardStored, reverse: reverseStored });
    if (!feasibility.ok) return { success: false, reason: feasibility.reason, message: feasibility.message };
    const a = initiator!;
    const b = target!;

    // 3. Relationship context, both directions.
    const forward = forwardStored ?? newRelationship(a.ecosystemId, a.id, b.id);
    const reverse = reverseStored ?? newRelationship(a.ecosystemId, b.id, a.id);

    // 4. The lines.
    const type = request.type;
    const scenario = request.scenario ?? null;
    const [aMemories = [], bMemories = [], aLately = [], bLately = []] =
      recall === null ? [] : (ahead?.memories ?? (await store.recallMemories(recall)));
    let content = (request.content ?? '').trim();
    if (content === '') {
      content = await deps.dialogue.generate({
        speaker: a,
        listener: b,
        listenerName: b.name,
        mode: 'initiate',
        interactionType: type,
        incoming: null,
        relationship: driftRelationship(forward, now),
        memories: retrieveMemories(
          shortlist(aMemories, b.id, byMeaning),
          { now, aboutId: b.id, text: scenarioText(scenario), embedding: meaningOf(deps, scenarioText(scenario)) },
          DIALOGUE_MEMORY_LIMIT,
        ),
        scenario,
        previousLine: lastLineOf(aMemories),
        random: deps.random,
      });
    }
    const response = written
      ? request.response!.trim()
      : await deps.dialogue.generate({
          speaker: b,
          listener: a,
          listenerName: a.name,
          mode: 'reply',
          interactionType: type,
          incoming: content,
          relationship: driftRelationship(reverse, now),
          memories: retrieveMemories(
            shortlist(bMemories, a.id, byMeaning),
            { now, aboutId: a.id, text: content, embedding: meaningOf(deps, content) },
            DIALOGUE_MEMORY_LIMIT,
          ),
          scenario,
          previousLine: lastLineOf(bMemories),
          random: deps.random,
        });

    // 5. Relationship change: each side judges the other by what it heard.
    const contentSentiment = deps.sentiment.score(content);
    const responseSentiment = deps.sentiment.score(response);
    const fit = compatibility(a.personality, b.personality);
    const forwardUpdate = updateRelationship(forward, {
      interactionType: type,
      sentiment: responseSentiment,
      compatibility: fit,
      now,
    });
    const reverseUpdate = updateRelationship(reverse, {
      interactionType: type,
      sentiment: contentSentiment,
      compatibility: fit,
      now,
    });

    // 6. Character state: appraisal against the relationship as it stood, energy, mood, memories.
    const aEmotions = appraise({
      interactionType: type,
      sentiment: responseSentiment,
      role: 'initiator',
      relationshipStrength: driftRelationship(forward, now).strength,
      personality: a.personality,
    });
    const bEmotions = appraise({
      interactionType: type,
      sentiment: contentSentiment,
      role: 'target',
      relationshipStrength: driftRelationship(reverse, now).strength,
      personality: b.personality,
    });
    const drifts = deps.personalityDrift !== false;
    const aAfter = drifted(
      inScene(afterExchange(a, { type, role: 'initiator', emotions: aEmotions, now }), scenario),
      type,
      drifts,
    );
    const bAfter = drifted(
      inScene(afterExchange(b, { type, role: 'target', emotions: bEmotions, now }), scenario),
      type,
      drifts,
    );

    // 7. Save and emit.
    const interaction: InteractionRecord = {
      id: deps.ids.next(),
      ecosystemId: a.ecosystemId,
      scenarioId: request.scenarioId ?? null,
      initiatorId: a.id,
      targetId: b.id,
      type,
      content,
      response,
      sentiment: contentSentiment,
      createdAt: now,
    };
    const memories = [
      exchangeMemory(
        deps,
        aAfter,
        b.id,
        startedExchangeMemory(b.name, type, content, response),
        type,
        responseSentiment,
        aEmotions,
        now,
      ),
      exchangeMemory(
        deps,
        bAfter,
        a.id,
        receivedExchangeMemory(a.name, type, content, response),
        type,
        contentSentiment,
        bEmotions,
        now,
      ),
    ];
    if (!written) {
      memories.push(
        ...(await reflectionsAfter(
          deps,
          store,
          [
            [memories[0]!, aLately],
            [memories[1]!, bLately],
          ],
          [a, b],
        )),
      );
    }
    const initiatorState = emotionalStateOf(aAfter);
    const emotionalState = emotionalStateOf(bAfter);
    const events = await store.saveAll({
      characters: [aAfter, bAfter],
      relationships: [forwardUpdate.relationship, reverseUpdate.relationship],
      memories,
      interactions: [interaction],
      events: [
        characterInteractionEvent({
          interaction,
          forward: forwardUpdate.delta,
          reverse: reverseUpdate.delta,
          initiatorState,
          targetState: emotionalState,
          conversation: request.conversation ?? null,
        }),
        relationshipChangedEvent(forwardUpdate.relationship, forwardUpdate.delta, interaction.id, now),
        relationshipChangedEvent(reverseUpdate.relationship, reverseUpdate.delta, interaction.id, now),
        characterStateChangedEvent(aAfter, 'interaction', interaction.id, now),
        characterStateChangedEvent(bAfter, 'interaction', interaction.id, now),
        ...[
          [a, aAfter],
          [b, bAfter],
        ].flatMap(([before, after]) => {
          const crossed = driftCrossedStep(before!.personality, after!.personality);
          return crossed.length > 0 ? [personalityDriftedEvent(after!, crossed, interaction, now)] : [];
        }),
      ],
    });
    return {
      success: true,
      interaction,
      response,
      relationshipChange: { forward: forwardUpdate.delta, reverse: reverseUpdate.delta },
      emotionalState,
      initiatorState,
      events,
    };
  });
}

/**
 * How many lines processInteraction asks its dialogue generator for: none when both lines are given, else
 * the reply and, unless given, the opening line. A caller writing the lines ahead (the API's language-model
 * path) may stop there.
 */
export function linesToWrite(request: Pick<InteractionRequest, 'content' | 'response'>): number {
  const content = (request.content ?? '').trim() !== '';
  if (content && (request.response ?? '').trim() !== '') return 0;
  return content ? 1 : 2;
}

/**
 * What a character needs to recall when facing `aboutId` (null: nobody in particular): the shortlist's
 * memories out of the newest MEMORY_CANDIDATES, read as such, so a long-lived character costs no more.
 */
export function recallAsk(characterId: Id, aboutId: Id | null, byMeaning = false): RecallAsk {
  const sizes = byMeaning ? MEMORY_SHORTLIST_BY_MEANING : MEMORY_SHORTLIST;
  return {
    characterId,
    aboutId,
    window: MEMORY_CANDIDATES,
    about: aboutId === null ? 0 : sizes.aboutListener,
    others: sizes.others,
  };
}

/**
 * What a direct exchange reads to tell whether a side should reflect: of its newest REFLECTION_WINDOW
 * memories, those since its last reflection (what reflectionDue weighs), without their vectors — and only
 * when they weigh enough that the exchange's own memory (importance at most 1) could bring the sum to
 * REFLECTION_IMPORTANCE_THRESHOLD; else nothing (most exchanges).
 */
export function reflectionAsk(characterId: Id): RecallAsk {
  return {
    characterId,
    aboutId: null,
    window: REFLECTION_WINDOW,
    about: 0,
    others: REFLECTION_WINDOW,
    vectors: false,
    sinceReflection: REFLECTION_IMPORTANCE_THRESHOLD - 1,
  };
}

/**
 * The reflections an exchange brings about (memory/reflect.ts): for each side, its new memory with the
 * ones it had (`lately`, newest first), when their importance since its last reflection passes
 * REFLECTION_IMPORTANCE_THRESHOLD. The names of characters other than `known` are read (one call) only
 * when a reflection is due, which is rare.
 */
async function reflectionsAfter(
  deps: EngineDeps,
  store: EngineStore,
  sides: readonly [formed: Memory, lately: readonly Memory[]][],
  known: readonly Character[],
): Promise<Memory[]> {
  const due = sides.map(([formed, lately]) => reflectionDue([formed, ...lately].slice(0, REFLECTION_WINDOW)));
  if (due.every((d) => d === null)) return [];
  const names = new Map(known.map((c) => [c.id, c.name]));
  const unknown = new Set(due.flatMap((d) => d ?? []).flatMap((m) => (m.aboutId === null ? [] : [m.aboutId])));
  for (const id of names.keys()) unknown.delete(id);
  if (unknown.size > 0) for (const [id, c] of await store.getCharacters([...unknown])) names.set(id, c.name);
  const reflections: Memory[] = [];
  for (const [i, memories] of due.entries()) {
    if (memories === null) continue;
    const formed = sides[i]![0];
    const reflection = formReflection({
      id: deps.ids.next(),
      ecosystemId: formed.ecosystemId,
      characterId: formed.characterId,
      memories,
      nameOf: (id) => names.get(id) ?? null,
      createdAt: formed.createdAt,
    });
    if (reflection) reflections.push(reflection);
  }
  return reflections;
}

/** A stored character brought up to `now` (lazy mood decay and energy recovery), or null. */
export async function loadSettled(store: EngineStore, id: Id, now: number): Promise<Character | null> {
  const stored = await store.getCharacter(id);
  return stored ? settleCharacter(stored, now) : null;
}

/** The memories worth retrieving from, newest first (see MEMORY_SHORTLIST); `aboutId` null means nobody in particular. */
export function shortlist(newestFirst: readonly Memory[], aboutId: Id | null, byMeaning = false): Memory[] {
  const sizes = byMeaning ? MEMORY_SHORTLIST_BY_MEANING : MEMORY_SHORTLIST;
  const picked = pickRecall(newestFirst, {
    aboutId,
    window: newestFirst.length,
    about: sizes.aboutListener,
    others: sizes.others,
  });
  // Memories about the listener first, then the others, each newest first.
  const isAbout = (m: Memory) => aboutId !== null && m.aboutId === aboutId;
  return [...picked.filter(isAbout), ...picked.filter((m) => !isAbout(m))];
}

/** The vector of `text` when the engine has a QueryMeaning and it has one at hand, else null. */
export function meaningOf(deps: Pick<EngineDeps, 'meaning'>, text: string): readonly number[] | null {
  return text.trim() === '' ? null : (deps.meaning?.vectorOf(text) ?? null);
}

/** Words of the scenario that make memories relevant when a character opens an exchange. */
function scenarioText(scenario: InteractionRequest['scenario']): string {
  return scenario ? [scenario.title, scenario.setting, ...scenario.objectives].join(' ') : '';
}

/** A character after an exchange, its mood pulled by the scene it happened in (if any). */
function inScene(c: Character, scenario: DialogueScenario | null): Character {
  return scenario ? { ...c, mood: pulledByScene(c.mood, scenario.mood) } : c;
}

/** Valence of an exchange for whoever heard `sentiment`: half the kind of exchange, half its tone. */
function exchangeValence(type: InteractionType, sentiment: number): number {
  return 0.5 * TYPE_VALENCE[type] + 0.5 * sentiment;
}

function exchangeMemory(
  deps: EngineDeps,
  owner: Character,
  aboutId: Id,
  content: string,
  type: InteractionType,
  heard: number,
  emotions: readonly Emotion[],
  now: number,
): Memory {
  return formMemory({
    id: deps.ids.next(),
    ecosystemId: owner.ecosystemId,
    characterId: owner.id,
    aboutId,
    content,
    valence: exchangeValence(type, heard),
    emotionalIntensity: emotions[0]?.intensity ?? 0,
    createdAt: now,
  });
}

function validateRequest(request: InteractionRequest): void {
  if (!(INTERACTION_TYPES as readonly string[]).includes(request.type)) {
    throw new EngineError(
      'invalid_interaction_type',
      `Interaction type must be one of ${INTERACTION_TYPES.join(', ')}.`,
    );
  }
  if ((request.content ?? '').length > INTERACTION_CONTENT_MAX_CHARS) {
    throw new EngineError(
      'content_too_long',
      `The line is too long (at most ${INTERACTION_CONTENT_MAX_CHARS} characters).`,
    );
  }
}

/** The character with its personality drifted by one exchange of `type` (personality/drift.ts), when on. */
function drifted(c: Character, type: InteractionType, on: boolean): Character {
  if (!on) return c;
  const personality = driftPersonality(c.personality, type);
  return personality === c.personality ? c : { ...c, personality };
}
