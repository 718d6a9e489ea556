// The browser tests need web/dist. `npm ci` builds it (prepare); when it is
// missing — a fresh checkout that skipped the install scripts — build it once.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const distDir = `${repoRoot}web/dist/`;

export function ensureWebBuild(): void {
  const built = ["index.html", "widget.js", "agent/index.html", "supervisor/index.html", "supervisor/knowledge/index.html"].every((f) => existsSync(distDir + f));
  if (!built) execFileSync("npm", ["run", "--silent", "build:web"], { cwd: repoRoot, stdio: "inherit" });
}
