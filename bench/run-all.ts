/**
 * `npm run bench`: every benchmark in turn, each in its own process (so one's warm JIT
 * or heap does not flatter the next), each printing its figures beside the baseline it
 * measured in the same run. Pass names to run some: `npm run bench -- desk routing`.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const only = process.argv.slice(2);
const benches = readdirSync("bench")
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)))
  .sort();

let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file} ===`);
  const result = spawnSync(process.execPath, ["bin/run-ts.mjs", `bench/${file}`], { stdio: "inherit" });
  if (result.status !== 0) {
    failed += 1;
    console.log(`(${file} failed with exit code ${result.status})`);
  }
}
process.exit(failed > 0 ? 1 : 0);
