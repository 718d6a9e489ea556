/**
 * Message pipeline benchmark (issue #2): "post a routine question → answer stored and
 * returned" at 50 concurrent conversations, on the embedded database and on PostgreSQL,
 * beside a bare Fastify echo and a bare single-row insert measured the same way.
 *
 *   node bin/run-ts.mjs bench/desk.bench.ts [--seconds 10] [--connections 50] [--only pglite|postgres|desk]
 * BENCH_CPU_PROF=<dir> writes V8 CPU profiles of every server process into <dir>/<mode>-<database>/.
 * PostgreSQL: BENCH_DATABASE_URL (default TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres);
 * a throwaway database is created and dropped.
 */
import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import pg from "pg";
import { fmt, printTable, summarise } from "./support/stats.ts";

const args = new Map(process.argv.slice(2).map((a, i, all) => [a, all[i + 1] ?? ""]));
const SECONDS = Number(args.get("--seconds") ?? 10);
const CONNECTIONS = Number(args.get("--connections") ?? 50);
/** Skips rows whose label lacks this word (the echo baseline always runs). */
const ONLY = args.get("--only")?.toLowerCase();
const CPU_PROF = process.env.BENCH_CPU_PROF;
const ROUTINE = [
  "How do I submit a meter reading?",
  "How can I pay my bill?",
  "What are your opening hours?",
  "How do I set up a direct debit?",
  "I'm moving house, what do I need to do?",
];

interface Server {
  url: string;
  child: ChildProcess;
}

async function startServer(mode: string, target?: string): Promise<Server> {
  // One folder per server: the main thread and tsx's loader thread each write a profile.
  const profile = CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${CPU_PROF}/${mode}-${target ? "postgres" : "pglite"}`] : [];
  const child = spawn(process.execPath, [...profile, "bin/run-ts.mjs", "bench/support/bench-server.ts", mode, target ?? "pglite"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout! });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once("line", resolve);
    child.once("exit", (code) => reject(new Error(`bench server (${mode}) exited with ${code}`)));
  });
  return { url: (JSON.parse(first) as { url: string }).url, child };
}

async function stop(server: Server) {
  server.child.kill("SIGTERM");
  await new Promise((resolve) => server.child.once("exit", resolve));
}

async function serverTimes(url: string): Promise<{ times: number[]; cpuMicros: number }> {
  return (await (await fetch(`${url}/bench/server-times`)).json()) as { times: number[]; cpuMicros: number };
}

async function load(url: string, clients: { path: string; token?: string; body: (n: number) => unknown }[]) {
  let next = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    setupClient: (client) => {
      const me = clients[next++ % clients.length]!;
      let n = 0;
      client.setRequests([
        {
          method: "POST",
          path: me.path,
          headers: { "content-type": "application/json", ...(me.token ? { authorization: `Bearer ${me.token}` } : {}) },
          setupRequest: (request) => ({ ...request, body: JSON.stringify(me.body(n++)) }),
        },
      ]);
    },
  });
  return result;
}

/**
 * CPU seconds used so far by the processes named `postgres` on this machine (Linux, a
 * local server only; undefined otherwise). The database shares the two cores too.
 */
function postgresCpuSeconds(): number | undefined {
  try {
    let ticks = 0;
    for (const pid of readdirSync("/proc")) {
      if (!/^\d+$/.test(pid)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      } catch {
        continue; // gone meanwhile
      }
      if (!stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")).startsWith("postgres")) continue;
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime + stime
    }
    return ticks > 0 ? ticks / 100 : undefined; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

async function measure(name: string, server: Server, clients: Parameters<typeof load>[1]) {
  await serverTimes(server.url); // forget the warm-up requests
  const databaseBefore = postgresCpuSeconds();
  const result = await load(server.url, clients);
  const databaseAfter = postgresCpuSeconds();
  const { times, cpuMicros } = await serverTimes(server.url);
  const server99 = summarise(times);
  const ok = result["2xx"];
  return {
    name,
    perSecond: ok / SECONDS,
    cpuPerRequest: cpuMicros / Math.max(1, times.length),
    // Only rows that talk to PostgreSQL; idle backends of other work on the machine add a little.
    databaseCpuPerRequest:
      name.includes("PostgreSQL") && databaseBefore !== undefined && databaseAfter !== undefined
        ? ((databaseAfter - databaseBefore) * 1e6) / Math.max(1, times.length)
        : NaN,
    errors: result.non2xx + result.errors + result.timeouts,
    clientP50: result.latency.p50,
    clientP99: result.latency.p99,
    serverP50: server99.p50,
    serverP99: server99.p99,
  };
}

async function deskClients(url: string) {
  const clients = [];
  for (let i = 0; i < CONNECTIONS; i++) {
    const opened = await fetch(`${url}/api/v1/conversations`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: ROUTINE[i % ROUTINE.length], customer: { id: `bench-${i}` } }),
    });
    const body = (await opened.json()) as { conversation: { id: string }; token: string };
    const tag = randomBytes(4).toString("hex");
    clients.push({
      path: `/api/v1/conversations/${body.conversation.id}/messages`,
      token: body.token,
      body: (n: number) => ({ text: ROUTINE[n % ROUTINE.length], clientMessageId: `${tag}-${n}` }),
    });
  }
  return clients;
}

async function warmUp(url: string, clients: Parameters<typeof load>[1]) {
  const saved = SECONDS;
  void saved;
  for (const c of clients.slice(0, 5)) {
    await fetch(`${url}${c.path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(c.token ? { authorization: `Bearer ${c.token}` } : {}) },
      body: JSON.stringify(c.body(999_999)),
    });
  }
}

