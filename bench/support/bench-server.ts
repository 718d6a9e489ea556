/**
 * The server side of the message-pipeline benchmark, run in its own process so the load
 * generator does not share its event loop. Modes:
 *   echo    a bare Fastify POST echo (the ceiling of any request pipeline here)
 *   insert  a bare single-row INSERT per request (the ceiling of an unbatched write)
 *   desk    the whole desk
 * It prints one JSON line {url} when ready and answers GET /bench/server-times with the
 * server-side time of every request since the last call, and the CPU time this process
 * spent meanwhile: CPU per request is what the desk itself costs, while throughput also
 * depends on whatever else the machine's two cores are doing.
 */
import Fastify, { type FastifyInstance } from "fastify";
import { openDatabase } from "../../src/adapters/sql/database.ts";
import { startDesk } from "../../src/server/start.ts";

const [mode, target] = process.argv.slice(2) as ["echo" | "insert" | "desk" | "routing", string | undefined];
const databaseUrl = target && target !== "pglite" ? target : undefined;
let times: number[] = [];
let cpuSince = process.cpuUsage();

function collectTimes(app: FastifyInstance) {
  app.addHook("onResponse", async (request, reply) => {
    if (!request.url.startsWith("/bench")) times.push(reply.elapsedTime);
  });
  app.get("/bench/server-times", async () => {
    const out = times;
    const cpu = process.cpuUsage(cpuSince);
    times = [];
    cpuSince = process.cpuUsage();
    return { times: out, cpuMicros: cpu.user + cpu.system };
  });
}

if (mode === "routing") {
  const { startRoutingScenario } = await import("./routing-scenario.ts");
  const scenario = await startRoutingScenario(databaseUrl);
  process.stdout.write(`${JSON.stringify(scenario)}\n`);
} else if (mode === "desk") {
  const desk = await startDesk({
    port: 0,
    databaseUrl,
    demo: true,
    logLevel: "warn",
    apiKey: "bench-api-key-0123456789",
    beforeListen: collectTimes,
  });
  process.stdout.write(`${JSON.stringify({ url: desk.url, demo: desk.demoCredentials })}\n`);
} else {
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 });
  collectTimes(app);
  if (mode === "echo") {
    app.post("/echo", async (request) => request.body);
  } else {
    const database = await openDatabase(databaseUrl ? { kind: "postgres", url: databaseUrl } : { kind: "pglite" });
    await database.sql.query("CREATE TABLE IF NOT EXISTS bench_rows (id bigserial primary key, body jsonb not null)");
    app.post("/insert", async (request) => {
      await database.sql.query("INSERT INTO bench_rows (body) VALUES ($1)", [JSON.stringify(request.body)]);
      return { ok: true };
    });
  }
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  process.stdout.write(`${JSON.stringify({ url })}\n`);
}

// Exit cleanly on SIGTERM so `node --cpu-prof` can write its profile.
process.once("SIGTERM", () => process.exit(0));
