import pg from 'pg';

/**
 * Named prepared statements on PostgreSQL, bounded. node-postgres prepares a statement on a connection
 * when its query has a `name` and from then on sends only Bind/Execute for it, so the server parses and
 * analyses the text once per connection, and once it judges a generic plan as good, plans it once too.
 * But node-postgres keeps every name a connection has prepared for the life of the connection, and the
 * server keeps the statement: naming every text (the store's statements with a variable number of rows or
 * ids have one text per count) would grow both without end. So a text is named from its second use on,
 * and at most `limit` texts a node are ever named; the rest run unnamed, as before. Each connection then
 * holds at most `limit` statements, and the repeated ones (every exchange's read and write) are among
 * the first named.
 */
export class StatementNames {
  readonly #names = new Map<string, string>();
  /** Texts seen once, not yet named; cleared when it holds `seenLimit` (one-off texts come and go). */
  readonly #seen = new Set<string>();

  constructor(
    readonly limit = 256,
    readonly seenLimit = 4096,
  ) {}

  /** The name to run `text` under, or undefined to run it unnamed. */
  nameFor(text: string): string | undefined {
    const name = this.#names.get(text);
    if (name !== undefined || this.#names.size >= this.limit) return name;
    if (!this.#seen.has(text)) {
      if (this.#seen.size >= this.seenLimit) this.#seen.clear();
      this.#seen.add(text);
      return undefined;
    }
    this.#seen.delete(text);
    const named = `ensemble_${this.#names.size + 1}`;
    this.#names.set(text, named);
    return named;
  }

  /** How many texts are named (at most `limit`). */
  get size(): number {
    return this.#names.size;
  }
}

type QueryConfig = { text?: unknown; name?: unknown; submit?: unknown };

/**
 * A node-postgres Client class (for `new pg.Pool({ Client })`) whose queries given as a config object
 * with a text and no name of their own (how drizzle sends every statement) run under `names`' name for
 * that text. Strings, submittables (cursors, streams) and named queries pass through unchanged.
 */
export function namingClient(names: StatementNames): typeof pg.Client {
  return class NamingClient extends pg.Client {
    // node-postgres overloads `query` a dozen ways; this forwards every one unchanged.
    override query(config: unknown, ...rest: unknown[]) {
      if (config !== null && typeof config === 'object') {
        const query = config as QueryConfig;
        if (typeof query.text === 'string' && query.name === undefined && query.submit === undefined) {
          const name = names.nameFor(query.text);
          if (name !== undefined) config = { ...query, name };
        }
      }
      // @ts-expect-error see above
      return super.query(config, ...rest);
    }
  };
}
