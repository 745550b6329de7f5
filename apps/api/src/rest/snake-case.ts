/** The plan's endpoints speak snake_case; the procedures speak camelCase. */

/** `relationshipChange` → `relationship_change`. */
export function snakeCaseOf(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** Every object key, at every depth, in snake_case (values untouched). Only for our own records, whose keys are field names. */
export function toSnakeCase(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toSnakeCase);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [snakeCaseOf(key), toSnakeCase(inner)]));
}
