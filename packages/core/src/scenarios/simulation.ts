import { createTemplateDialogue } from '../dialogue/index.ts';
import type { Character, Id, Relationship, Scenario, ScenarioMood } from '../model.ts';
import type { Clock, EngineDeps, IdGenerator } from '../ports/index.ts';
import { createRandom } from '../random/index.ts';
import { createSentimentAnalyzer } from '../sentiment/index.ts';
import { InMemoryStore } from '../store/in-memory.ts';
import { generateCast } from './cast.ts';
import { startScenario } from './start.ts';
import { transcriptOf } from './transcript.ts';
import type { TranscriptLine } from './transcript.ts';
import { runTurn } from './turn.ts';

/** A clock that only moves when told to: simulations run at full speed yet see minutes pass. */
export function createVirtualClock(startMs: number): Clock & { advance(ms: number): void } {
  let now = startMs;
  return {
    now: () => now,
    advance(ms: number) {
      if (!(ms >= 0)) throw new RangeError('A virtual clock only moves forward.');
      now += ms;
    },
  };
}

/** Ids "prefix-1", "prefix-2", ...: deterministic, so two runs of a simulation are byte-identical. */
export function createSequentialIds(prefix: string): IdGenerator {
  let n = 0;
  return { next: () => `${prefix}-${++n}` };
}

/** Options of a headless simulation. */
export interface SimulationOptions {
  /** Cast size (1..48). */
  characters: number;
  turns: number;
  seed: number;
  /** @default 'calm' */
  mood?: ScenarioMood;
  /** Where it happens. @default the mood's scene in SIMULATION_SCENES */
  setting?: string;
  /** Objectives to pursue. @default the mood's scene's objectives */
  objectives?: string[];
  /** End once every objective is done. @default false */
  endWhenObjectivesDone?: boolean;
  /** Called after each turn with its 1-based number. */
  onProgress?: (turn: number) => void;
}

/** What a simulation produced. */
export interface SimulationResult {
  seed: number;
  scenario: Scenario;
  /** Final state, in cast order. */
  characters: Character[];
  relationships: Relationship[];
  transcript: TranscriptLine[];
  turnsPlayed: number;
  turnsSkipped: number;
  eventCount: number;
}

/** Simulated start: 2025-01-01T09:00:00Z, a fixed instant so timestamps repeat across runs. */
export const SIMULATION_START_MS = Date.UTC(2025, 0, 1, 9);

/** Scenario turns per simulated minute. */
export const SIMULATION_SPEED = 1;

const ECOSYSTEM_ID = 'sim';

/** A scene per mood for headless runs, with objectives that steer the director. */
export const SIMULATION_SCENES: Readonly<
  Record<ScenarioMood, { title: string; setting: string; objectives: string[] }>
> = {
  calm: {
    title: 'A quiet afternoon',
    setting: 'the garden behind the village library',
    objectives: ["share the week's news", 'plan the harvest supper'],
  },
  festive: {
    title: 'Lantern festival',
    setting: 'the lantern-lit market square',
    objectives: ['build the bonfire', 'win the pie contest'],
  },
  playful: {
    title: 'Games night',
    setting: 'the back room of the Crooked Oar inn',
    objectives: ['win at charades', 'invent a new game together'],
  },
  tense: {
    title: 'The missing ledger',
    setting: 'the counting house after hours',
    objectives: ['find the ledger', 'accuse the thief'],
  },
  hostile: {
    title: 'Water rights',
    setting: 'the town hall, the night before the vote',
    objectives: ['win the vote', "expose the mayor's deal"],
  },
  somber: {
    title: 'After the storm',
    setting: 'the flooded lower town at dawn',
    objectives: ['help the neighbours', 'restore the bridge'],
  },
  mysterious: {
    title: 'Lights on the hill',
    setting: 'the old observatory at midnight',
    objectives: ['explore the observatory', 'solve the cipher'],
  },
  collaborative: {
    title: 'Raising the barn',
    setting: 'the Okafor farm',
    objectives: ['build the frame', 'plan the roof together'],
  },
};

/**
 * Runs a scenario headless: a generated cast in an in-memory store, a virtual clock advanced one turn's
 * worth (60000 / speed ms) per turn, every random choice from `seed`. Same options ⇒ same result.
 */
export async function simulate(options: SimulationOptions): Promise<SimulationResult> {
  const mood = options.mood ?? 'calm';
  const store = new InMemoryStore();
  const clock = createVirtualClock(SIMULATION_START_MS);
  const deps: EngineDeps = {
    store,
    clock,
    ids: createSequentialIds('sim'),
    sentiment: createSentimentAnalyzer(),
    dialogue: createTemplateDialogue(),
    random: createRandom(options.seed),
  };
  const cast = generateCast(options.seed, options.characters, ECOSYSTEM_ID, clock.now());
  for (const c of cast) await store.saveCharacter(c);
  const preset = SIMULATION_SCENES[mood];
  const scene = {
    title: preset.title,
    setting: options.setting ?? preset.setting,
    objectives: options.objectives ?? preset.objectives,
    endWhenObjectivesDone: options.endWhenObjectivesDone ?? false,
  };
  const { scenario } = await startScenario(deps, {
    ecosystemId: ECOSYSTEM_ID,
    ...scene,
    mood,
    participantIds: cast.map((c) => c.id),
    durationMinutes: options.turns / SIMULATION_SPEED + 1,
    speed: SIMULATION_SPEED,
    maxTurns: options.turns,
    seed: options.seed,
  });

  let turnsPlayed = 0;
  let turnsSkipped = 0;
  for (let turn = 1; turn <= options.turns; turn++) {
    const outcome = await runTurn(deps, scenario.id);
    if (outcome.kind === 'played') turnsPlayed += 1;
    else if (outcome.kind === 'skipped') turnsSkipped += 1;
    else break;
    clock.advance(60_000 / SIMULATION_SPEED);
    options.onProgress?.(turn);
  }

  const events = await store.listEvents(ECOSYSTEM_ID, 0, Number.MAX_SAFE_INTEGER);
  const names = new Map<Id, string>(cast.map((c) => [c.id, c.name]));
  const characters = (await Promise.all(cast.map((c) => store.getCharacter(c.id)))).filter((c) => c !== null);
  return {
    seed: options.seed,
    scenario: (await store.getScenario(scenario.id))!,
    characters,
    relationships: await store.listRelationships(ECOSYSTEM_ID),
    transcript: transcriptOf(events, names),
    turnsPlayed,
    turnsSkipped,
    eventCount: events.length,
  };
}
