import neo4j from 'neo4j-driver';

/**
 * A number read from Neo4j. Counts and integer properties come back as the driver's 64-bit Integer;
 * ours always fit in a double (counts, ms timestamps), so they are converted, never left as objects.
 */
export function numberFrom(value: unknown): number {
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value === 'number') return value;
  throw new TypeError(`Expected a number from Neo4j, got ${typeof value}`);
}

/** Like numberFrom, with Neo4j's missing property (null) kept as null. */
export function nullableNumberFrom(value: unknown): number | null {
  return value === null || value === undefined ? null : numberFrom(value);
}

/** A text property read from Neo4j ('' when absent, as for a placeholder's name). */
export function textFrom(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * A whole number sent to Neo4j as an Integer: the driver sends every JS number as a Float, and a
 * count stored as 3.0 would read back differently from other tools (and break integer-only clauses like LIMIT).
 */
export function integerParam(value: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(Math.trunc(value));
}
