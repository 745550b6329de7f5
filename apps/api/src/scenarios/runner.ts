import { runTurn, type EcosystemEvent, type EngineDeps, type Id } from '@ensemble/core';
import type { AppStore } from '../store/app-store.ts';
import { LEASE_CLAIMS_PER_SCAN, LEASE_RENEW_MS, LEASE_SCAN_MS, LEASE_TTL_MS, type LeaseTiming } from './leases.ts';

/** What the runner needs to know of one turn: whether the scenario goes on, and what was committed. */
export interface TurnResult {
  /** 'lease_lost': another node holds the scenario now (or it stopped running); nothing was played. */
  kind: 'played' | 'skipped' | 'ended' | 'not_running' | 'lease_lost';
  /** Committed by the turn; absent when it changed nothing. */
  events?: readonly EcosystemEvent[];
}

/**
 * Plays one turn of a scenario (core's `runTurn` by default). `deps.store` is the transaction the runner
 * opened after re-checking its lease, so the turn commits only while this node holds the scenario.
 */
export type PlayTurn = (deps: EngineDeps, scenarioId: Id) => Promise<TurnResult>;

/** The store operations the runner uses. */
export type RunnerStore = Pick<
  AppStore,
  | 'transaction'
  | 'getScenario'
  | 'acquireScenarioLease'
  | 'renewScenarioLeases'
  | 'releaseScenarioLease'
  | 'listClaimableScenarios'
>;

export interface ScenarioRunnerOptions {
  store: RunnerStore;
  /** Fresh engine dependencies for each turn. */
  engineDeps: () => EngineDeps;
  /** This node's id among API nodes: the owner it writes into the leases it holds. */
  nodeId: string;
  /** Lease timing. @default LEASE_TTL_MS, LEASE_RENEW_MS, LEASE_SCAN_MS */
  leases?: LeaseTiming;
  /** Where failures are reported. @default console.error */
  log?: (line: string) => void;
  /** @default core's runTurn */
  playTurn?: PlayTurn;
  /**
   * Work done before each turn's transaction (language-model lines written outside it); returns how the
   * turn's engine dependencies are to be changed. @default none
   */
  prepareTurn?: (scenarioId: Id) => Promise<(deps: EngineDeps) => EngineDeps>;
  /** Shortest pause between two turns of one scenario, whatever its speed. @default 50 */
  minGapMs?: number;
  /** Longest wait before retrying a scenario whose turns keep failing. @default 60000 */
  maxRetryMs?: number;
}

