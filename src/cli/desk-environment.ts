import { join } from "node:path";
import { openDatabase, type Database } from "../adapters/sql/database.ts";
import { parseConfig, type DeskConfig } from "../server/config.ts";

/** Reads the configuration once; on problems, lists them all on stderr and exits. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): DeskConfig {
  const result = parseConfig(env);
  if (result.ok) return result.config;
  process.stderr.write(`tandem: the configuration has problems:\n${result.problems.map((p) => `  - ${p}`).join("\n")}\n`);
  process.exit(2);
}

/** The database the desk uses: PostgreSQL with DATABASE_URL, else the embedded one in TANDEM_DATA. */
export function openConfiguredDatabase(config: DeskConfig): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ kind: "postgres", url: config.databaseUrl })
    : openDatabase({ kind: "pglite", dataDir: join(config.dataDir, "db") });
}

/** Runs a command body, turning an expected failure into one line on stderr and exit code 1. */
export async function runCommand(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    process.stderr.write(`tandem: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
