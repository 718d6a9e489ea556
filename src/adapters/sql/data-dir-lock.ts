import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The embedded database is one process's alone: a second process writing the same
 * folder would corrupt it. A lock file with the owner's pid guards it; a lock left by a
 * process that no longer exists (a crash, kill -9) is taken over.
 */
export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another Tandem process (pid ${pid}). ` +
        "Stop that process first, or set DATABASE_URL to share a PostgreSQL server between processes.",
    );
  }
}

export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, "tandem.lock");
  const owner = readOwner(file);
  if (owner !== undefined && owner !== process.pid && isAlive(owner)) throw new DataDirBusyError(dataDir, owner);
  writeFileSync(file, String(process.pid));
  return () => {
    if (readOwner(file) === process.pid) rmSync(file, { force: true });
  };
}

function readOwner(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
