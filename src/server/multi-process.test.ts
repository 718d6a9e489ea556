import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { testDatabaseTargets, type TestDatabaseTarget } from "../test-support/test-databases.ts";
import { startDesk, type RunningDesk } from "./start.ts";

const redisUrl = process.env.TEST_REDIS_URL;
const postgres = testDatabaseTargets().find((t) => t.name === "PostgreSQL server");

/**
 * Two server processes (two desks in this process, each with its own pool and bus)
 * sharing one PostgreSQL and one Redis, as a firm would scale out.
 * Needs TEST_DATABASE_URL and TEST_REDIS_URL (CI sets both); without them there is no
 * shared database to test against, and the suite says so in its name.
 */
describe.runIf(redisUrl && postgres)("two server processes on one PostgreSQL and Redis (needs TEST_DATABASE_URL and TEST_REDIS_URL)", () => {
  let target: TestDatabaseTarget;
  let a: RunningDesk;
  let b: RunningDesk;

  beforeAll(async () => {
    target = postgres!;
    const database = await target.open(); // creates the throwaway database and migrates it
    await database.close();
    const databaseUrl = target.url!();
    a = await startDesk({ port: 0, databaseUrl, redisUrl, demo: true, logLevel: "silent", apiKey: "multi-process-key-0123" });
    b = await startDesk({ port: 0, databaseUrl, redisUrl, demo: true, logLevel: "silent", apiKey: "multi-process-key-0123" });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await target?.dispose();
  });

  it("lets a customer on one server and an agent on the other talk live, with one atomic claim", async () => {
    const opened = await (
      await fetch(`${a.url}/api/v1/conversations`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: "I want to speak to a person, please" }),
      })
    ).json();
    const socket = new WebSocket(`${a.url.replace("http", "ws")}/api/v1/conversations/${opened.conversation.id}/stream?token=${opened.token}`);
    const frames: { type: string; message?: { text: string } }[] = [];
    socket.on("message", (data) => frames.push(JSON.parse(String(data))));
    await new Promise((resolve) => socket.once("open", resolve));

    const first = a.demoCredentials!;
    const second = { email: "second@example.com", password: "another long password" };
    await b.desk.agents.create({
      id: crypto.randomUUID(),
      email: second.email,
      name: "Second",
      role: "agent",
      passwordHash: await b.desk.passwords.hash(second.password),
      createdAt: new Date(),
    });
    const signIn = async (desk: RunningDesk, credentials: { email: string; password: string }) => {
      const response = await fetch(`${desk.url}/api/v1/agent/session`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(credentials),
      });
      return { cookie: response.headers.get("set-cookie")!.split(";")[0]!, csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
    };
    const onA = await signIn(a, second);
    const onB = await signIn(b, first);
    const take = (desk: RunningDesk, s: { cookie: string; csrf: string }) =>
      fetch(`${desk.url}/api/v1/agent/conversations/${opened.conversation.id}/assign`, {
        method: "POST",
        headers: { cookie: s.cookie, "x-csrf-token": s.csrf },
      });
    const statuses = (await Promise.all([take(a, onA), take(b, onB)])).map((r) => r.status);
    expect([...statuses].sort()).toEqual([200, 409]);
    // Sessions live in the shared database: the winner can reply through either server.
    const winner = statuses[0] === 200 ? onA : onB;
    const detail = await (await fetch(`${b.url}/api/v1/agent/conversations/${opened.conversation.id}`, { headers: { cookie: onB.cookie } })).json();
    expect(detail.log.filter((e: { type: string }) => e.type === "conversation.assigned")).toHaveLength(1);

    const reply = await fetch(`${b.url}/api/v1/agent/conversations/${opened.conversation.id}/messages`, {
      method: "POST",
      headers: { cookie: winner.cookie, "x-csrf-token": winner.csrf, "content-type": "application/json" },
      body: JSON.stringify({ text: "Hello from the other server" }),
    });
    expect(reply.status).toBe(201);
    await expect.poll(() => frames.some((f) => f.type === "message" && f.message?.text === "Hello from the other server")).toBe(true);
    socket.close();
  });
});
