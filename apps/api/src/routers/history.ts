import { type PAD, type ReplayState } from '@ensemble/core';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { assertEcosystemAccess } from '../auth/access.ts';
import { AppError } from '../errors.ts';
import { forkEcosystem } from '../history/fork.ts';
import { stateAtSeq } from '../history/replay.ts';
import { authedProcedure } from '../trpc.ts';
import { forkInput } from './fork-input.ts';
import { idSchema } from './inputs.ts';

/** The past of an ecosystem, rebuilt from its event log. */
export const historyRouter = {
  /**
   * The state after event `atSeq`, or after the last event at or before time `at`; the present when neither
   * is given. Characters (mood, emotion, energy, traits) and relationships, sorted by id.
   */
  state: authedProcedure
    .input(
      z.strictObject({
        ecosystemId: idSchema,
        atSeq: z.number().int().min(0).optional().describe('A seq of the ecosystem (0: before the first event).'),
        at: z.iso
          .datetime({ offset: true })
          .optional()
          .describe('An ISO-8601 time: the state after the last event at or before it.'),
      }),
    )
    .query(async ({ ctx, input }) => {
      const ecosystem = await assertEcosystemAccess(ctx, input.ecosystemId, 'read');
      if (input.atSeq !== undefined && input.at !== undefined) {
        throw new AppError('BAD_REQUEST', 'invalid_input', 'Give at_seq or at, not both.');
      }
      const lastSeq = (await ctx.services.store.lastSeqs([ecosystem.id])).get(ecosystem.id) ?? ecosystem.lastSeq;
      if (input.atSeq !== undefined && input.atSeq > lastSeq) {
        throw new AppError(
          'BAD_REQUEST',
          'seq_out_of_range',
          `The ecosystem's newest event is seq ${lastSeq}; at_seq ${input.atSeq} is after it.`,
        );
      }
      const seq =
        input.atSeq ??
        (input.at !== undefined ? await ctx.services.store.seqAtTime(ecosystem.id, Date.parse(input.at)) : lastSeq);
      const { state, fromSnapshotSeq, eventsReplayed } = await stateAtSeq(
        ctx.services.store,
        ecosystem.id,
        seq,
        ctx.services.clock.now(),
      );
      const byId = <T>(record: Record<string, T>) =>
        Object.keys(record)
          .sort()
          .map((key) => record[key]!);
      return {
        ecosystemId: ecosystem.id,
        seq: state.seq,
        at: state.at,
        lastSeq,
        characters: byId(state.characters),
        relationships: byId(state.relationships),
        fromSnapshotSeq,
        eventsReplayed,
      };
    }),

  /**
   * A new ecosystem (a branch) as this one was after event `atSeq` (default: now), optionally with a change
   * (traits, a relationship, a scenario to start): see history/fork.ts. A started scenario is scheduled.
   */
  fork: authedProcedure.input(forkInput).mutation(async ({ ctx, input }) => {
    const parent = await assertEcosystemAccess(ctx, input.ecosystemId, 'write');
    const { startedScenario, ...result } = await forkEcosystem(ctx.services.store, ctx.services.engineDeps(), parent, {
      ...(input.atSeq !== undefined ? { atSeq: input.atSeq } : {}),
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.change ? { change: input.change } : {}),
    });
    if (startedScenario) ctx.services.scenarios.schedule(startedScenario.id);
    return { ...result, scenarioId: startedScenario?.id ?? null };
  }),

  /**
   * Two ecosystems (typically a branch and its parent) side by side at given seqs (default: now): characters
   * matched by name with their moods, relationships matched by the two names, each with its difference, the
   * largest first. A character or relationship only on one side has the other side null (difference: its size).
   */
  compare: authedProcedure
    .input(
      z.strictObject({
        ecosystemId: idSchema,
        otherId: idSchema,
        atSeq: z.number().int().min(0).optional(),
        otherAtSeq: z.number().int().min(0).optional(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const sides = await Promise.all(
        [
          [input.ecosystemId, input.atSeq],
          [input.otherId, input.otherAtSeq],
        ].map(async ([id, at]) => {
          const ecosystem = await assertEcosystemAccess(ctx, id as string, 'read');
          const lastSeq = (await ctx.services.store.lastSeqs([ecosystem.id])).get(ecosystem.id) ?? 0;
          const seq = (at as number | undefined) ?? lastSeq;
          if (seq > lastSeq) {
            throw new AppError(
              'BAD_REQUEST',
              'seq_out_of_range',
              `Ecosystem ${ecosystem.id} has events up to seq ${lastSeq}.`,
            );
          }
          return (await stateAtSeq(ctx.services.store, ecosystem.id, seq, ctx.services.clock.now())).state;
        }),
      );
      const [a, b] = sides as [ReplayState, ReplayState];
      const byName = (s: ReplayState) => new Map(Object.values(s.characters).map((c) => [c.name, c]));
      const ca = byName(a);
      const cb = byName(b);
      const moodDistance = (x: PAD, y: PAD) =>
        Math.hypot(x.pleasure - y.pleasure, x.arousal - y.arousal, x.dominance - y.dominance);
      const names = [...new Set([...ca.keys(), ...cb.keys()])];
      const characters = names
        .map((name) => {
          const x = ca.get(name) ?? null;
          const y = cb.get(name) ?? null;
          const difference = x && y ? moodDistance(x.mood, y.mood) + Math.abs(x.energy - y.energy) : 1;
          return {
            name,
            a: x && { mood: x.mood, emotion: x.emotion, energy: x.energy },
            b: y && { mood: y.mood, emotion: y.emotion, energy: y.energy },
            difference,
          };
        })
        .sort((p, q) => q.difference - p.difference || p.name.localeCompare(q.name));
      const ties = (s: ReplayState) => {
        const name = (id: string) => s.characters[id]?.name ?? id;
        return new Map(Object.values(s.relationships).map((r) => [`${name(r.fromId)}\u0000${name(r.toId)}`, r]));
      };
      const ra = ties(a);
      const rb = ties(b);
      const relationships = [...new Set([...ra.keys(), ...rb.keys()])]
        .map((key) => {
          const [from = '', to = ''] = key.split('\u0000');
          const x = ra.get(key) ?? null;
          const y = rb.get(key) ?? null;
          const view = (r: typeof x) => r && { strength: r.strength, trust: r.trust, label: r.label };
          const difference =
            Math.abs((x?.strength ?? 0) - (y?.strength ?? 0)) + Math.abs((x?.trust ?? 0) - (y?.trust ?? 0));
          return { from, to, a: view(x), b: view(y), difference };
        })
        .sort((p, q) => q.difference - p.difference || `${p.from}${p.to}`.localeCompare(`${q.from}${q.to}`));
      return {
        a: { ecosystemId: input.ecosystemId, seq: a.seq },
        b: { ecosystemId: input.otherId, seq: b.seq },
        characters,
        relationships,
      };
    }),
} satisfies TRPCRouterRecord;
