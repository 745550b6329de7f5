import { randomInt } from 'node:crypto';
import {
  endScenario,
  INTERVENTION_LIMITS,
  intervene,
  pauseScenario,
  resumeScenario,
  SCENARIO_LIMITS,
  SCENARIO_MOODS,
  startScenario,
  transcriptOf,
  type Id,
  type EcosystemEvent,
  type Scenario,
} from '@ensemble/core';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { assertEcosystemAccess, type AccessContext, type Capability } from '../auth/access.ts';
import { withPrepared } from '../dialogue/speech.ts';
import { AppError } from '../errors.ts';
import { changeScenarioLocked } from '../scenarios/locked-change.ts';
import { authedProcedure } from '../trpc.ts';
import { byEcosystemInput, byIdInput, idSchema } from './inputs.ts';

const L = SCENARIO_LIMITS;

/** Most scenario events read for one transcript page. */
const TRANSCRIPT_PAGE_MAX = 500;

export const createInput = z.strictObject({
  ecosystemId: idSchema,
  title: z.string().trim().min(1).max(L.titleMaxChars),
  setting: z.string().trim().max(L.settingMaxChars).default(''),
  mood: z.enum(SCENARIO_MOODS).default('calm'),
  /** Plain texts, or `{ text }` objects (as read back from a scenario view). */
  objectives: z
    .array(
      z.union([
        z.string().trim().min(1).max(L.objectiveMaxChars),
        z.object({ text: z.string().trim().min(1).max(L.objectiveMaxChars) }).transform((o) => o.text),
      ]),
    )
    .max(L.objectivesMax)
    .default([]),
  /** End the scenario once every objective is done. */
  endWhenObjectivesDone: z.boolean().default(false),
  /** Who takes part; every active character of the ecosystem when omitted. */
  participantIds: z.array(idSchema).min(L.participantsMin).max(L.participantsMax).optional(),
  durationMinutes: z.number().positive().max(L.durationMinutesMax).default(30),
  /** Turns per minute. */
  speed: z.number().positive().max(L.speedMax).default(6),
  maxTurns: z.number().int().min(1).max(L.maxTurnsMax).nullish(),
  /** Same seed + same inputs ⇒ same transcript; random when omitted. */
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
});

/** The scenario, if the caller owns its ecosystem; someone else's answers exactly like a missing one. */
async function assertScenarioAccess(ctx: AccessContext, scenarioId: Id, capability: Capability): Promise<Scenario> {
  const scenario = await ctx.services.store.getScenario(scenarioId);
  if (scenario === null) throw scenarioNotFound();
  try {
    await assertEcosystemAccess(ctx, scenario.ecosystemId, capability);
  } catch (error) {
    if (error instanceof AppError && error.appCode === 'ecosystem_not_found') throw scenarioNotFound();
    throw error;
  }
  return scenario;
}

function scenarioNotFound(): AppError {
  return new AppError('NOT_FOUND', 'scenario_not_found', 'No such scenario.');
}

