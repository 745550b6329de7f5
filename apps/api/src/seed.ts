import { randomUUID } from 'node:crypto';
import {
  baselineMood,
  characterCreatedEvent,
  processInteraction,
  SCENARIO_LIMITS,
  startScenario,
  type Character,
  type Id,
} from '@ensemble/core';
import { count } from 'drizzle-orm';
import { AppError } from './errors.ts';
import { users } from './db/schema.ts';
import { commitWithEvents } from './routers/commit.ts';
import { DEMO_CAST, DEMO_OPENING_EXCHANGES, DEMO_SCENARIO } from './scenarios/demo-cast.ts';
import type { AppServices } from './services.ts';
import type { EcosystemRecord } from './store/app-store.ts';

/** The demo account, documented in the README: anyone running the demo locally signs in with it. */
export const DEMO_EMAIL = 'demo@ensemble.dev';
export const DEMO_PASSWORD = 'ensemble-demo';
export const DEMO_DISPLAY_NAME = 'Demo Director';
export const DEMO_ECOSYSTEM_NAME = 'Harbor Town';

/** Turns per minute of the demo scenario: one every 2.5 s, lively without flooding the feed. */
export const DEMO_SPEED = 24;
/** The demo scenario's seed: the same opening every time the demo is seeded. */
export const DEMO_SEED = 7;

export interface SeedResult {
  /** True when this call created the demo; false when it already existed or the store was in use. */
  seeded: boolean;
  email: string;
  password: string;
  /** The demo ecosystem, or null when the store has users but no demo account. */
  ecosystemId: Id | null;
  /** The demo's running (or latest) scenario, if any. */
  scenarioId: Id | null;
}

/**
 * Seeds the demo into an empty store (no users): the demo account, Harbor Town with its residents, a few
 * opening exchanges and a running scenario. On a store that already has users it creates nothing and
 * reports the existing demo, if there is one. The runner plays the scenario once started (or scheduled).
 */
export async function seedDemo(services: AppServices): Promise<SeedResult> {
  if ((await userCount(services)) > 0) return existingDemo(services);
  let userId: Id;
  try {
    const session = await services.auth.register({
      email: DEMO_EMAIL,
      password: DEMO_PASSWORD,
      displayName: DEMO_DISPLAY_NAME,
    });
    userId = session.user.id;
  } catch (error) {
    // Another process seeding the same store at the same moment won the race.
    if (error instanceof AppError && error.appCode === 'email_taken') return existingDemo(services);
    throw error;
  }
  const ecosystemId = await createEcosystem(services, userId);
  const characters = await createResidents(services, ecosystemId);
  await playOpeningExchanges(services, characters);
  const { scenario } = await startScenario(services.engineDeps(), {
    ...DEMO_SCENARIO,
    ecosystemId,
    participantIds: characters.map((c) => c.id),
    durationMinutes: SCENARIO_LIMITS.durationMinutesMax,
    speed: DEMO_SPEED,
    maxTurns: null,
    seed: DEMO_SEED,
  });
  return { seeded: true, email: DEMO_EMAIL, password: DEMO_PASSWORD, ecosystemId, scenarioId: scenario.id };
}

async function userCount(services: AppServices): Promise<number> {
  const [row] = await services.database.db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

async function existingDemo(services: AppServices): Promise<SeedResult> {
  const none: SeedResult = {
    seeded: false,
    email: DEMO_EMAIL,
    password: DEMO_PASSWORD,
    ecosystemId: null,
    scenarioId: null,
  };
  const user = await services.store.getUserByEmail(DEMO_EMAIL);
  if (user === null) return none;
  const ecosystems = await services.store.listEcosystems(user.id);
  const ecosystem = ecosystems.find((e) => e.name === DEMO_ECOSYSTEM_NAME) ?? ecosystems[0];
  if (ecosystem === undefined) return none;
  const scenarios = (await services.store.listScenarios(ecosystem.id)).sort((a, b) => b.startedAt - a.startedAt);
  const scenario = scenarios.find((s) => s.status === 'running') ?? scenarios[0];
  return { ...none, ecosystemId: ecosystem.id, scenarioId: scenario?.id ?? null };
}

async function createEcosystem(services: AppServices, ownerId: Id): Promise<Id> {
  const now = services.clock.now();
  const ecosystem: EcosystemRecord = {
    id: randomUUID(),
    ownerId,
    name: DEMO_ECOSYSTEM_NAME,
    description: 'A small fishing town on the night of its festival. Everyone knows everyone, except the stranger.',
    lastSeq: 0,
    createdAt: now,
    updatedAt: now,
  };
  await services.store.createEcosystem(ecosystem);
  return ecosystem.id;
}

async function createResidents(services: AppServices, ecosystemId: Id): Promise<Character[]> {
  const now = services.clock.now();
  const characters: Character[] = DEMO_CAST.map((c) => ({
    id: randomUUID(),
    ecosystemId,
    name: c.name,
    description: c.description,
    personality: { ...c.personality },
    mood: baselineMood(c.personality),
    lastEmotion: null,
    energy: 1,
    active: true,
    stateUpdatedAt: now,
    createdAt: now,
  }));
  await commitWithEvents(services, async (tx) => {
    for (const character of characters) await tx.saveCharacter(character);
    return { result: null, events: characters.map((c) => characterCreatedEvent(c, now)) };
  });
  return characters;
}

/** Real interactions through the engine, so relationships, moods and memories all start from something. */
async function playOpeningExchanges(services: AppServices, characters: readonly Character[]): Promise<void> {
  const byName = new Map(characters.map((c) => [c.name, c.id]));
  for (const exchange of DEMO_OPENING_EXCHANGES) {
    const initiatorId = byName.get(exchange.from);
    const targetId = byName.get(exchange.to);
    if (initiatorId === undefined || targetId === undefined) continue;
    await processInteraction(services.engineDeps(), {
      initiatorId,
      targetId,
      type: exchange.type,
      content: exchange.content,
    });
  }
}
