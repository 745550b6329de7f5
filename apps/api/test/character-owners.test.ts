/**
 * The exchange's access check reads whose each character is once per node, then remembers it: an exchange
 * between known characters runs one statement fewer, and a character deleted on this node or on another
 * (two services over one database, as two API nodes) is answered `character_not_found` exactly as before.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../src/errors.ts';
import { appRouter } from '../src/router.ts';
import type { AppServices } from '../src/services.ts';
import { servicesOver } from '../testing/in-process.ts';
import { createCallerFactory } from '../src/trpc.ts';
import { openTestStore, type TestStore } from '../testing/stores.ts';
import { PRICKLY, WARM } from './fixtures.ts';

const createCaller = createCallerFactory(appRouter);
let opened: TestStore;
/** Two nodes over one database. */
let here: AppServices;
let there: AppServices;
const nodes: Array<() => Promise<void>> = [];

beforeAll(async () => {
  opened = await openTestStore();
  const node = async () => {
    const started = await servicesOver(opened.database, opened.store);
    nodes.push(started.close);
    return started.services;
  };
  here = await node();
  there = await node();
}, 120_000);

afterAll(async () => {
  for (const close of nodes) await close();
  await opened?.close();
});

async function world(count: number) {
  const user = { id: randomUUID(), email: `${randomUUID()}@example.com`, displayName: 'Director' };
  await opened.store.createUser({ ...user, passwordHash: 'x', createdAt: Date.now() });
  const [onHere, onThere] = [here, there].map((services) => createCaller({ services, user, authFailure: null }));
  const eco = await onThere!.ecosystems.create({ name: 'Harbour' });
  const characters = [];
  for (let i = 0; i < count; i++) {
    characters.push(
      await onThere!.characters.create({ ecosystemId: eco.id, name: `C${i}`, personality: i % 2 ? PRICKLY : WARM }),
    );
  }
  return { onHere: onHere!, onThere: onThere!, eco, ids: characters.map((c) => c.id) };
}

/** The app code of a refused call (an AppError is the TRPCError the caller throws). */
async function refusal(call: Promise<unknown>): Promise<string> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).appCode;
}

describe('character owners remembered per node', () => {
  it('an exchange between characters this node knows reads no owner, and runs one statement fewer', async () => {
    const { onHere, ids } = await world(6);
    const [a, b, c, d, e, f] = ids as [string, string, string, string, string, string];
    const asked: string[][] = [];
    const read = opened.store.characterOwners.bind(opened.store);
    opened.store.characterOwners = (wanted) => {
      asked.push([...wanted]);
      return read(wanted);
    };
    const counter = opened.database.statementsRun; // PGlite only: PostgreSQL's statements are not counted here
    const exchange = async (initiatorId: string, targetId: string) => {
      asked.length = 0;
      const before = counter?.() ?? 0;
      const result = await onHere.interactions.create({ initiatorId, targetId, type: 'chat', content: 'Hello.' });
      expect(result.success).toBe(true);
      return { statements: (counter?.() ?? 0) - before, asked: asked.flat().sort() };
    };
    try {
      await exchange(a, b); // this node's first exchange in the ecosystem: its settings are read too
      const unknown = await exchange(c, d);
      expect(unknown.asked).toEqual([c, d].sort());
      await exchange(e, f);
      const known = await exchange(a, c);
      expect(known.asked).toEqual([]);
      if (counter) expect(known.statements).toBe(unknown.statements - 1);
    } finally {
      opened.store.characterOwners = read;
    }
  });

  it('a character deleted on another node is answered character_not_found, as a missing one always was', async () => {
    const { onHere, onThere, ids } = await world(3);
    const [a, b, c] = ids as [string, string, string];
    expect((await onHere.interactions.create({ initiatorId: a, targetId: b, type: 'chat' })).success).toBe(true);
    await onThere.characters.delete({ id: b });
    expect(await refusal(onHere.interactions.create({ initiatorId: c, targetId: b, type: 'chat' }))).toBe(
      'character_not_found',
    );
    // Nothing was written for the refused exchange.
    expect(await onHere.relationships.byCharacter({ characterId: c })).toEqual([]);
  });

  it('a character or ecosystem deleted on this node is forgotten at once', async () => {
    const { onHere, eco, ids } = await world(4);
    const [a, b, c, d] = ids as [string, string, string, string];
    expect((await onHere.interactions.create({ initiatorId: a, targetId: b, type: 'chat' })).success).toBe(true);
    await onHere.characters.delete({ id: a });
    expect(await refusal(onHere.interactions.create({ initiatorId: a, targetId: c, type: 'chat' }))).toBe(
      'character_not_found',
    );
    expect((await onHere.interactions.create({ initiatorId: c, targetId: d, type: 'chat' })).success).toBe(true);
    await onHere.ecosystems.delete({ id: eco.id });
    expect(await refusal(onHere.interactions.create({ initiatorId: b, targetId: c, type: 'chat' }))).toBe(
      'character_not_found',
    );
  });
});
