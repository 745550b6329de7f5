import { runTurn, type EcosystemEvent, type EngineDeps, type Id } from '@ensemble/core';
import type { EventBus } from '../realtime/event-bus.ts';
import type { AppStore } from '../store/app-store.ts';

/** What the runner needs to know of one turn: whether the scenario goes on, and what was committed. */
export interface TurnResult {
  kind: 'played' | 'skipped' | 'ended' | 'not_running';
  /** Committed by the turn; absent when it changed nothing. */
  events?: readonly EcosystemEvent[];
}

/** Plays one turn of a scenario in one transaction (core's `runTurn` by default). */
export type PlayTurn = (deps: EngineDeps, scenarioId: Id) => Promise<TurnResult>;

export interface ScenarioRunnerOptions {
  store: AppStore;
  bus: EventBus;
  /** Fresh engine dependencies for each turn. */
  engineDeps: () => EngineDeps;
  /** Where failures are reported. @default console.error */
  log?: (line: string) => void;
  /** @default core's runTurn */
  playTurn?: PlayTurn;
  /** Shortest pause between two turns of one scenario, whatever its speed. @default 50 */
  minGapMs?: number;
  /** Longest wait before retrying a scenario whose turns keep failing. @default 60000 */
  maxRetryMs?: number;
}

/** One scheduled scenario: at most one timer and one turn in flight, ever. */
interface Slot {
  /** False once unscheduled; a turn in flight then finishes but plans nothing more. */
  active: boolean;
  timer: NodeJS.Timeout | null;
  running: Promise<void> | null;
  /** Consecutive failed turns, for the retry back-off. */
  failures: number;
}

const MS_PER_MINUTE = 60_000;

/**
 * Plays every running scenario on its own clock: one turn each 60000/speed ms, a turn never overlapping
 * the previous one of the same scenario. All director state lives in the database (the scenario's turn
 * number), so after a restart `start()` simply picks the running scenarios up where they stopped.
 */
export class ScenarioRunner {
  readonly #store: AppStore;
  readonly #bus: EventBus;
  readonly #engineDeps: () => EngineDeps;
  readonly #log: (line: string) => void;
  readonly #playTurn: PlayTurn;
  readonly #minGapMs: number;
  readonly #maxRetryMs: number;
  readonly #slots = new Map<Id, Slot>();
  #stopped = false;

  constructor(options: ScenarioRunnerOptions) {
    this.#store = options.store;
    this.#bus = options.bus;
    this.#engineDeps = options.engineDeps;
    this.#log = options.log ?? ((line) => console.error(line));
    this.#playTurn = options.playTurn ?? runTurn;
    this.#minGapMs = options.minGapMs ?? 50;
    this.#maxRetryMs = options.maxRetryMs ?? MS_PER_MINUTE;
  }

  /** Schedules every scenario stored as running (after a restart, they continue from their stored turn). */
  async start(): Promise<void> {
    this.#stopped = false;
    const running = await this.#store.listScenariosByStatus('running');
    for (const scenario of running) this.schedule(scenario.id);
  }

  /** Clears every timer and waits for the turns in flight; nothing is scheduled afterwards until start(). */
  async stop(): Promise<void> {
    this.#stopped = true;
    const inFlight: Promise<void>[] = [];
    for (const slot of this.#slots.values()) {
      slot.active = false;
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      if (slot.running) inFlight.push(slot.running);
    }
    await Promise.allSettled(inFlight);
    this.#slots.clear();
  }

  /** Starts playing a scenario's turns (no-op when it already is, or after stop()). */
  schedule(scenarioId: Id): void {
    if (this.#stopped) return;
    const existing = this.#slots.get(scenarioId);
    if (existing) {
      if (existing.active) return;
      existing.active = true;
      // A turn in flight will plan the next one itself now that the slot is active again.
      if (!existing.running && !existing.timer) this.#planNext(scenarioId, existing, Date.now());
      return;
    }
    const slot: Slot = { active: true, timer: null, running: null, failures: 0 };
    this.#slots.set(scenarioId, slot);
    this.#planNext(scenarioId, slot, Date.now());
  }

  /** Stops playing a scenario's turns; a turn in flight completes (its events are still published). */
  unschedule(scenarioId: Id): void {
    const slot = this.#slots.get(scenarioId);
    if (!slot) return;
    slot.active = false;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (!slot.running) this.#slots.delete(scenarioId);
  }

  /**
   * Resolves once no turn of the scenario is in flight. Pause and end wait for it after unscheduling, so a
   * turn that read the scenario before the change cannot write it back as running afterwards.
   */
  async whenIdle(scenarioId: Id): Promise<void> {
    const running = this.#slots.get(scenarioId)?.running;
    if (running) await running.catch(() => {});
  }

  /** Ids of the scenarios currently scheduled (diagnostics and tests). */
  scheduledIds(): Id[] {
    return [...this.#slots].filter(([, slot]) => slot.active).map(([id]) => id);
  }

  /** Sets the timer for the next turn, one interval after `since` (the previous turn's start). */
  #planNext(scenarioId: Id, slot: Slot, since: number): void {
    void this.#intervalOf(scenarioId).then((interval) => {
      if (!slot.active || slot.timer || slot.running || this.#slots.get(scenarioId) !== slot) return;
      if (interval === null) {
        this.unschedule(scenarioId);
        return;
      }
      const wait = slot.failures > 0
        ? Math.min(this.#maxRetryMs, interval * 2 ** Math.min(slot.failures, 10))
        : Math.max(this.#minGapMs, since + interval - Date.now());
      slot.timer = setTimeout(() => {
        slot.timer = null;
        this.#play(scenarioId, slot);
      }, wait);
    });
  }

  /** Milliseconds between turns, or null when the scenario is gone or not running. */
  async #intervalOf(scenarioId: Id): Promise<number | null> {
    try {
      const scenario = await this.#store.getScenario(scenarioId);
      if (!scenario || scenario.status !== 'running') return null;
      return MS_PER_MINUTE / Math.max(scenario.speed, Number.MIN_VALUE);
    } catch (error) {
      this.#log(`scenario ${scenarioId}: could not read its schedule: ${describe(error)}`);
      return this.#maxRetryMs;
    }
  }

  #play(scenarioId: Id, slot: Slot): void {
    if (!slot.active || this.#stopped) {
      if (this.#slots.get(scenarioId) === slot && !slot.active) this.#slots.delete(scenarioId);
      return;
    }
    const startedAt = Date.now();
    slot.running = this.#playOnce(scenarioId, slot).finally(() => {
      slot.running = null;
      if (slot.active && !this.#stopped) this.#planNext(scenarioId, slot, startedAt);
      else if (this.#slots.get(scenarioId) === slot) this.#slots.delete(scenarioId);
    });
  }

  async #playOnce(scenarioId: Id, slot: Slot): Promise<void> {
    let outcome: TurnResult;
    try {
      outcome = await this.#playTurn(this.#engineDeps(), scenarioId);
      slot.failures = 0;
    } catch (error) {
      slot.failures += 1;
      this.#log(`scenario ${scenarioId}: turn failed (attempt ${slot.failures}), will retry: ${describe(error)}`);
      return;
    }
    const events = outcome.events ?? [];
    if (events.length > 0) {
      try {
        await this.#bus.publish(events);
      } catch (error) {
        // Committed already; subscribers fill the gap from the events table.
        this.#log(`scenario ${scenarioId}: publishing turn events failed: ${describe(error)}`);
      }
    }
    if (outcome.kind === 'ended' || outcome.kind === 'not_running') slot.active = false;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
