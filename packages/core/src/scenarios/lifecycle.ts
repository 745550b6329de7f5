import { EngineError } from '../errors.ts';
import { scenarioPausedEvent, scenarioResumedEvent } from '../events/index.ts';
import type { EcosystemEvent, Id, Scenario } from '../model.ts';
import type { EngineDeps } from '../ports/index.ts';
import { loadScenario, markEnded } from './scenario-state.ts';

/** A scenario after a lifecycle change, with the events it emitted (none when nothing changed). */
export interface ScenarioChange {
  scenario: Scenario;
  events: EcosystemEvent[];
}

/** Longest end reason a caller may give. */
export const END_REASON_MAX_CHARS = 100;

/** Pauses a running scenario (no turns until resumed); pausing a paused one changes nothing. */
export function pauseScenario(deps: EngineDeps, scenarioId: Id): Promise<ScenarioChange> {
  return deps.store.transaction(async (store) => {
    const scenario = await loadScenario(store, scenarioId);
    refuseIfEnded(scenario, 'paused');
    if (scenario.status === 'paused') return { scenario, events: [] };
    const paused: Scenario = { ...scenario, status: 'paused' };
    await store.saveScenario(paused);
    return { scenario: paused, events: await store.appendEvents([scenarioPausedEvent(paused, deps.clock.now())]) };
  });
}

/** Resumes a paused scenario; resuming a running one changes nothing. */
export function resumeScenario(deps: EngineDeps, scenarioId: Id): Promise<ScenarioChange> {
  return deps.store.transaction(async (store) => {
    const scenario = await loadScenario(store, scenarioId);
    refuseIfEnded(scenario, 'resumed');
    if (scenario.status === 'running') return { scenario, events: [] };
    const running: Scenario = { ...scenario, status: 'running' };
    await store.saveScenario(running);
    return { scenario: running, events: await store.appendEvents([scenarioResumedEvent(running, deps.clock.now())]) };
  });
}

/** Ends a running or paused scenario for `reason` (e.g. 'user'); ending an ended one changes nothing. */
export function endScenario(deps: EngineDeps, scenarioId: Id, reason: string): Promise<ScenarioChange> {
  return deps.store.transaction(async (store) => {
    const scenario = await loadScenario(store, scenarioId);
    if (scenario.status === 'ended') return { scenario, events: [] };
    const why = reason.trim().slice(0, END_REASON_MAX_CHARS) || 'user';
    const { scenario: ended, draft } = await markEnded(store, scenario, why, deps.clock.now());
    return { scenario: ended, events: await store.appendEvents([draft]) };
  });
}

function refuseIfEnded(s: Scenario, verb: string): void {
  if (s.status === 'ended') throw new EngineError('scenario_ended', `This scenario has ended and cannot be ${verb}.`);
}
