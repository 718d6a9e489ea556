import { parse, protocol, type PGlite } from "@electric-sql/pglite";
import type { Pool } from "pg";

/**
 * The narrow raw-SQL surface the hot path uses: parameterised queries. A batch commits
 * as one statement, atomic on its own, so no transaction API is needed. Both the
 * embedded database and a PostgreSQL server speak the same SQL, so the stores above
 * this never ask which one they have.
 */
export interface SqlClient {
  readonly kind: "pglite" | "postgres";
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /**
   * The same, for the few statements the message hot path runs for every batch: each is
   * parsed and planned once per connection, then only bound and executed. `name` stands
   * for exactly one text. Parameters are strings, numbers, null or arrays of strings.
   * The result must not be `*` of a table: a column added later would change its shape.
   */
  queryPrepared<Row = Record<string, unknown>>(name: string, text: string, params: PreparedParam[]): Promise<Row[]>;
  /** How many batches may be in flight at once: one for PGlite's single connection. */
  readonly parallelism: number;
}

export type PreparedParam = string | number | null | readonly string[];

export class PgliteSqlClient implements SqlClient {
  readonly kind = "pglite" as const;
  readonly parallelism = 1;
  /** Statements this database has parsed, by name. */
  private readonly prepared = new Set<string>();

  constructor(private readonly pg: PGlite) {}

  async query<Row>(text: string, params: unknown[] = []): Promise<Row[]> {
    const result = await this.pg.query<Row>(text, params);
    return result.rows;
  }

  /**
   * PGlite's query() parses, describes and plans every time, each step a call into the
   * database: about a millisecond per hot-path batch. Here Parse is sent once, and after
   * it Bind, Describe, Execute and Sync go in a single call. It takes the same locks as
   * query(), so it never lands inside someone else's transaction.
   */
  async queryPrepared<Row>(name: string, text: string, params: PreparedParam[]): Promise<Row[]> {
    return this.pg._runExclusiveTransaction(() =>
      this.pg._runExclusiveQuery(async () => {
        const fresh = !this.prepared.has(name);
        const steps = [
          protocol.serialize.bind({ statement: name, values: params.map(toText) }),
          protocol.serialize.describe({ type: "P" }),
          protocol.serialize.execute({}),
          protocol.serialize.sync(),
        ];
        if (fresh) steps.unshift(protocol.serialize.parse({ name, text }));
        try {
          const { messages } = await this.pg.execProtocol(concat(steps));
          this.prepared.add(name);
          return (parse.parseResults(messages, this.pg.parsers)[0]?.rows ?? []) as Row[];
        } catch (error) {
          // Parse may have succeeded before a later step failed: forget the statement, so
          // the next call parses it again instead of meeting "already exists".
          if (fresh) {
            await this.pg.execProtocol(concat([protocol.serialize.close({ type: "S", name }), protocol.serialize.sync()]), {
              throwOnError: false,
            });
          }
          throw error;
        }
      }),
    );
  }
}

export class PostgresSqlClient implements SqlClient {
  readonly kind = "postgres" as const;

  constructor(
    private readonly pool: Pool,
    readonly parallelism: number,
  ) {}

  async query<Row>(text: string, params: unknown[] = []): Promise<Row[]> {
    const result = await this.pool.query(text, params);
    return result.rows as Row[];
  }

  /** node-postgres prepares a named statement on each pooled connection the first time. */
  async queryPrepared<Row>(name: string, text: string, params: PreparedParam[]): Promise<Row[]> {
    const result = await this.pool.query({ name, text, values: params as unknown[] });
    return result.rows as Row[];
  }
}

/** A parameter in PostgreSQL's text format. */
function toText(value: PreparedParam): string | null {
  if (value === null) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return `{${value.map((item) => `"${item.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
