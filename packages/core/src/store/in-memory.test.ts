import { describe, expect, it } from 'vitest';
import type { EngineStore } from '../ports/index.ts';
import { describeEngineStoreContract } from '../../testing/engine-store.contract.ts';
import { sampleCharacter, sampleDraft } from '../../testing/contract-fixtures.ts';
import { InMemoryStore } from './in-memory.ts';

describeEngineStoreContract('in-memory', async () => ({
  store: new InMemoryStore(),
  ecosystemId: 'eco-main',
  otherEcosystemId: 'eco-other',
}));

describe('InMemoryStore specifics', () => {
  it("keeps a transaction's writes invisible to outside readers until it commits", async () => {
    const store = new InMemoryStore();
    const c = sampleCharacter('eco');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const running = store.transaction(async (tx) => {
      await tx.saveCharacter(c);
      await tx.appendEvents([sampleDraft('eco')]);
      await gate;
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await store.getCharacter(c.id)).toBeNull();
    expect(await store.listEvents('eco', 0, 10)).toEqual([]);
    release();
    await running;
    expect(await store.getCharacter(c.id)).toEqual(c);
    expect(await store.listEvents('eco', 0, 10)).toHaveLength(1);
  });

  it('refuses use of a transaction handle after the transaction finished', async () => {
    const store = new InMemoryStore();
    let leaked!: EngineStore;
    await store.transaction(async (tx) => {
      leaked = tx;
    });
    await expect(leaked.saveCharacter(sampleCharacter('eco'))).rejects.toThrow(/already finished/);
  });

  it('takes event ids from the supplied generator', async () => {
    let n = 0;
    const store = new InMemoryStore({ eventIds: { next: () => `evt-${++n}` } });
    const events = await store.appendEvents([sampleDraft('a'), sampleDraft('b')]);
    expect(events.map((e) => e.id)).toEqual(['evt-1', 'evt-2']);
  });

  it('hands out events deep-frozen: they cannot be changed, and the log stays as appended', async () => {
    const store = new InMemoryStore();
    const draft = sampleDraft('eco', 'kept');
    const [event] = await store.appendEvents([draft]);
    (draft.data.participants as string[]).push('changed after append');
    expect(() => {
      event!.data.marker = 'changed';
    }).toThrow(TypeError);
    expect(() => (event!.data.participants as string[]).push('z')).toThrow(TypeError);
    const [stored] = await store.listEvents('eco', 0, 1);
    expect(stored!.data.marker).toBe('kept');
    expect(stored!.data.participants).toEqual(['a', 'b']);
  });
});
