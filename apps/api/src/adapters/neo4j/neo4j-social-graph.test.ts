import { describe } from 'vitest';
import { describeSocialGraphContract } from '../../graph/social-graph.contract.ts';
import { neo4jTestUrl } from './neo4j-test-url.ts';
import { Neo4jSocialGraph } from './neo4j-social-graph.ts';

const url = neo4jTestUrl();

describe.skipIf(url === null)('SocialGraph contract on Neo4j (skipped: NEO4J_URL is not set)', () => {
  describeSocialGraphContract(`Neo4j (${url})`, () => Neo4jSocialGraph.connect(url!));
});
