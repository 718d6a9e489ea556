import type { PGlite } from "@electric-sql/pglite";
import type { Pool } from "pg";

/**
 * The narrow raw-SQL surface the hot path uses: parameterised queries and a
 * transaction. Both the embedded database and a PostgreSQL server speak the same SQL,
 * so the stores above this never ask which one they have.
 */
export interface SqlClient {
  readonly kind: "pglite" | "postgres";
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  transaction<T>(work: (tx: SqlQuerier) => Promise<T>): Promise<T>;
  /** How many batches may be in flight at once: one for PGlite's single connection. */
  readonly parallelism: number;
}

export interface SqlQuerier {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
}

export class PgliteSqlClient implements SqlClient {
  readonly kind = "pglite" as const;
  readonly parallelism = 1;

  constructor(private readonly pg: PGlite) {}

  async query<Row>(text: string, params: unknown[] = []): Promise<Row[]> {
    const result = await this.pg.query<Row>(text, params);
    return result.rows;
  }

  transaction<T>(work: (tx: SqlQuerier) => Promise<T>): Promise<T> {
    return this.pg.transaction((tx) =>
      work({ query: async <Row>(text: string, params: unknown[] = []) => (await tx.query<Row>(text, params)).rows }),
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

  async transaction<T>(work: (tx: SqlQuerier) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const value = await work({
        query: async <Row>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as Row[],
      });
      await client.query("COMMIT");
      return value;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
