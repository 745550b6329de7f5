import { EngineError } from '../errors.ts';
import { scenarioStartedEvent } from '../events/index.ts';
import type { EcosystemEvent, Scenario } from '../model.ts';
import type { EngineDeps } from '../ports/index.ts';
import { objectivesFrom } from '../conversations/objectives.ts';
import { validateScenarioInput } from './validation.ts';
import type { ScenarioInput } from './validation.ts';

/**
 * Starts a scenario: validates the input and that every participant is an active character of the
 * ecosystem, saves it running at turn 0 and emits scenario_started. Errors: EngineError with code
 * invalid_scenario, too_few_participants, duplicate_participants, participant_not_found or participant_inactive.
 */
export async function startScenario(
  deps: EngineDeps,
  input: ScenarioInput,
): Promise<{ scenario: Scenario; events: EcosystemEvent[] }> {
  validateScenarioInput(input);
  return deps.store.transaction(async (store) => {
    for (const id of input.participantIds) {
      const c = await store.getCharacter(id);
      // A character of another ecosystem is reported as missing: its existence is not the caller's business.
      if (!c || c.ecosystemId !== input.ecosystemId) {
        throw new EngineError('participant_not_found', 'A participant is not a character of this ecosystem.');
      }
      if (!c.active) throw new EngineError('participant_inactive', `${c.name} is inactive and cannot take part.`);
    }
    const now = deps.clock.now();
    const scenario: Scenario = {
      id: deps.ids.next(),
      ecosystemId: input.ecosystemId,
      title: input.title.trim(),
      setting: input.setting.trim(),
      mood: input.mood,
      objectives: objectivesFrom(input.objectives),
      endWhenObjectivesDone: input.endWhenObjectivesDone ?? false,
      conversations: [],
      participantIds: [...input.participantIds],
      durationMinutes: input.durationMinutes,
      speed: input.speed,
      maxTurns: input.maxTurns ?? null,
      seed: input.seed,
      status: 'running',
      turn: 0,
      addressed: [],
      startedAt: now,
      endedAt: null,
      endReason: null,
    };
    await store.saveScenario(scenario);
    const events = await store.appendEvents([scenarioStartedEvent(scenario, now)]);
    return { scenario, events };
  });
}
