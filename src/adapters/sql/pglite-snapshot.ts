import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as schema from "./schema.ts";

const MIGRATIONS = fileURLToPath(new URL("./migrations", import.meta.url));
const CACHE_DIR = fileURLToPath(new URL("../../../node_modules/.cache/tandem", import.meta.url));

/**
 * A new embedded database normally runs initdb, which takes 5–20 s on these machines.
 * Instead, the first one ever made is migrated, dumped to a tarball, and kept in
 * node_modules/.cache; every later new database (first start, each test file) is
 * restored from it in about a second. The file is named after the migrations and the
 * PGlite version, so a schema change or an upgrade makes a new one.
 */
export async function emptyDatabaseSnapshot(): Promise<Blob> {
  const file = join(cacheDir(), `pglite-${fingerprint()}.tar.gz`);
  if (!existsSync(file)) await writeSnapshot(file);
  return new Blob([readFileSync(file)]);
}

/** True when `dataDir` holds no database yet (so a snapshot may be restored into it). */
export function isNewDataDir(dataDir: string): boolean {
  return !existsSync(join(dataDir, "PG_VERSION"));
}

async function writeSnapshot(file: string): Promise<void> {
  const pg = await PGlite.create();
  try {
    await migrate(drizzle(pg, { schema }), { migrationsFolder: MIGRATIONS });
    const dump = await pg.dumpDataDir("gzip");
    // Written aside and renamed, so parallel test workers never read half a file.
    const partial = `${file}.${randomBytes(4).toString("hex")}.partial`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
  } finally {
    await pg.close();
  }
}

function fingerprint(): string {
  const hash = createHash("sha256");
  // The package does not export its package.json; its version is read from the file.
  const pglitePackage = fileURLToPath(new URL("../../../node_modules/@electric-sql/pglite/package.json", import.meta.url));
  hash.update(existsSync(pglitePackage) ? (JSON.parse(readFileSync(pglitePackage, "utf8")) as { version: string }).version : "unknown");
  for (const name of readdirSync(MIGRATIONS, { recursive: true }).map(String).sort()) {
    const path = join(MIGRATIONS, name);
    if (name.endsWith(".sql") || name.endsWith(".json")) hash.update(name).update(readFileSync(path));
  }
  return hash.digest("hex").slice(0, 16);
}

function cacheDir(): string {
  for (const dir of [CACHE_DIR, join(tmpdir(), "tandem-cache")]) {
    try {
      mkdirSync(dir, { recursive: true });
      return dir;
    } catch {
      // not writable (a read-only install): try the next place
    }
  }
  return tmpdir();
}
