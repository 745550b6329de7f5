/**
 * What readiness checks, one row per dependency. A row applies only when its dependency is configured;
 * add a row here for a new dependency (an embedder, a second store) and /health/ready names it.
 */
import { sql } from 'drizzle-orm';
import type { AppServices } from '../services.ts';

export interface ReadinessCheck {
  /** The key in `/health/ready`'s `checks`. */
  name: string;
  /** 'required': the node cannot serve without it (503); 'optional': it serves, degraded. */
  need: 'required' | 'optional';
  /** Whether the dependency is configured for these services (a check that does not apply is left out). */
  applies(services: AppServices): boolean;
  /** Resolves when the dependency answers; throws (or hangs past the timeout) when it does not. */
  probe(services: AppServices): Promise<void>;
}

export const READINESS_CHECKS: readonly ReadinessCheck[] = [
  {
    name: 'database',
    need: 'required',
    applies: () => true,
    probe: async (services) => {
      await services.database.db.execute(sql`select 1`);
    },
  },
  {
    name: 'redis',
    need: 'optional',
    applies: (services) => services.redis !== null,
    probe: async (services) => {
      await services.redis!.ping();
    },
  },
  {
    name: 'neo4j',
    need: 'optional',
    applies: (services) => services.graph.shared,
    probe: (services) => services.graph.ping(),
  },
  {
    // An OpenAI-compatible server lists its models at GET /models; any answer below 500 means it is up.
    name: 'language_model',
    need: 'optional',
    applies: (services) => services.config.llmBaseUrl !== null,
    probe: async (services) => {
      // An open circuit breaker means lines come from the templates for now, whatever /models says.
      if (services.llm?.breaker.open === true) throw new Error('language model circuit breaker open');
      const response = await fetch(`${services.config.llmBaseUrl!.replace(/\/+$/, '')}/models`, {
        signal: AbortSignal.timeout(READINESS_TIMEOUT_MS),
      });
      await response.body?.cancel();
      if (response.status >= 500) throw new Error(`language model answered ${response.status}`);
    },
  },
  {
    // The local model loads (once), or the OpenAI-compatible endpoint answers; without it lore is
    // searchable by text only and new passages wait for their vectors.
    name: 'embedder',
    need: 'optional',
    applies: (services) => services.lore.embedder !== null,
    probe: (services) => services.lore.embedder!.ping(),
  },
];

/** A dependency that does not answer within this time counts as down: a readiness probe must not hang. */
export const READINESS_TIMEOUT_MS = 2000;
