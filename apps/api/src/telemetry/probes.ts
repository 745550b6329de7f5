import type { Redis } from 'ioredis';
import type { Database } from '../db/database.ts';
import type { EventBus } from '../realtime/event-bus.ts';
import type { MetricsProbes } from './metrics.ts';

interface PoolLike {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** Reads the database pool and the Redis connections' states at scrape time. */
export function metricsProbes(database: Database, redis: Redis | null, bus: EventBus): MetricsProbes {
  // drizzle keeps the node-postgres pool it was built on as `$client`.
  const pool =
    database.kind === 'postgres' ? ((database.db as unknown as { $client?: PoolLike }).$client ?? null) : null;
  // The Redis bus keeps its two connections private; their status is read, never used.
  const busConnections = bus as unknown as { publisher?: { status?: string }; subscriber?: { status?: string } };
  return {
    dbPool: () => (pool === null ? null : { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    redis: () => {
      const states: Record<string, boolean> = {};
      if (redis !== null) states['command'] = redis.status === 'ready';
      if (busConnections.publisher?.status !== undefined)
        states['bus_publisher'] = busConnections.publisher.status === 'ready';
      if (busConnections.subscriber?.status !== undefined)
        states['bus_subscriber'] = busConnections.subscriber.status === 'ready';
      return states;
    },
  };
}