/** Multi-character scenarios the director plays on its own; every change is logged and published. */
export const scenariosRouter = {
  /** Starts a scenario and schedules its turns (the plan's POST /ecosystem/{id}/scenario). */
  create: authedProcedure.input(createInput).mutation(async ({ ctx, input }) => {
    await assertEcosystemAccess(ctx, input.ecosystemId, 'write');
    const participantIds =
      input.participantIds ??
      (await ctx.services.store.listCharacters(input.ecosystemId))
        .filter((c) => c.active)
        .map((c) => c.id)
        .slice(0, L.participantsMax);
    const { scenario } = await startScenario(ctx.services.engineDeps(), {
      ecosystemId: input.ecosystemId,
      title: input.title,
      setting: input.setting,
      mood: input.mood,
      objectives: input.objectives,
      endWhenObjectivesDone: input.endWhenObjectivesDone,
      participantIds,
      durationMinutes: input.durationMinutes,
      speed: input.speed,
      maxTurns: input.maxTurns ?? null,
      seed: input.seed ?? randomInt(0, 2 ** 31),
    });
    ctx.services.scenarios.schedule(scenario.id);
    return scenario;
  }),

  get: authedProcedure.input(byIdInput).query(({ ctx, input }) => assertScenarioAccess(ctx, input.id, 'read')),

  /** Newest first. */
  list: authedProcedure.input(byEcosystemInput).query(async ({ ctx, input }) => {
    await assertEcosystemAccess(ctx, input.ecosystemId, 'read');
    const scenarios = await ctx.services.store.listScenarios(input.ecosystemId);
    return scenarios.sort((a, b) => b.startedAt - a.startedAt);
  }),

  /** No turns are played until resumed; pausing a paused scenario changes nothing. */
  pause: authedProcedure.input(byIdInput).mutation(async ({ ctx, input }) => {
    await assertScenarioAccess(ctx, input.id, 'write');
    const { scenario } = await withTurnsHeld(ctx, input.id, () =>
      changeScenarioLocked(ctx.services, input.id, (deps) => pauseScenario(deps, input.id)),
    );
    return scenario;
  }),

  resume: authedProcedure.input(byIdInput).mutation(async ({ ctx, input }) => {
    await assertScenarioAccess(ctx, input.id, 'write');
    const { scenario } = await withTurnsHeld(ctx, input.id, () =>
      changeScenarioLocked(ctx.services, input.id, (deps) => resumeScenario(deps, input.id)),
    );
    return scenario;
  }),

  end: authedProcedure
    .input(z.strictObject({ id: idSchema, reason: z.string().trim().max(100).optional() }))
    .mutation(async ({ ctx, input }) => {
      await assertScenarioAccess(ctx, input.id, 'write');
      const { scenario } = await withTurnsHeld(ctx, input.id, () =>
        changeScenarioLocked(ctx.services, input.id, (deps) => endScenario(deps, input.id, input.reason || 'user')),
      );
      return scenario;
    }),

  /**
   * A user speaks into the scenario: to one character (`targetCharacterId`), or to everyone (answered
   * by those named, else the most eager participant of the conversation the user is in, else of the
   * scene). The message joins a conversation (`conversationId`): the addressed character's, else the
   * user's own, else a new one; the user stays in it until it closes. Returns the replies with the
   * speakers' names.
   */
  intervene: authedProcedure
    .input(
      z.strictObject({
        scenarioId: idSchema,
        message: z.string().trim().min(1).max(INTERVENTION_LIMITS.messageMaxChars),
        targetCharacterId: idSchema.nullish(),
        /** How the characters address the user; the account's display name when omitted. */
        userName: z.string().trim().min(1).max(INTERVENTION_LIMITS.userNameMaxChars).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const scenario = await assertScenarioAccess(ctx, input.scenarioId, 'intervene');
      const userName = (input.userName ?? ctx.user.displayName).slice(0, INTERVENTION_LIMITS.userNameMaxChars);
      const intervention = { userName, message: input.message, targetCharacterId: input.targetCharacterId ?? null };
      const { responses, conversationId } = await withTurnsHeld(ctx, input.scenarioId, async () => {
        // Replies are written before the scenario's row is locked when the ecosystem speaks through a language model.
        const prepared = await ctx.services.speech.prepare(scenario.ecosystemId, (deps) =>
          intervene(deps, input.scenarioId, intervention),
        );
        return changeScenarioLocked(
          {
            store: prepared === null ? ctx.services.store : prepared.wrapStore(ctx.services.store),
            engineDeps: () => withPrepared(ctx.services.engineDeps(), prepared),
          },
          input.scenarioId,
          (deps) => intervene(deps, input.scenarioId, intervention),
        );
      });
      const names = await characterNames(ctx, scenario.ecosystemId);
      return {
        scenarioId: scenario.id,
        conversationId,
        responses: responses.map((r) => ({ ...r, characterName: names.get(r.characterId) ?? r.characterId })),
      };
    }),

  /**
   * What was said in the scenario, oldest first, with speaker names. Page with `afterSeq` = the
   * returned `nextAfterSeq` (null: nothing more yet).
   */
  transcript: authedProcedure
    .input(
      z.strictObject({
        id: idSchema,
        afterSeq: z.number().int().min(0).default(0),
        /** Events read (an exchange gives two lines, an intervention one plus one per reply). */
        limit: z.number().int().min(1).max(TRANSCRIPT_PAGE_MAX).default(200),
      }),
    )
    .query(async ({ ctx, input }) => {
      const scenario = await assertScenarioAccess(ctx, input.id, 'read');
      const eventLimit = input.limit;
      const events = await ctx.services.store.listScenarioEvents(scenario.id, input.afterSeq, eventLimit);
      const names = await characterNames(ctx, scenario.ecosystemId);
      const lines = transcriptOf(events, names);
      const last = events.at(-1);
      return {
        scenarioId: scenario.id,
        lines,
        nextAfterSeq: events.length === eventLimit && last !== undefined ? last.seq : null,
      };
    }),
} satisfies TRPCRouterRecord;

/**
 * Holds the scenario's turns (and waits for one in flight) while `change` writes the scenario, so a turn
 * that read it earlier cannot write it back over the change; then lets the schedule follow the stored status,
 * also when the change failed. The store publishes the change's events on commit.
 */
async function withTurnsHeld<T extends { scenario: Scenario; events: EcosystemEvent[] }>(
  ctx: AccessContext,
  scenarioId: Id,
  change: () => Promise<T>,
): Promise<T> {
  const runner = ctx.services.scenarios;
  const wasScheduled = runner.scheduledIds().includes(scenarioId);
  runner.unschedule(scenarioId);
  await runner.whenIdle(scenarioId);
  let result: T;
  try {
    result = await change();
  } catch (error) {
    const stored = await ctx.services.store.getScenario(scenarioId).catch(() => null);
    if (wasScheduled && stored?.status === 'running') runner.schedule(scenarioId);
    throw error;
  }
  if (result.scenario.status === 'running') runner.schedule(scenarioId);
  return result;
}

async function characterNames(ctx: AccessContext, ecosystemId: Id): Promise<Map<Id, string>> {
  const characters = await ctx.services.store.listCharacters(ecosystemId);
  return new Map(characters.map((c) => [c.id, c.name]));
}