/** One scenario this node holds the lease on: at most one timer and one turn in flight, ever. */
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
 * Plays running scenarios on their own clocks: one turn each 60000/speed ms, a turn never overlapping the
 * previous one of the same scenario. Across API nodes each running scenario is played by the one node
 * holding its lease (a row lease in the database, renewed every second): every node scans for scenarios
 * nobody holds and claims them, so when a node dies the others take its scenarios over once its leases
 * lapse. Each turn's transaction first re-takes the lease, which locks the scenario's row and fails if
 * another node took over, so no turn is ever played twice. All director state lives in the database (the
 * scenario's turn number), so whoever picks a scenario up continues exactly where it stopped.
 */
export class ScenarioRunner {
  readonly #store: RunnerStore;
  readonly #engineDeps: () => EngineDeps;
  readonly #nodeId: string;
  readonly #ttlMs: number;
  readonly #renewEveryMs: number;
  readonly #scanEveryMs: number;
  readonly #log: (line: string) => void;
  readonly #playTurn: PlayTurn;
  readonly #prepareTurn: ((scenarioId: Id) => Promise<(deps: EngineDeps) => EngineDeps>) | null;
  readonly #minGapMs: number;
  readonly #maxRetryMs: number;
  readonly #slots = new Map<Id, Slot>();
  /** Scenarios whose lease is being asked for right now. */
  readonly #claiming = new Map<Id, Promise<void>>();
  #stopped = false;
  #scanTimer: NodeJS.Timeout | null = null;
  #renewTimer: NodeJS.Timeout | null = null;
  #scanning = false;
  #renewing = false;

  constructor(options: ScenarioRunnerOptions) {
    this.#store = options.store;
    this.#engineDeps = options.engineDeps;
    this.#nodeId = options.nodeId;
    this.#ttlMs = options.leases?.ttlMs ?? LEASE_TTL_MS;
    this.#renewEveryMs = options.leases?.renewEveryMs ?? LEASE_RENEW_MS;
    this.#scanEveryMs = options.leases?.scanEveryMs ?? LEASE_SCAN_MS;
    this.#log = options.log ?? ((line) => console.error(line));
    this.#playTurn = options.playTurn ?? runTurn;
    this.#prepareTurn = options.prepareTurn ?? null;
    this.#minGapMs = options.minGapMs ?? 50;
    this.#maxRetryMs = options.maxRetryMs ?? MS_PER_MINUTE;
  }

  /** Claims the running scenarios nobody holds (after a restart they continue from their stored turn), and keeps looking. */
  async start(): Promise<void> {
    this.#stopped = false;
    await this.#scan();
    if (this.#stopped || this.#scanTimer) return;
    this.#scanTimer = setInterval(() => void this.#scan(), this.#scanEveryMs);
    this.#scanTimer.unref();
  }

  /**
   * Clears every timer, waits for the turns in flight, then gives up this node's leases so another node
   * takes its scenarios over at once; nothing is scheduled afterwards until start(). `releaseLeases: false`
   * leaves them to lapse instead, as a crash would.
   */
  async stop(options: { releaseLeases?: boolean } = {}): Promise<void> {
    this.#stopped = true;
    if (this.#scanTimer) clearInterval(this.#scanTimer);
    if (this.#renewTimer) clearInterval(this.#renewTimer);
    this.#scanTimer = null;
    this.#renewTimer = null;
    await Promise.allSettled([...this.#claiming.values()]);
    const held = [...this.#slots.keys()];
    const inFlight: Promise<void>[] = [];
    for (const slot of this.#slots.values()) {
      slot.active = false;
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      if (slot.running) inFlight.push(slot.running);
    }
    await Promise.allSettled(inFlight);
    this.#slots.clear();
    if (options.releaseLeases === false) return;
    await Promise.allSettled(held.map((id) => this.#store.releaseScenarioLease(id, this.#nodeId)));
  }

  /**
   * Plays a scenario's turns here if this node gets (or has) its lease; otherwise the node holding it
   * does. A no-op when already scheduled, or after stop().
   */
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
    void this.#claim(scenarioId);
  }

  /** Stops playing a scenario's turns here; a turn in flight completes (its events are still published). */
  unschedule(scenarioId: Id): void {
    const slot = this.#slots.get(scenarioId);
    if (!slot) return;
    slot.active = false;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (!slot.running) this.#slots.delete(scenarioId);
  }

  /**
   * Resolves once no turn of the scenario is in flight here. Pause and end wait for it after unscheduling
   * (a turn on another node is held off by the scenario's row lock instead).
   */
  async whenIdle(scenarioId: Id): Promise<void> {
    await this.#claiming.get(scenarioId);
    const running = this.#slots.get(scenarioId)?.running;
    if (running) await running.catch(() => {});
  }

  /** Ids of the scenarios this node is playing (diagnostics and tests). */
  scheduledIds(): Id[] {
    return [...this.#slots].filter(([, slot]) => slot.active).map(([id]) => id);
  }

  /** This node's id, as written into the leases it holds. */
  get nodeId(): string {
    return this.#nodeId;
  }

  /** Takes the scenario's lease and, if this node got it, starts playing. */
  #claim(scenarioId: Id): Promise<void> {
    const pending = this.#claiming.get(scenarioId);
    if (pending) return pending;
    const claim = (async () => {
      let won: boolean;
      try {
        won = await this.#store.acquireScenarioLease(scenarioId, this.#nodeId, this.#ttlMs);
      } catch (error) {
        this.#log(`scenario ${scenarioId}: could not take its lease, will retry: ${describe(error)}`);
        return;
      }
      if (!won || this.#slots.has(scenarioId)) return;
      if (this.#stopped) {
        await this.#store.releaseScenarioLease(scenarioId, this.#nodeId).catch(() => {});
        return;
      }
      const slot: Slot = { active: true, timer: null, running: null, failures: 0 };
      this.#slots.set(scenarioId, slot);
      this.#keepRenewing();
      this.#planNext(scenarioId, slot, Date.now());
    })().finally(() => this.#claiming.delete(scenarioId));
    this.#claiming.set(scenarioId, claim);
    return claim;
  }

  /** Claims running scenarios without a live lease: new ones, released ones, and those of a node that died. */
  async #scan(): Promise<void> {
    if (this.#stopped || this.#scanning) return;
    this.#scanning = true;
    try {
      const claimable = await this.#store.listClaimableScenarios(LEASE_CLAIMS_PER_SCAN);
      await Promise.all(claimable.filter((id) => !this.#slots.has(id)).map((id) => this.#claim(id)));
    } catch (error) {
      this.#log(`could not look for scenarios to run: ${describe(error)}`);
    } finally {
      this.#scanning = false;
    }
  }

  #keepRenewing(): void {
    if (this.#renewTimer || this.#stopped) return;
    this.#renewTimer = setInterval(() => void this.#renew(), this.#renewEveryMs);
    this.#renewTimer.unref();
  }

  /** Renews every lease held here in one statement; a scenario whose lease is gone (taken, paused, ended, deleted) stops here. */
  async #renew(): Promise<void> {
    if (this.#renewing) return;
    const ids = [...this.#slots.keys()];
    if (ids.length === 0) return;
    this.#renewing = true;
    try {
      const held = new Set(await this.#store.renewScenarioLeases(ids, this.#nodeId, this.#ttlMs));
      for (const id of ids) if (!held.has(id)) this.unschedule(id);
    } catch (error) {
      // Turns re-check the lease themselves, so a missed renewal can only cost a takeover, never a double turn.
      this.#log(`could not renew scenario leases: ${describe(error)}`);
    } finally {
      this.#renewing = false;
    }
  }

  /** Sets the timer for the next turn, one interval after `since` (the previous turn's start). */
  #planNext(scenarioId: Id, slot: Slot, since: number): void {
    void this.#intervalOf(scenarioId).then((interval) => {
      if (!slot.active || slot.timer || slot.running || this.#slots.get(scenarioId) !== slot) return;
      if (interval === null) {
        this.unschedule(scenarioId);
        return;
      }
      const wait =
        slot.failures > 0
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
      const prepared = this.#prepareTurn === null ? (deps: EngineDeps) => deps : await this.#prepareTurn(scenarioId);
      outcome = await this.#store.transaction(async (tx): Promise<TurnResult> => {
        // Re-taking the lease locks the scenario's row until commit and fails if another node took the
        // scenario over (or it stopped running); the turn then reads the latest turn number under that lock.
        if (!(await tx.acquireScenarioLease(scenarioId, this.#nodeId, this.#ttlMs))) return { kind: 'lease_lost' };
        return this.#playTurn(prepared({ ...this.#engineDeps(), store: tx }), scenarioId);
      });
      slot.failures = 0;
    } catch (error) {
      slot.failures += 1;
      this.#log(`scenario ${scenarioId}: turn failed (attempt ${slot.failures}), will retry: ${describe(error)}`);
      return;
    }
    // The store published the turn's events on commit.
    if (outcome.kind !== 'played' && outcome.kind !== 'skipped') slot.active = false;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
