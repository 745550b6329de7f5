import type {
  GraphCharacter,
  GraphNeighbour,
  Id,
  NeighbourFilter,
  Relationship,
  RelationshipLabel,
  SocialGraph,
} from '@ensemble/core';
import neo4j, { type AuthToken, type Driver, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import type { GraphProgress } from '../../graph/graph-progress.ts';
import { FRIEND_MIN_STRENGTH, storedNumber } from '../../graph/rules.ts';
import {
  CLEAR_ECOSYSTEM,
  MOST_CONNECTED,
  MUTUAL_FRIENDS,
  neighboursQuery,
  READ_PROGRESS,
  REMOVE_CHARACTER,
  REMOVE_PROGRESS,
  SCHEMA,
  shortestPathQuery,
  UPSERT_CHARACTER,
  UPSERT_RELATIONSHIP,
  WRITE_PROGRESS,
} from './cypher.ts';
import { integerParam, nullableNumberFrom, numberFrom, textFrom } from './neo4j-values.ts';

/** How to reach Neo4j. */
export interface Neo4jGraphOptions {
  /** Database name. @default the server's default database */
  database?: string;
  /** @internal The `CREATE … IF NOT EXISTS` statements run on connect. @default SCHEMA */
  schema?: readonly string[];
}

/**
 * The social graph on Neo4j, shared by every API node (DESIGN.md §6). Queries are the same contract
 * as the in-process graph; every call uses its own session, closed before it returns.
 */
export class Neo4jSocialGraph implements SocialGraph {
  private constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {}

  /** How far this graph has followed each ecosystem's event log, stored in Neo4j so every API node shares it. */
  readonly progress: GraphProgress = {
    read: async (ecosystemId) => {
      const [record] = await this.read((tx) => tx.run(READ_PROGRESS, { ecosystemId }));
      return record === undefined ? null : nullableNumberFrom(record.get('seq'));
    },
    write: async (ecosystemId, seq) => {
      await this.write((tx) => tx.run(WRITE_PROGRESS, { ecosystemId, seq: integerParam(seq) }));
    },
    remove: async (ecosystemId) => {
      await this.write((tx) => tx.run(REMOVE_PROGRESS, { ecosystemId }));
    },
  };

  /**
   * Connects to `url` (bolt:// or neo4j://; credentials, if any, in the URL's user info, otherwise no
   * auth), checks the server answers and creates the uniqueness constraint and ecosystem index.
   */
  static async connect(url: string, options: Neo4jGraphOptions = {}): Promise<Neo4jSocialGraph> {
    const { address, auth } = splitCredentials(url);
    const driver = neo4j.driver(address, auth);
    try {
      await driver.verifyConnectivity(options.database === undefined ? {} : { database: options.database });
      const graph = new Neo4jSocialGraph(driver, options.database);
      for (const statement of options.schema ?? SCHEMA) await graph.createSchema(statement);
      return graph;
    } catch (error) {
      await driver.close();
      throw error;
    }
  }

  /**
   * Runs one `CREATE … IF NOT EXISTS`. When several API nodes start at once on a fresh database, the
   * check and the creation are not atomic: every node but one is told an equivalent rule already
   * exists, which is the state it asked for.
   */
  private async createSchema(statement: string): Promise<void> {
    try {
      await this.write((tx) => tx.run(statement));
    } catch (error) {
      if (!isSchemaAlreadyThere(error)) throw error;
    }
  }

  async upsertCharacter(node: GraphCharacter): Promise<void> {
    await this.write((tx) => tx.run(UPSERT_CHARACTER, { ...node }));
  }

  async removeCharacter(id: Id): Promise<void> {
    await this.write((tx) => tx.run(REMOVE_CHARACTER, { id }));
  }

  async upsertRelationship(r: Relationship): Promise<void> {
    if (r.fromId === r.toId) return;
    await this.write((tx) =>
      tx.run(UPSERT_RELATIONSHIP, {
        ecosystemId: r.ecosystemId,
        fromId: r.fromId,
        toId: r.toId,
        strength: storedNumber(r.strength),
        trust: storedNumber(r.trust),
        interactionCount: integerParam(r.interactionCount),
        label: r.label,
        lastInteractionAt: r.lastInteractionAt === null ? null : integerParam(r.lastInteractionAt),
      }),
    );
  }

  async neighbours(characterId: Id, filter: NeighbourFilter = {}): Promise<GraphNeighbour[]> {
    const limited = filter.limit !== undefined;
    const limit = Math.max(0, Math.floor(filter.limit ?? 0));
    if (limited && limit === 0) return [];
    const records = await this.read((tx) =>
      tx.run(neighboursQuery(limited), {
        id: characterId,
        direction: filter.direction ?? 'both',
        minStrength: filter.minStrength ?? null,
        maxStrength: filter.maxStrength ?? null,
        minTrust: filter.minTrust ?? null,
        labels: filter.labels ?? null,
        limit: integerParam(limit),
      }),
    );
    return records.map(neighbourFrom);
  }

  async shortestPath(fromId: Id, toId: Id, options: { minStrength?: number } = {}): Promise<Id[] | null> {
    // Neo4j refuses shortestPath between a node and itself, so that case is answered here.
    if (fromId === toId) return (await this.exists(fromId)) ? [fromId] : null;
    const strict = options.minStrength === undefined;
    const records = await this.read((tx) =>
      tx.run(shortestPathQuery(strict), {
        fromId,
        toId,
        minStrength: options.minStrength ?? 0,
      }),
    );
    const first = records[0];
    return first === undefined ? null : (first.get('ids') as Id[]);
  }

  async mutualFriends(aId: Id, bId: Id, options: { minStrength?: number } = {}): Promise<Id[]> {
    const records = await this.read((tx) =>
      tx.run(MUTUAL_FRIENDS, {
        aId,
        bId,
        minStrength: options.minStrength ?? FRIEND_MIN_STRENGTH,
      }),
    );
    return records.map((r) => r.get('id') as Id);
  }

  async mostConnected(ecosystemId: Id, limit: number): Promise<{ id: Id; degree: number }[]> {
    const whole = Math.max(0, Math.floor(limit));
    if (whole === 0) return [];
    const records = await this.read((tx) => tx.run(MOST_CONNECTED, { ecosystemId, limit: integerParam(whole) }));
    return records.map((r) => ({ id: r.get('id') as Id, degree: numberFrom(r.get('degree')) }));
  }

  async clearEcosystem(ecosystemId: Id): Promise<void> {
    await this.write((tx) => tx.run(CLEAR_ECOSYSTEM, { ecosystemId }));
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async exists(id: Id): Promise<boolean> {
    const records = await this.read((tx) => tx.run('MATCH (c:Character {id: $id}) RETURN c.id AS id', { id }));
    return records.length > 0;
  }

  private async read(work: (tx: ManagedTransaction) => Promise<{ records: Neo4jRecord[] }>): Promise<Neo4jRecord[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return (await session.executeRead(work)).records;
    } finally {
      await session.close();
    }
  }

  private async write(work: (tx: ManagedTransaction) => Promise<unknown>): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }
}

function neighbourFrom(record: Neo4jRecord): GraphNeighbour {
  return {
    id: record.get('id') as Id,
    name: textFrom(record.get('name')),
    direction: record.get('direction') === 'out' ? 'out' : 'in',
    strength: numberFrom(record.get('strength')),
    trust: numberFrom(record.get('trust')),
    interactionCount: nullableNumberFrom(record.get('interactionCount')) ?? 0,
    label: record.get('label') as RelationshipLabel,
  };
}

/** Moves user:password out of the URL into driver auth (the driver does not read URL credentials). */
function splitCredentials(url: string): { address: string; auth: AuthToken | undefined } {
  const parsed = new URL(url);
  // No token at all is the driver's way of saying scheme 'none' (its typings lack auth.none()).
  if (parsed.username === '') return { address: url, auth: undefined };
  const auth = neo4j.auth.basic(decodeURIComponent(parsed.username), decodeURIComponent(parsed.password));
  parsed.username = '';
  parsed.password = '';
  return { address: parsed.toString(), auth };
}

const SCHEMA_ALREADY_THERE = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
]);

function isSchemaAlreadyThere(error: unknown): boolean {
  return error instanceof neo4j.Neo4jError && SCHEMA_ALREADY_THERE.has(error.code);
}
