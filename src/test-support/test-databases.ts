import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "../adapters/sql/database.ts";

export interface TestDatabaseTarget {
  name: string;
  open(): Promise<Database>;
  /** Drops whatever open() created (a throwaway PostgreSQL database). */
  dispose(): Promise<void>;
  /** The connection URL of the throwaway database, once open() has created it (PostgreSQL only). */
  url?: () => string;
}

/**
 * The databases every storage contract runs on: the embedded one always, and the
 * machine's PostgreSQL when TEST_DATABASE_URL is set (CI sets it). Each PostgreSQL run
 * gets its own throwaway database so parallel test files never see each other's rows.
 */
export function testDatabaseTargets(): TestDatabaseTarget[] {
  const targets: TestDatabaseTarget[] = [
    { name: "embedded (PGlite)", open: () => openDatabase({ kind: "pglite" }), dispose: async () => undefined },
  ];
  const url = process.env.TEST_DATABASE_URL;
  if (url) targets.push(postgresTarget(url));
  return targets;
}

function postgresTarget(url: string): TestDatabaseTarget {
  const name = `tandem_test_${randomBytes(6).toString("hex")}`;
  const target = new URL(url);
  target.pathname = `/${name}`;
  let created = false;
  return {
    name: "PostgreSQL server",
    url: () => target.toString(),
    async open() {
      if (!created) await admin(url, `CREATE DATABASE ${name}`);
      created = true;
      return openDatabase({ kind: "postgres", url: target.toString(), poolSize: 6 });
    },
    async dispose() {
      if (created) await admin(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Empties every table between tests, far faster than a new database. */
export async function truncateAll(db: Database): Promise<void> {
  await db.sql.query(
    "TRUNCATE conversations, messages, conversation_events, customer_events, articles, article_versions, agents, agent_sessions, settings",
  );
}
