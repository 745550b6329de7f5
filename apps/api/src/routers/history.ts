import { randomUUID } from 'node:crypto';
import {
  characterCreatedEvent,
  relationshipChangedEvent,
  type Character,
  type EventDraft,
  type Memory,
  type PAD,
  type Relationship,
  type ReplayState,
} from '@ensemble/core';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { assertEcosystemAccess } from '../auth/access.ts';
import { AppError } from '../errors.ts';
import { stateAtSeq } from '../history/replay.ts';
import { authedProcedure } from '../trpc.ts';
import { commitWithEvents } from './commit.ts';
import { idSchema, nameSchema } from './inputs.ts';
import type { EcosystemRecord } from '../store/app-store.ts';

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
   * A new ecosystem (a branch) as this one was after event `atSeq` (default: now): its characters with their
   * traits, mood, emotion and energy then, the relationships then, the memories formed by then, and the
   * documents. New ids; the branch records its parent and fork seq, and its own log starts with a
   * character_created per character and a relationship_changed per relationship, so it replays too.
   */
  fork: authedProcedure
    .input(
      z.strictObject({
        ecosystemId: idSchema,
        atSeq: z.number().int().min(0).optional().describe('Fork after this seq (default: the newest).'),
        name: nameSchema.optional().describe('Default: "<parent name> (branch at <seq>)".'),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const parent = await assertEcosystemAccess(ctx, input.ecosystemId, 'write');
      const store = ctx.services.store;
      const lastSeq = (await store.lastSeqs([parent.id])).get(parent.id) ?? parent.lastSeq;
      const seq = input.atSeq ?? lastSeq;
      if (seq > lastSeq) {
        throw new AppError(
          'BAD_REQUEST',
          'seq_out_of_range',
          `The ecosystem's newest event is seq ${lastSeq}; at_seq ${seq} is after it.`,
        );
      }
      const now = ctx.services.clock.now();
      const { state } = await stateAtSeq(store, parent.id, seq, now);
      const forkTime = state.at === null ? Number.NEGATIVE_INFINITY : Date.parse(state.at);
      const current = new Map((await store.listCharacters(parent.id)).map((c) => [c.id, c]));
      const branch: EcosystemRecord = {
        id: randomUUID(),
        ownerId: parent.ownerId,
        name: input.name ?? `${parent.name} (branch at ${seq})`.slice(0, 80),
        description: parent.description,
        lastSeq: 0,
        ...(parent.dialogue ? { dialogue: parent.dialogue } : {}),
        personalityDrift: parent.personalityDrift ?? true,
        parent: { id: parent.id, seq },
        createdAt: now,
        updatedAt: now,
      };
      const newId = new Map(Object.keys(state.characters).map((id) => [id, randomUUID()]));
      const characters: Character[] = Object.values(state.characters).map((c) => ({
        id: newId.get(c.id)!,
        ecosystemId: branch.id,
        name: c.name,
        description: current.get(c.id)?.description ?? '',
        personality: { ...c.personality },
        mood: { ...c.mood },
        lastEmotion:
          c.emotion === null ? null : { name: c.emotion, intensity: current.get(c.id)?.lastEmotion?.intensity ?? 0.5 },
        energy: c.energy,
        active: c.active,
        stateUpdatedAt: now,
        createdAt: now,
      }));
      const relationships: Relationship[] = Object.values(state.relationships).map((r) => ({
        ecosystemId: branch.id,
        fromId: newId.get(r.fromId)!,
        toId: newId.get(r.toId)!,
        strength: r.strength,
        trust: r.trust,
        interactionCount: r.interactionCount,
        lastInteractionAt: null,
        label: r.label,
      }));
      const memories: Memory[] = [];
      for (const [oldId, id] of newId) {
        for (const m of await store.listMemories(oldId, 10_000)) {
          if (m.createdAt > forkTime) continue;
          memories.push({
            ...m,
            id: randomUUID(),
            ecosystemId: branch.id,
            characterId: id,
            aboutId: m.aboutId === null ? null : (newId.get(m.aboutId) ?? null),
          });
        }
      }
      const documents = await store.listDocuments(parent.id);
      await commitWithEvents(ctx.services, async (tx) => {
        await tx.createEcosystem(branch);
        for (const c of characters) await tx.saveCharacter(c);
        await tx.saveRelationships(relationships);
        await tx.addMemories(memories);
        for (const d of documents) await tx.createDocument({ ...d, id: randomUUID(), ecosystemId: branch.id });
        const events: EventDraft[] = [
          ...characters.map((c) => characterCreatedEvent(c, now)),
          ...relationships.map((r) =>
            relationshipChangedEvent(
              r,
              {
                fromId: r.fromId,
                toId: r.toId,
                strengthDelta: 0,
                trustDelta: 0,
                newStrength: r.strength,
                newTrust: r.trust,
                label: r.label,
              },
              null,
              now,
            ),
          ),
        ];
        return { result: null, events };
      });
      return {
        ecosystem: (await store.getEcosystem(branch.id))!,
        characterIds: Object.fromEntries(newId),
        memories: memories.length,
        documents: documents.length,
      };
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
