import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { neo4jTestUrl } from './neo4j-test-url.ts';
import { Neo4jSocialGraph } from './neo4j-social-graph.ts';

const url = neo4jTestUrl();

describe.skipIf(url === null)('Neo4j schema on connect (skipped: NEO4J_URL is not set)', () => {
  // The statements have the shape of the real SCHEMA but their own label and names, so dropping them
  // between rounds never touches the schema other suites rely on while they run.
  const tag = `race${process.pid}${Date.now().toString(36)}`;
  const schema = [
    `CREATE CONSTRAINT ${tag}_id IF NOT EXISTS FOR (n:${tag}) REQUIRE n.id IS UNIQUE`,
    `CREATE INDEX ${tag}_eco IF NOT EXISTS FOR (n:${tag}) ON (n.ecosystemId)`,
  ];
  // The driver connects on its first query, so building it for a skipped suite costs nothing.
  const admin = neo4j.driver(url ?? 'bolt://127.0.0.1:7687');
  const dropAll = async () => {
    await admin.executeQuery(`DROP CONSTRAINT ${tag}_id IF EXISTS`);
    await admin.executeQuery(`DROP INDEX ${tag}_eco IF EXISTS`);
  };
  afterAll(async () => {
    await dropAll();
    await admin.close();
  });

  describe('Neo4j schema on connect', () => {
    it('several API nodes starting at once on a fresh database all connect, and the schema is there', async () => {
      for (let round = 0; round < 4; round++) {
        await dropAll();
        const results = await Promise.allSettled(
          Array.from({ length: 6 }, () => Neo4jSocialGraph.connect(url!, { schema })),
        );
        for (const result of results) if (result.status === 'fulfilled') await result.value.close();
        const failures = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
        expect(failures).toEqual([]);
        const { records } = await admin.executeQuery(
          'SHOW INDEXES YIELD name WHERE name STARTS WITH $tag RETURN name ORDER BY name',
          { tag },
        );
        expect(records.map((r) => r.get('name'))).toEqual([`${tag}_eco`, `${tag}_id`]);
      }
    });

    it('a statement that fails for another reason still fails the connection', async () => {
      await expect(Neo4jSocialGraph.connect(url!, { schema: ['CREATE INDEX FOR nonsense'] })).rejects.toThrow(
        /Invalid input|SyntaxError/i,
      );
    });
  });
});
