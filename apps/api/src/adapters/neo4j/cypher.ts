/**
 * Every Cypher statement of the Neo4j social graph. Values only ever arrive as $parameters; the few
 * variants (comparison operator, LIMIT) are chosen among fixed strings, never built from input.
 *
 * Schema: (:Character {id, ecosystemId, name, active})
 *         -[:RELATES {strength, trust, interactionCount, label, lastInteractionAt}]->(:Character)
 *         (:GraphProgress {ecosystemId, appliedSeq}): how far the graph has followed each event log
 */

/** Schema statements run once at connect; each must be its own transaction. */
export const SCHEMA = [
  'CREATE CONSTRAINT character_id_unique IF NOT EXISTS FOR (c:Character) REQUIRE c.id IS UNIQUE',
  'CREATE INDEX character_ecosystem IF NOT EXISTS FOR (c:Character) ON (c.ecosystemId)',
  'CREATE CONSTRAINT graph_progress_unique IF NOT EXISTS FOR (p:GraphProgress) REQUIRE p.ecosystemId IS UNIQUE',
] as const;

export const UPSERT_CHARACTER = `
MERGE (c:Character {id: $id})
SET c.ecosystemId = $ecosystemId, c.name = $name, c.active = $active`;

export const REMOVE_CHARACTER = 'MATCH (c:Character {id: $id}) DETACH DELETE c';

/** Missing endpoints become placeholders (see SocialGraph) so no relationship is ever dropped. */
export const UPSERT_RELATIONSHIP = `
MERGE (a:Character {id: $fromId})
  ON CREATE SET a.ecosystemId = $ecosystemId, a.name = '', a.active = true
MERGE (b:Character {id: $toId})
  ON CREATE SET b.ecosystemId = $ecosystemId, b.name = '', b.active = true
MERGE (a)-[r:RELATES]->(b)
SET r.strength = $strength, r.trust = $trust, r.interactionCount = $interactionCount,
    r.label = $label, r.lastInteractionAt = $lastInteractionAt`;

/** 'out' sorts after 'in' as text, so `direction DESC` puts 'out' first as the contract asks. */
const NEIGHBOURS = `
MATCH (c:Character {id: $id})-[r:RELATES]-(n:Character)
WITH c, r, n, CASE WHEN startNode(r) = c THEN 'out' ELSE 'in' END AS direction
WHERE ($direction = 'both' OR direction = $direction)
  AND ($minStrength IS NULL OR r.strength >= $minStrength)
  AND ($maxStrength IS NULL OR r.strength <= $maxStrength)
  AND ($minTrust IS NULL OR r.trust >= $minTrust)
  AND ($labels IS NULL OR r.label IN $labels)
RETURN n.id AS id, n.name AS name, direction, r.strength AS strength, r.trust AS trust,
       r.interactionCount AS interactionCount, r.label AS label
ORDER BY strength DESC, id ASC, direction DESC`;

/** `neighbours`, with or without a LIMIT. */
export function neighboursQuery(limited: boolean): string {
  return limited ? `${NEIGHBOURS}\nLIMIT $limit` : NEIGHBOURS;
}

/**
 * `shortestPath`: every fewest-hop path over walkable relationships (either direction), the smallest
 * id list first. allShortestPaths rather than shortestPath, whose pick among equal paths is arbitrary.
 * `strict` selects `> $minStrength` (the default rule, with 0) over `>= $minStrength`.
 */
export function shortestPathQuery(strict: boolean): string {
  const walkable = strict ? 'r.strength > $minStrength' : 'r.strength >= $minStrength';
  return `
MATCH (a:Character {id: $fromId}), (b:Character {id: $toId})
MATCH p = allShortestPaths((a)-[:RELATES*]-(b))
WHERE all(r IN relationships(p) WHERE ${walkable})
WITH [n IN nodes(p) | n.id] AS ids
RETURN ids ORDER BY ids ASC LIMIT 1`;
}

export const MUTUAL_FRIENDS = `
MATCH (a:Character {id: $aId})-[ac:RELATES]->(c:Character)-[ca:RELATES]->(a)
WHERE ac.strength >= $minStrength AND ca.strength >= $minStrength AND c.id <> $bId
MATCH (b:Character {id: $bId})-[bc:RELATES]->(c)-[cb:RELATES]->(b)
WHERE bc.strength >= $minStrength AND cb.strength >= $minStrength AND c.id <> $aId
RETURN DISTINCT c.id AS id
ORDER BY id ASC`;

/** Degree counts ties as graph/rules.ts `isTie` defines them: relationships with an interaction. */
export const MOST_CONNECTED = `
MATCH (c:Character {ecosystemId: $ecosystemId})
OPTIONAL MATCH (c)-[r:RELATES]-(o:Character)
WHERE r.interactionCount > 0
WITH c, count(DISTINCT o) AS degree
RETURN c.id AS id, degree
ORDER BY degree DESC, id ASC
LIMIT $limit`;

export const CLEAR_ECOSYSTEM = 'MATCH (c:Character {ecosystemId: $ecosystemId}) DETACH DELETE c';

export const READ_PROGRESS = 'MATCH (p:GraphProgress {ecosystemId: $ecosystemId}) RETURN p.appliedSeq AS seq';

export const WRITE_PROGRESS = 'MERGE (p:GraphProgress {ecosystemId: $ecosystemId}) SET p.appliedSeq = $seq';

export const REMOVE_PROGRESS = 'MATCH (p:GraphProgress {ecosystemId: $ecosystemId}) DELETE p';
