/**
 * Builders shared by the interaction and scenario tests (test code only; not exported by the package).
 */
import { baselineMood } from '../affect/index.ts';
import { createTemplateDialogue } from '../dialogue/index.ts';
import type { BigFive, Character, Id } from '../model.ts';
import type { DialogueGenerator, DialogueRequest, EngineDeps, EngineStore } from '../ports/index.ts';
import { createRandom } from '../random/index.ts';
import { createSequentialIds, createVirtualClock } from '../scenarios/simulation.ts';
import { createSentimentAnalyzer } from '../sentiment/index.ts';
import { InMemoryStore } from '../store/in-memory.ts';

export const ECO = 'eco-test';
export const START = Date.UTC(2025, 5, 1, 12);

export const NEUTRAL: BigFive = {
  openness: 0.5,
  conscientiousness: 0.5,
  extraversion: 0.5,
  agreeableness: 0.5,
  neuroticism: 0.5,
};

/** A full-energy, active character at its baseline mood. */
export function character(id: Id, name: string, overrides: Partial<Character> = {}): Character {
  const personality = overrides.personality ?? NEUTRAL;
  return {
    id,
    ecosystemId: ECO,
    name,
    description: `${name} for tests`,
    personality,
    mood: baselineMood(personality),
    lastEmotion: null,
    energy: 1,
    active: true,
    stateUpdatedAt: START,
    createdAt: START,
    ...overrides,
  };
}

/** Engine deps over a fresh in-memory store, a virtual clock at START and the real sentiment and dialogue. */
export function testDeps(options: { dialogue?: DialogueGenerator; seed?: number } = {}) {
  const store = new InMemoryStore();
  const clock = createVirtualClock(START);
  const deps: EngineDeps = {
    store,
    clock,
    ids: createSequentialIds('t'),
    sentiment: createSentimentAnalyzer(),
    dialogue: options.dialogue ?? createTemplateDialogue(),
    random: createRandom(options.seed ?? 1),
  };
  return { deps, store, clock };
}

/** Saves characters into the store. */
export async function seed(store: EngineStore, ...characters: Character[]): Promise<void> {
  for (const c of characters) await store.saveCharacter(c);
}

/** A dialogue generator that records every request and answers from a script (or a numbered default). */
export function scriptedDialogue(
  script: (request: DialogueRequest, n: number) => string | undefined = () => undefined,
) {
  const requests: DialogueRequest[] = [];
  const dialogue: DialogueGenerator = {
    async generate(request) {
      requests.push(request);
      return script(request, requests.length) ?? `${request.speaker.name} ${request.mode} line ${requests.length}.`;
    },
  };
  return { dialogue, requests };
}

/** Everything observable in an in-memory store for one ecosystem, as plain data. */
export async function snapshot(store: EngineStore, ecosystemId: Id = ECO): Promise<unknown> {
  const characters = await store.listCharacters(ecosystemId);
  const memories = await Promise.all(characters.map((c) => store.listMemories(c.id, 1_000)));
  return {
    characters,
    relationships: await store.listRelationships(ecosystemId),
    memories,
    events: await store.listEvents(ecosystemId, 0, 1_000_000),
  };
}

/** Wraps a store so every write (inside transactions too) is counted by method name. */
export function countingWrites(inner: EngineStore): { store: EngineStore; writes: string[] } {
  const writes: string[] = [];
  const WRITE_METHODS = new Set([
    'saveCharacter',
    'saveRelationship',
    'addMemory',
    'saveInteraction',
    'saveScenario',
    'appendEvents',
  ]);
  const wrap = (target: EngineStore): EngineStore =>
    new Proxy(target, {
      get(t, property, receiver) {
        const value = Reflect.get(t, property, receiver);
        if (typeof value !== 'function') return value;
        if (property === 'transaction') {
          return <T>(work: (tx: EngineStore) => Promise<T>) => t.transaction((tx) => work(wrap(tx)));
        }
        if (WRITE_METHODS.has(String(property))) {
          return (...args: unknown[]) => {
            writes.push(String(property));
            return (value as (...a: unknown[]) => unknown).apply(t, args);
          };
        }
        return (value as (...a: unknown[]) => unknown).bind(t);
      },
    });
  return { store: wrap(inner), writes };
}
