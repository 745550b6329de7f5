/**
 * The real run of an operation whose lines a language model wrote beforehand (dialogue/replay.ts), on the
 * real store: the memories the dry run recalled for the lines are handed back, but what decides state — a
 * direct exchange's memories since the last reflection — is read afresh inside the transaction.
 */
import { recallAsk, reflectionAsk } from '@ensemble/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../testing/stores.ts';
import { sampleCharacter, sampleEcosystem, sampleMemory, sampleUser, T0 } from '../store/contract/fixtures.ts';
import { dryRunStore, type RecalledMemories, type UnchangedReads } from './dry-run-store.ts';
import { ReplayedLines, markingSources } from './replay.ts';

let opened: TestStore;

beforeAll(async () => {
  opened = await openTestStore();
}, 120_000);

afterAll(async () => {
  await opened?.close();
});

describe('replaying a prepared exchange', () => {
  it('reads the memories since the last reflection afresh, and takes the dry run’s memories for the lines', async () => {
    const store = opened.store;
    const user = sampleUser();
    await store.createUser(user);
    const eco = sampleEcosystem(user.id);
    await store.createEcosystem(eco);
    const mara = sampleCharacter(eco.id, { name: 'Mara' });
    const bram = sampleCharacter(eco.id, { name: 'Bram' });
    await store.saveCharacter(mara);
    await store.saveCharacter(bram);
    // Five strongly felt memories: with one more, Mara may reflect, so her reflection ask reads them.
    await store.addMemories(
      [1, 2, 3, 4, 5].map((i) =>
        sampleMemory(eco.id, mara.id, bram.id, { content: 'Bram shouted at me', importance: 1, createdAt: T0 + i }),
      ),
    );
    const asks = [
      recallAsk(mara.id, bram.id),
      recallAsk(bram.id, mara.id),
      reflectionAsk(mara.id),
      reflectionAsk(bram.id),
    ];

    // The dry run (before the transaction) recalls; then another exchange commits a memory of Mara's.
    const recalled: RecalledMemories = new Map();
    const before = await dryRunStore(store, recalled).loadExchange!(mara.id, bram.id, asks);
    const later = sampleMemory(eco.id, mara.id, bram.id, {
      content: 'Bram shouted again',
      importance: 1,
      createdAt: T0 + 1000,
    });
    await store.addMemories([later]);

    const replaying = markingSources(store, new ReplayedLines([]), recalled);
    const reads = await replaying.transaction((tx) => tx.loadExchange!(mara.id, bram.id, asks));
    expect(reads.characters.size).toBe(2);
    // The lines' memories are the dry run's (the lines were written from them)...
    expect(reads.memories[0]).toEqual(before.memories[0]);
    expect(reads.memories[1]).toEqual(before.memories[1]);
    // ...but whether Mara should reflect is judged on what has committed, the newer memory first.
    expect(before.memories[2]).toHaveLength(5);
    expect(reads.memories[2]!.map((m) => m.content)).toEqual([
      'Bram shouted again',
      ...Array(5).fill('Bram shouted at me'),
    ]);
    // Bram's few memories could not add up to a reflection with one more: nothing is read for him.
    expect(reads.memories[3]).toEqual([]);

    // The same through recallMemories (a store without loadExchange).
    const recalledAgain: RecalledMemories = new Map();
    const dry = await dryRunStore(store, recalledAgain).recallMemories(asks);
    await store.addMemories([
      sampleMemory(eco.id, mara.id, bram.id, { content: 'Bram slammed the door', createdAt: T0 + 2000 }),
    ]);
    const replayed = await markingSources(store, new ReplayedLines([]), recalledAgain).recallMemories(asks);
    expect(replayed[0]).toEqual(dry[0]);
    expect(replayed[2]![0]!.content).toBe('Bram slammed the door');
    expect(dry[2]![0]!.content).toBe('Bram shouted again');

    // After a reflection, only what came since counts: too little, so the ask reads nothing.
    await store.addMemories([
      sampleMemory(eco.id, mara.id, bram.id, { kind: 'reflection', importance: 1, createdAt: T0 + 3000 }),
      sampleMemory(eco.id, mara.id, bram.id, { importance: 1, createdAt: T0 + 4000 }),
    ]);
    expect(await store.recallMemories([reflectionAsk(mara.id)])).toEqual([[]]);
  });

  it('takes the dry run’s exchange whole when nothing ran on the database since (PGlite), and reads again after any statement', async () => {
    const store = opened.store;
    const user = sampleUser();
    await store.createUser(user);
    const eco = sampleEcosystem(user.id);
    await store.createEcosystem(eco);
    const mara = sampleCharacter(eco.id, { name: 'Mara', energy: 0.9 });
    const bram = sampleCharacter(eco.id, { name: 'Bram' });
    await store.saveCharacter(mara);
    await store.saveCharacter(bram);
    await store.addMemories([sampleMemory(eco.id, mara.id, bram.id, { content: 'Bram waved', createdAt: T0 + 1 })]);
    const asks = [
      recallAsk(mara.id, bram.id),
      recallAsk(bram.id, mara.id),
      reflectionAsk(mara.id),
      reflectionAsk(bram.id),
    ];
    const pglite = opened.kind === 'pglite';

    /** A dry run's read, then the real run's in a transaction: what it returned and the statements it ran. */
    const exchange = async (between: () => Promise<unknown>) => {
      const recalled: RecalledMemories = new Map();
      const unchanged: UnchangedReads = new Map();
      const dry = await dryRunStore(store, recalled, undefined, unchanged).loadExchange!(mara.id, bram.id, asks);
      // Only a store that sees every statement (PGlite) can vouch for the moment of its read.
      expect(unchanged.size).toBe(pglite ? 1 : 0);
      await between();
      const replaying = markingSources(store, new ReplayedLines([]), recalled, unchanged);
      return replaying.transaction(async (tx) => {
        const before = tx.statementsRun();
        const reads = await tx.loadExchange!(mara.id, bram.id, asks);
        const after = tx.statementsRun();
        return { dry, reads, ran: before === null || after === null ? null : after - before };
      });
    };

    // Nothing in between: on PGlite the transaction reads nothing and gets what the dry run read.
    const quiet = await exchange(async () => {});
    expect(quiet.reads).toEqual(quiet.dry);
    expect(quiet.reads.characters.get(mara.id)!.energy).toBe(0.9);
    expect(quiet.ran).toBe(pglite ? 0 : null);

    // A write in between (Mara tired out by another exchange) is seen: the transaction reads again.
    const written = await exchange(() => store.saveCharacter({ ...mara, energy: 0.1 }));
    expect(written.dry.characters.get(mara.id)!.energy).toBe(0.9);
    expect(written.reads.characters.get(mara.id)!.energy).toBe(0.1);
    expect(written.ran).toBe(pglite ? 1 : null);

    // So is a memory written in between, in every ask (the lines' own come from the dry run's recall).
    const remembered = await exchange(() =>
      store.addMemories([sampleMemory(eco.id, bram.id, mara.id, { content: 'Mara laughed', createdAt: T0 + 2 })]),
    );
    expect(remembered.dry.memories[1]!.map((m) => m.content)).not.toContain('Mara laughed');
    expect(remembered.ran).toBe(pglite ? 1 : null);

    // Any statement at all in between, even a read, and the transaction reads again: only "nothing ran" is proof.
    const read = await exchange(() => store.getCharacter(bram.id));
    expect(read.reads).toEqual(read.dry);
    expect(read.ran).toBe(pglite ? 1 : null);
  });
});
