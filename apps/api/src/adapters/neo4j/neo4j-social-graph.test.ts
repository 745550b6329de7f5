import { describe, it } from 'vitest';
import { describeSocialGraphContract } from '../../graph/social-graph.contract.ts';
import { neo4jTestUrl } from './neo4j-test-url.ts';
import { Neo4jSocialGraph } from './neo4j-social-graph.ts';

const url = neo4jTestUrl();

if (url === null) {
  describe.skip('SocialGraph contract: Neo4j', () => {
    it('needs NEO4J_URL', () => {});
  });
} else {
  describeSocialGraphContract(`Neo4j (${url})`, () => Neo4jSocialGraph.connect(url));
}