async function withPostgres<T>(work: (url: string) => Promise<T>): Promise<T | undefined> {
  const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const name = `tandem_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  try {
    await admin.connect();
  } catch (error) {
    console.error(`PostgreSQL not reachable at ${base}: ${(error as Error).message}; skipping the PostgreSQL rows`);
    return undefined;
  }
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  try {
    return await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

const rows: Awaited<ReturnType<typeof measure>>[] = [];
const echoBody = (n: number) => ({ text: ROUTINE[n % ROUTINE.length], clientMessageId: `e-${n}` });

async function run(mode: "echo" | "insert" | "desk", label: string, target?: string) {
  if (ONLY && mode !== "echo" && !label.toLowerCase().includes(ONLY)) return;
  const server = await startServer(mode, target);
  try {
    const clients =
      mode === "desk"
        ? await deskClients(server.url)
        : Array.from({ length: CONNECTIONS }, () => ({ path: `/${mode}`, body: echoBody }));
    await warmUp(server.url, clients);
    rows.push(await measure(label, server, clients));
  } finally {
    await stop(server);
  }
}

console.error(`message pipeline: ${CONNECTIONS} concurrent conversations, ${SECONDS} s per row`);
await run("echo", "baseline: bare Fastify echo");
await run("insert", "baseline: bare single-row insert, PGlite");
await run("desk", "desk: routine question → answer, PGlite");
const POSTGRES_ROWS = ["baseline: bare single-row insert, PostgreSQL", "desk: routine question → answer, PostgreSQL"] as const;
if (POSTGRES_ROWS.some((label) => !ONLY || label.toLowerCase().includes(ONLY))) {
  await withPostgres(async (url) => {
    await run("insert", POSTGRES_ROWS[0], url);
    await run("desk", POSTGRES_ROWS[1], url);
  });
}

const echo = rows[0]!.perSecond;
printTable(
  ["measurement", "req/s", "× echo", "server CPU µs/req", "PostgreSQL CPU µs/req", "errors", "client p50 ms", "client p99 ms", "server p50 ms", "server p99 ms"],
  rows.map((r) => [
    r.name,
    fmt(r.perSecond, 0),
    fmt(r.perSecond / echo, 3),
    fmt(r.cpuPerRequest, 0),
    fmt(r.databaseCpuPerRequest, 0),
    r.errors,
    fmt(r.clientP50),
    fmt(r.clientP99),
    fmt(r.serverP50, 2),
    fmt(r.serverP99, 2),
  ]),
);
