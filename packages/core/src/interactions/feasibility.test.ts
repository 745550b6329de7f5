import { describe, expect, it } from 'vitest';
import { ENERGY_THRESHOLD } from '../affect/index.ts';
import { newRelationship } from '../relationships/index.ts';
import { PAIR_COOLDOWN_MS, checkFeasibility } from './feasibility.ts';
import { processInteraction } from './process.ts';
import type { InteractionRequest } from './process.ts';
import { ECO, START, character, countingWrites, seed, snapshot, testDeps } from './test-support.ts';

const none = { forward: null, reverse: null };
const ada = character('ada', 'Ada');
const bo = character('bo', 'Bo');

describe('checkFeasibility', () => {
  it('allows two active, rested characters of one ecosystem who have not just spoken', () => {
    expect(checkFeasibility(ada, bo, START, none)).toEqual({ ok: true });
  });

  it.each([
    ['initiator missing', null, bo],
    ['target missing', ada, null],
    ['both missing', null, null],
  ] as const)('refuses with not_found when the %s', (_, initiator, target) => {
    expect(checkFeasibility(initiator, target, START, none)).toMatchObject({ ok: false, reason: 'not_found' });
  });

  it('refuses same_character when a character addresses itself', () => {
    expect(checkFeasibility(ada, { ...ada }, START, none)).toMatchObject({ ok: false, reason: 'same_character' });
  });

  it('refuses different_ecosystem across ecosystems', () => {
    const stranger = character('cy', 'Cy', { ecosystemId: 'elsewhere' });
    expect(checkFeasibility(ada, stranger, START, none)).toMatchObject({ ok: false, reason: 'different_ecosystem' });
  });

  it('refuses inactive when either side is inactive, naming who', () => {
    const sleeping = { ...bo, active: false };
    const asTarget = checkFeasibility(ada, sleeping, START, none);
    const asInitiator = checkFeasibility(sleeping, ada, START, none);
    expect(asTarget).toMatchObject({ ok: false, reason: 'inactive' });
    expect(asInitiator).toMatchObject({ ok: false, reason: 'inactive' });
    expect(asTarget.ok === false && asTarget.message).toContain('Bo');
  });

  it('refuses tired when the initiator is below the energy threshold, but not when only the target is', () => {
    const exhausted = { ...ada, energy: ENERGY_THRESHOLD - 0.01 };
    expect(checkFeasibility(exhausted, bo, START, none)).toMatchObject({ ok: false, reason: 'tired' });
    expect(checkFeasibility(bo, exhausted, START, none)).toEqual({ ok: true });
    expect(checkFeasibility({ ...ada, energy: ENERGY_THRESHOLD }, bo, START, none)).toEqual({ ok: true });
  });

  it("refuses cooldown within PAIR_COOLDOWN_MS of the pair's last exchange, in either direction", () => {
    const talked = { ...newRelationship(ECO, 'bo', 'ada'), lastInteractionAt: START };
    const justAfter = START + PAIR_COOLDOWN_MS - 1;
    expect(checkFeasibility(ada, bo, justAfter, { forward: null, reverse: talked })).toMatchObject({
      ok: false,
      reason: 'cooldown',
    });
    expect(checkFeasibility(bo, ada, justAfter, { forward: talked, reverse: null })).toMatchObject({
      ok: false,
      reason: 'cooldown',
    });
    expect(checkFeasibility(ada, bo, START + PAIR_COOLDOWN_MS, { forward: null, reverse: talked })).toEqual({
      ok: true,
    });
  });
});

describe('processInteraction refusals', () => {
  async function refusedWithoutWrites(
    request: InteractionRequest,
    prepare?: (deps: ReturnType<typeof testDeps>) => Promise<void>,
  ) {
    const setup = testDeps();
    await seed(
      setup.store,
      ada,
      bo,
      character('cy', 'Cy', { ecosystemId: 'elsewhere' }),
      character('zed', 'Zed', { active: false }),
      character('tired', 'Tia', { energy: 0.05 }),
    );
    await prepare?.(setup);
    const before = await snapshot(setup.store);
    const counting = countingWrites(setup.store);
    const result = await processInteraction({ ...setup.deps, store: counting.store }, request);
    expect(counting.writes).toEqual([]);
    expect(await snapshot(setup.store)).toEqual(before);
    return result;
  }

  it.each([
    ['not_found', { initiatorId: 'ada', targetId: 'ghost' }],
    ['same_character', { initiatorId: 'ada', targetId: 'ada' }],
    ['different_ecosystem', { initiatorId: 'ada', targetId: 'cy' }],
    ['inactive', { initiatorId: 'ada', targetId: 'zed' }],
    ['tired', { initiatorId: 'tired', targetId: 'ada' }],
  ] as const)('returns %s and writes nothing, not even an event', async (reason, ids) => {
    const result = await refusedWithoutWrites({ ...ids, type: 'chat', content: 'Hello there' });
    expect(result).toMatchObject({ success: false, reason, message: expect.any(String) });
  });

  it('returns cooldown right after the pair spoke, and writes nothing more', async () => {
    const result = await refusedWithoutWrites(
      { initiatorId: 'bo', targetId: 'ada', type: 'chat' },
      async ({ deps, clock }) => {
        const first = await processInteraction(deps, {
          initiatorId: 'ada',
          targetId: 'bo',
          type: 'greeting',
          content: 'Hi Bo',
        });
        expect(first.success).toBe(true);
        clock.advance(PAIR_COOLDOWN_MS / 2);
      },
    );
    expect(result).toMatchObject({ success: false, reason: 'cooldown' });
  });

  it('rejects an unknown interaction type with an EngineError', async () => {
    const { deps, store } = testDeps();
    await seed(store, ada, bo);
    await expect(
      processInteraction(deps, { initiatorId: 'ada', targetId: 'bo', type: 'dance' as never }),
    ).rejects.toMatchObject({ code: 'invalid_interaction_type' });
  });
});
