let warned = false;

/**
 * The Neo4j server the tests may use, from NEO4J_URL; null (with one clear line on stderr) when unset,
 * so a run without Neo4j says what it skipped instead of passing silently.
 */
export function neo4jTestUrl(): string | null {
  const url = process.env['NEO4J_URL']?.trim() ?? '';
  if (url !== '') return url;
  if (!warned) {
    warned = true;
    console.warn('NEO4J_URL not set: Neo4j graph tests skipped');
  }
  return null;
}
