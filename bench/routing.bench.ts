/**
 * People-on-demand benchmark (issue #5): from "customer asks for a person" to the
 * conversation on an online agent's screen, with 200 agents online (each with a live
 * workspace socket) and 2,000 open conversations, beside a same-run baseline of one
 * WebSocket round trip.
 *
 *   node bin/run-ts.mjs bench/routing.bench.ts [--handoffs 300]
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { WebSocket } from "ws";
import { fmt, printTable, summarise } from "./support/stats.ts";

const args = new Map(process.argv.slice(2).map((a, i, all) => [a, all[i + 1] ?? ""]));
const HANDOFFS = Number(args.get("--handoffs") ?? 300);

const child = spawn(process.execPath, ["bin/run-ts.mjs", "bench/support/bench-server.ts", "routing", "pglite"], {
  stdio: ["ignore", "pipe", "inherit"],
});
const lines = createInterface({ input: child.stdout! });
const scenario = JSON.parse(await new Promise<string>((resolve) => lines.once("line", resolve))) as {
  url: string;
  agents: { email: string; password: string }[];
  openConversations: number;
};
const wsBase = scenario.url.replace("http", "ws");

// Every agent signs in and keeps the workspace stream open, as at a real desk.
const sockets: WebSocket[] = [];
const waiters = new Map<string, (at: number) => void>();
for (const agent of scenario.agents) {
  const response = await fetch(`${scenario.url}/api/v1/agent/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(agent),
  });
  const cookie = response.headers.get("set-cookie")!.split(";")[0]!;
  const socket = new WebSocket(`${wsBase}/api/v1/agent/stream`, { headers: { cookie } });
  socket.on("message", (data) => {
    const frame = JSON.parse(String(data)) as { type: string; conversation?: { id: string; status: string } };
    if (frame.type === "conversation" && frame.conversation?.status === "agent") {
      waiters.get(frame.conversation.id)?.(performance.now());
    }
  });
  await new Promise((resolve) => socket.once("open", resolve));
  sockets.push(socket);
}

// Baseline: one WebSocket round trip to the same server process.
const echo = new WebSocket(`${wsBase}/bench/ws-echo`);
await new Promise((resolve) => echo.once("open", resolve));
const roundTrips: number[] = [];
for (let i = 0; i < HANDOFFS; i++) {
  const start = performance.now();
  await new Promise<void>((resolve) => {
    echo.once("message", () => resolve());
    echo.send(`ping ${i}`);
  });
  roundTrips.push(performance.now() - start);
}

const handoffs: number[] = [];
for (let i = 0; i < HANDOFFS; i++) {
  const opened = (await (
    await fetch(`${scenario.url}/api/v1/conversations`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "How do I pay my bill?", customer: { id: `bench-${i}` } }),
    })
  ).json()) as { conversation: { id: string }; token: string };
  const onScreen = new Promise<number>((resolve) => waiters.set(opened.conversation.id, resolve));
  const start = performance.now();
  await fetch(`${scenario.url}/api/v1/conversations/${opened.conversation.id}/handoff`, {
    method: "POST",
    headers: { authorization: `Bearer ${opened.token}` },
  });
  handoffs.push((await onScreen) - start);
  waiters.delete(opened.conversation.id);
}

const rt = summarise(roundTrips);
const ho = summarise(handoffs);
console.error(`${scenario.agents.length} agents online with open workspace sockets, ${scenario.openConversations} open conversations`);
printTable(
  ["measurement", "n", "p50 ms", "p99 ms", "max ms", "p99 × baseline"],
  [
    ["baseline: one WebSocket round trip", rt.count, fmt(rt.p50, 2), fmt(rt.p99, 2), fmt(rt.max, 2), "1.0"],
    ["asks for a person → on an agent's screen", ho.count, fmt(ho.p50, 2), fmt(ho.p99, 2), fmt(ho.max, 2), fmt(ho.p99 / rt.p99, 1)],
  ],
);
for (const socket of sockets) socket.close();
echo.close();
child.kill("SIGTERM");
