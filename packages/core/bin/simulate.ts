/**
 * Headless simulation: `npx tsx packages/core/bin/simulate.ts --characters 8 --turns 200 --seed 42`.
 * Prints the transcript, then the final relationship table, to stdout; progress goes to stderr on long
 * runs. Bad arguments print a clear message and exit with code 2.
 */
import { parseArgs } from 'node:util';
import { SCENARIO_MOODS } from '../src/model.ts';
import type { ScenarioMood } from '../src/model.ts';
import {
  CAST_NAMES,
  formatJsonLines,
  formatRelationshipTable,
  formatTranscript,
  simulate,
} from '../src/scenarios/index.ts';

const USAGE = `Usage: simulate [--characters N] [--turns N] [--seed N] [--mood MOOD] [--setting TEXT] [--objective TEXT]... [--json]
  --characters  cast size, 2..${CAST_NAMES.length} (default 8)
  --turns       turns to play, 1..100000 (default 200)
  --seed        any whole number (default 42); the same seed gives the same story
  --mood        ${SCENARIO_MOODS.join(' | ')} (default calm)
  --setting     where and when it happens, e.g. "the harbour quay at dusk" (default: the mood's scene)
  --objective   an objective to pursue; repeat for several (default: the mood's scene's)
  --json        one JSON object per line: turn, conversation_id, speaker, addressees, act, topic, text,
                emotion, objective when the line moved one, and closes (farewell, walked_off,
                participant_left, exhausted, called_away) on a conversation's last line`;

/** Runs that print progress to stderr: long enough that a silent terminal would look stuck. */
const PROGRESS_FROM_TURNS = 2000;

function fail(message: string): never {
  process.stderr.write(`simulate: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function wholeNumber(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isSafeInteger(value) || value < min || value > max) {
    fail(`--${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
  }
  return value;
}

function parse(): {
  characters: number;
  turns: number;
  seed: number;
  mood: ScenarioMood;
  setting?: string;
  objectives?: string[];
  json: boolean;
} {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        characters: { type: 'string', default: '8' },
        turns: { type: 'string', default: '200' },
        seed: { type: 'string', default: '42' },
        mood: { type: 'string', default: 'calm' },
        setting: { type: 'string' },
        objective: { type: 'string', multiple: true },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const mood = values.mood as ScenarioMood;
  if (!(SCENARIO_MOODS as readonly string[]).includes(mood)) {
    fail(`--mood must be one of ${SCENARIO_MOODS.join(', ')} (got "${values.mood}").`);
  }
  return {
    characters: wholeNumber('characters', values.characters, 2, CAST_NAMES.length),
    turns: wholeNumber('turns', values.turns, 1, 100_000),
    seed: wholeNumber('seed', values.seed, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
    mood,
    ...(values.setting !== undefined ? { setting: values.setting } : {}),
    ...(values.objective !== undefined ? { objectives: values.objective } : {}),
    json: values.json ?? false,
  };
}

const { json, ...options } = parse();
const step = Math.max(1, Math.floor(options.turns / 10));
const showProgress = options.turns >= PROGRESS_FROM_TURNS;
const result = await simulate({
  ...options,
  onProgress: showProgress
    ? (turn) => {
        if (turn % step === 0) process.stderr.write(`turn ${turn}/${options.turns}\n`);
      }
    : undefined,
});
if (json) {
  process.stdout.write(formatJsonLines(result));
} else {
  process.stdout.write(formatTranscript(result));
  process.stdout.write('\nFinal relationships\n\n');
  process.stdout.write(formatRelationshipTable(result));
}
