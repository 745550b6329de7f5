/**
 * Core scenario benchmark: a 1,000-turn, 12-character scenario run in-process (in-memory store, template
 * dialogue, virtual clock), timed over several runs.
 *
 * Baseline, measured in the same process: the same number of template lines and sentiment analyses
 * alone (two lines and two analyses per turn), with no store, relationships, appraisal, memory or events.
 * That is the irreducible NLP cost of a turn — any engine producing this transcript must write and
 * score these lines — so the ratio shows what the orchestration around it costs, independent of the
 * machine's speed.
 *
 * Both wall time and CPU time (user + system of this process) are reported: on a shared machine the
 * wall time swings with other load, CPU time much less.
 *
 * Run: npx tsx bench/core-scenario.ts
 */
import { performance } from 'node:perf_hooks';
import { createRandom, createSentimentAnalyzer, createTemplateDialogue, generateCast, simulate } from '@ensemble/core';

const TURNS = 1000;
const CHARACTERS = 12;
const RUNS = 7;
const SEED = 42;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Timing {
  wallMs: number;
  cpuMs: number;
}

async function timed<T>(work: () => Promise<T>): Promise<Timing & { value: T }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await work();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000, value };
}

function timeScenario(seed: number) {
  return timed(async () => (await simulate({ characters: CHARACTERS, turns: TURNS, seed })).turnsPlayed);
}

/** Two template lines and two sentiment scores per turn, with realistic speakers and context. */
function timeBaseline(seed: number) {
  return timed(() => baselineWork(seed));
}

async function baselineWork(seed: number): Promise<number> {
  const dialogue = createTemplateDialogue();
  const sentiment = createSentimentAnalyzer();
  const random = createRandom(seed);
  const cast = generateCast(seed, CHARACTERS, 'bench', 0);
  const scenario = {
    title: 'A quiet afternoon',
    setting: 'the village library garden',
    mood: 'calm' as const,
    objectives: ['plan the harvest supper'],
  };
  const previous = new Map<string, string>();
  let checksum = 0;
  for (let turn = 0; turn < TURNS; turn++) {
    const speaker = cast[turn % CHARACTERS]!;
    const listener =
      cast[(turn * 7 + 1) % CHARACTERS === turn % CHARACTERS ? (turn + 1) % CHARACTERS : (turn * 7 + 1) % CHARACTERS]!;
    const type = (['greeting', 'chat', 'chat', 'collaboration', 'conflict'] as const)[turn % 5]!;
    const common = { interactionType: type, relationship: null, memories: [], scenario, random };
    const line = await dialogue.generate({
      ...common,
      speaker,
      listener,
      listenerName: listener.name,
      mode: 'initiate',
      incoming: null,
      previousLine: previous.get(speaker.id) ?? null,
    });
    const reply = await dialogue.generate({
      ...common,
      speaker: listener,
      listener: speaker,
      listenerName: speaker.name,
      mode: 'reply',
      incoming: line,
      previousLine: previous.get(listener.id) ?? null,
    });
    previous.set(speaker.id, line);
    previous.set(listener.id, reply);
    checksum += sentiment.score(line) + sentiment.score(reply);
  }
  return checksum;
}

// Warm-up: JIT and module initialisation are not what we measure.
await timeScenario(SEED);
await timeBaseline(SEED);

const engine: Timing[] = [];
const baseline: Timing[] = [];
let played = 0;
for (let run = 0; run < RUNS; run++) {
  const s = await timeScenario(SEED + run);
  engine.push(s);
  played = s.value;
  baseline.push(await timeBaseline(SEED + run));
}

const wall = { engine: median(engine.map((t) => t.wallMs)), baseline: median(baseline.map((t) => t.wallMs)) };
const cpu = { engine: median(engine.map((t) => t.cpuMs)), baseline: median(baseline.map((t) => t.cpuMs)) };
console.log(
  `core scenario: ${TURNS} turns, ${CHARACTERS} characters, median of ${RUNS} runs (last run: ${played} turns played)`,
);
console.log(
  `  engine    wall ${wall.engine.toFixed(0)} ms (${Math.round(TURNS / (wall.engine / 1000))} turns/s), cpu ${cpu.engine.toFixed(0)} ms (${Math.round(TURNS / (cpu.engine / 1000))} turns/s)`,
);
console.log(
  `  baseline  wall ${wall.baseline.toFixed(0)} ms, cpu ${cpu.baseline.toFixed(0)} ms (template lines + sentiment only)`,
);
console.log(
  `  ratio     wall ${(wall.engine / wall.baseline).toFixed(1)}×, cpu ${(cpu.engine / cpu.baseline).toFixed(1)}× the irreducible NLP cost`,
);
