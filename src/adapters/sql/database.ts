import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { fileURLToPath } from "node:url";
import pg from "pg";
import * as schema from "./schema.ts";
import { lockDataDir } from "./data-dir-lock.ts";
import { emptyDatabaseSnapshot, isNewDataDir } from "./pglite-snapshot.ts";
import { PgliteSqlClient, PostgresSqlClient, type SqlClient } from "./sql-client.ts";

export type DrizzleDb = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  kind: "pglite" | "postgres";
  /** Drizzle, for the ordinary queries. */
  db: DrizzleDb;
  /** Raw SQL, for the batched hot path. */
  sql: SqlClient;
  close(): Promise<void>;
}

export type DatabaseOptions =
  | { kind: "pglite"; dataDir?: string } // no dataDir: in memory (tests)
  | { kind: "postgres"; url: string; poolSize?: number };

const MIGRATIONS = fileURLToPath(new URL("./migrations", import.meta.url));

/** Opens the database and brings its schema up to date; migrations are idempotent. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.kind === "pglite") {
    const unlock = options.dataDir ? lockDataDir(options.dataDir) : () => undefined;
    try {
      // Restore an empty, migrated database instead of running initdb (seconds saved).
      const fresh = options.dataDir === undefined || isNewDataDir(options.dataDir);
      const client = await PGlite.create({
        ...(options.dataDir ? { dataDir: options.dataDir } : {}),
        ...(fresh ? { loadDataDir: await emptyDatabaseSnapshot() } : {}),
      });
      const db = drizzlePglite(client, { schema });
      await migratePglite(db, { migrationsFolder: MIGRATIONS });
      return {
        kind: "pglite",
        db: db as unknown as DrizzleDb,
        sql: new PgliteSqlClient(client),
        close: async () => {
          await client.close();
          unlock();
        },
      };
    } catch (error) {
      unlock();
      throw error;
    }
  }
  const poolSize = options.poolSize ?? 10;
  const pool = new pg.Pool({ connectionString: options.url, max: poolSize });
  const db = drizzlePostgres(pool, { schema });
  await migratePostgres(db, { migrationsFolder: MIGRATIONS });
  return {
    kind: "postgres",
    db: db as unknown as DrizzleDb,
    // Leave a connection or two free for the ordinary (non-batched) queries.
    sql: new PostgresSqlClient(pool, Math.max(1, poolSize - 2)),
    close: () => pool.end(),
  };
}
