import { EngineError } from '../errors.ts';
import { scenarioEndedEvent } from '../events/index.ts';
import type { EventDraft, Id, Scenario } from '../model.ts';
import type { EngineStore } from '../ports/index.ts';

/** The scenario, or EngineError('scenario_not_found'). */
export async function loadScenario(store: EngineStore, scenarioId: Id): Promise<Scenario> {
  const scenario = await store.getScenario(scenarioId);
  if (!scenario) throw new EngineError('scenario_not_found', 'That scenario does not exist.');
  return scenario;
}

/** Why a running scenario is due to end at `now`, if it is: out of time, or out of turns. */
export function dueEndReason(s: Scenario, now: number): 'duration' | 'max_turns' | null {
  if (now >= s.startedAt + s.durationMinutes * 60_000) return 'duration';
  if (s.maxTurns !== null && s.turn >= s.maxTurns) return 'max_turns';
  return null;
}

/** The scenario marked ended (saved), and its scenario_ended draft. */
export async function markEnded(
  store: EngineStore,
  s: Scenario,
  reason: string,
  now: number,
): Promise<{ scenario: Scenario; draft: EventDraft }> {
  const ended: Scenario = { ...s, status: 'ended', endedAt: now, endReason: reason, addressed: [] };
  await store.saveScenario(ended);
  return { scenario: ended, draft: scenarioEndedEvent(ended, now) };
}
