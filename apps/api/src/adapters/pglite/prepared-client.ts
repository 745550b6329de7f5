import { parse, protocol, type PGlite, type QueryOptions, type Results, type Transaction } from '@electric-sql/pglite';

/** Named statements kept per database; the least recently used is closed beyond this. */
const DEFAULT_CAPACITY = 128;

/** A statement Postgres has parsed once under a name, with its parameters' types. */
interface Prepared {
  name: string;
  paramTypes: number[];
}

/** The client drizzle is given, and a way to forget the statements it prepared (after a schema change). */
export interface PreparedClient {
  client: PGlite;
  /** Closes every statement prepared so far; the next use of each prepares it again. */
  forget(): Promise<void>;
  /** Statements prepared now (at most the capacity). */
  readonly prepared: number;
}

/**
 * PGlite's `query` makes six calls into Postgres per statement (parse, describe the statement, bind,
 * describe the portal, execute, sync), each parsing its answer, and Postgres parses, analyses and plans
 * the text every time. Measured on an exchange's read, that overhead was two thirds of the statement.
 *
 * This client is PGlite to drizzle, except that `query` (top level and in transactions) keeps each
 * statement text as a named prepared statement: the first use parses it and learns its parameter types
 * in one call; every use binds, describes, executes and syncs in one call, and Postgres reuses the parse
 * and, once it judges a generic plan as good, the plan. Parameters are serialised by PGlite's own
 * serialisers for the types Postgres reported, and rows parsed by its own parsers, so results are the
 * same as `query`'s. The statements live in the one backend PGlite has; the least recently used beyond
 * `capacity` are closed. Queries with options this path does not handle (blobs, parameter types,
 * notices) go to PGlite's `query` unchanged.
 */
export function preparedClient(pglite: PGlite, capacity = DEFAULT_CAPACITY): PreparedClient {
  /** Statement text → its statement, in least-recently-used order (a Map keeps insertion order). */
  const statements = new Map<string, Prepared>();
  /** Names evicted from `statements`, closed with the next batch sent. */
  let closing: string[] = [];
  let counter = 0;

  const send = async (messages: Uint8Array[], syncToFs: boolean) =>
    (await pglite.execProtocol(concat(messages), { syncToFs })).messages;

  async function statementFor(text: string): Promise<Prepared> {
    const known = statements.get(text);
    if (known !== undefined) {
      statements.delete(text);
      statements.set(text, known);
      return known;
    }
    const name = `ensemble_${(counter += 1)}`;
    const closes = closing.map((n) => protocol.serialize.close({ type: 'S', name: n }));
    closing = [];
    const answer = await send(
      [
        ...closes,
        protocol.serialize.parse({ name, text }),
        protocol.serialize.describe({ type: 'S', name }),
        protocol.serialize.sync(),
      ],
      false,
    );
    const prepared = { name, paramTypes: parse.parseDescribeStatementResults(answer) };
    statements.set(text, prepared);
    if (statements.size > capacity) {
      const [oldest] = statements.keys();
      closing.push(statements.get(oldest!)!.name);
      statements.delete(oldest!);
    }
    return prepared;
  }

  /** One statement, the caller holding the transaction lock (PGlite's own `query` takes it first too). */
  function run<T>(text: string, params: readonly unknown[], options: QueryOptions | undefined, inTransaction: boolean) {
    return pglite._runExclusiveQuery(async () => {
      const statement = await statementFor(text);
      const values = params.map((param, i) => {
        if (param === null || param === undefined) return null;
        const oid = statement.paramTypes[i]!;
        const serialize = options?.serializers?.[oid] ?? pglite.serializers[oid];
        return serialize ? serialize(param) : String(param);
      });
      const answer = await send(
        [
          protocol.serialize.bind({ statement: statement.name, values }),
          protocol.serialize.describe({ type: 'P' }),
          protocol.serialize.execute({}),
          protocol.serialize.sync(),
        ],
        // As PGlite's query: flushed to the file system after a statement outside a transaction only.
        !inTransaction,
      );
      return parse.parseResults(answer, pglite.parsers, options)[0] as Results<T>;
    });
  }

  const handled = (options: QueryOptions | undefined) =>
    options?.blob === undefined && options?.paramTypes === undefined && options?.onNotice === undefined;

  const inTransaction = (tx: Transaction): Transaction =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop !== 'query') return Reflect.get(target, prop, receiver);
        return <T>(text: string, params: unknown[] = [], options?: QueryOptions): Promise<Results<T>> => {
          if (!handled(options) || target.closed) return target.query<T>(text, params, options);
          return run<T>(text, params, options, true);
        };
      },
    });

  const client = new Proxy(pglite, {
    get(target, prop) {
      if (prop === 'query') {
        return async <T>(text: string, params: unknown[] = [], options?: QueryOptions): Promise<Results<T>> => {
          if (!handled(options)) return target.query<T>(text, params, options);
          await target._checkReady();
          return target._runExclusiveTransaction(() => run<T>(text, params, options, false));
        };
      }
      if (prop === 'transaction') {
        return <T>(work: (tx: Transaction) => Promise<T>) => target.transaction((tx) => work(inTransaction(tx)));
      }
      // PGlite's methods use private fields: they must run on PGlite itself, not on this proxy.
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });

  return {
    client,
    get prepared() {
      return statements.size;
    },
    async forget() {
      await pglite._runExclusiveTransaction(() =>
        pglite._runExclusiveQuery(async () => {
          await send([protocol.serialize.query('DEALLOCATE ALL')], true);
          statements.clear();
          closing = [];
        }),
      );
    },
  };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
