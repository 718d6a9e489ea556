import type { PGlite } from "@electric-sql/pglite";
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
  /** How many batches may be in flight at once: one for PGlite's single connection. */
  readonly parallelism: number;
}

export class PgliteSqlClient implements SqlClient {
  readonly kind = "pglite" as const;
  readonly parallelism = 1;

  constructor(private readonly pg: PGlite) {}

  async query<Row>(text: string, params: unknown[] = []): Promise<Row[]> {
    const result = await this.pg.query<Row>(text, params);
    return result.rows;
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
}
