import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { startDesk, type RunningDesk } from "./start.ts";

const dirs: string[] = [];
const running: RunningDesk[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((d) => d.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(dataDir: string) {
  const desk = await startDesk({ port: 0, dataDir, demo: true, logLevel: "silent" });
  running.push(desk);
  return desk;
}

function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), "tandem-start-"));
  dirs.push(dir);
  return dir;
}

async function postJson(url: string, body: unknown, token?: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

describe("a desk on the embedded database", () => {
  it("keeps every acknowledged message across a restart, and shows the demo password only once", async () => {
    const dir = tempDir();
    const first = await start(dir);
    expect(first.demoCredentials?.email).toBeDefined();
    expect(first.generatedApiKey).toMatch(/^tdm_/);
    const opened = await postJson(`${first.url}/api/v1/conversations`, { text: "How do I submit a meter reading?" });
    const { token } = opened.body;
    const id = opened.body.conversation.id;
    for (let i = 0; i < 5; i++) {
      const sent = await postJson(`${first.url}/api/v1/conversations/${id}/messages`, { text: `message ${i}`, clientMessageId: `m-${i}` }, token);
      expect(sent.status).toBe(201);
    }
    const before = await (await fetch(`${first.url}/api/v1/conversations/${id}/messages`, { headers: { authorization: `Bearer ${token}` } })).json();
    await first.close();

    const second = await start(dir);
    expect(second.demoCredentials).toBeUndefined();
    expect(second.generatedApiKey).toBeUndefined();
    const after = await (await fetch(`${second.url}/api/v1/conversations/${id}/messages`, { headers: { authorization: `Bearer ${token}` } })).json();
    expect(after.messages).toEqual(before.messages);
    expect(after.messages.filter((m: { author: string }) => m.author === "customer")).toHaveLength(6);
    const retried = await postJson(`${second.url}/api/v1/conversations/${id}/messages`, { text: "message 4", clientMessageId: "m-4" }, token);
    expect(retried.body.messages[0].id).toBe(before.messages.find((m: { clientMessageId?: string }) => m.clientMessageId === "m-4").id);
  });
});

describe("the conversation stream", () => {
  it("pushes an agent's reply live, and a reconnect with ?after= fills the gap", async () => {
    const desk = await start(tempDir());
    const opened = await postJson(`${desk.url}/api/v1/conversations`, { text: "Kann ich bitte mit einem Menschen sprechen?" });
    const { token } = opened.body;
    const id = opened.body.conversation.id;
    const lastSeen = opened.body.messages.at(-1).id;

    const wsUrl = `${desk.url.replace("http", "ws")}/api/v1/conversations/${id}/stream?token=${token}`;
    const socket = new WebSocket(wsUrl);
    const frames: any[] = [];
    socket.on("message", (data) => frames.push(JSON.parse(String(data))));
    await new Promise((resolve) => socket.once("open", resolve));

    const signIn = await fetch(`${desk.url}/api/v1/agent/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(desk.demoCredentials),
    });
    const cookie = signIn.headers.get("set-cookie")!.split(";")[0]!;
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const post = (path: string, body?: unknown) =>
      fetch(`${desk.url}/api/v1/agent/conversations/${id}${path}`, {
        method: "POST",
        headers: { cookie, "x-csrf-token": csrfToken, ...(body ? { "content-type": "application/json" } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    expect((await post("/assign")).status).toBe(200);
    expect((await post("/messages", { text: "Hallo, hier ist ein Mensch." })).status).toBe(201);
    await expect.poll(() => frames.some((f) => f.type === "message" && f.message.text === "Hallo, hier ist ein Mensch.")).toBe(true);
    expect(frames.some((f) => f.type === "conversation" && f.conversation.status === "agent")).toBe(true);
    socket.close();

    // While the widget is away, the agent writes again; reconnecting with ?after= catches up.
    expect((await post("/messages", { text: "Sind Sie noch da?" })).status).toBe(201);
    const again = new WebSocket(`${wsUrl}&after=${lastSeen}`);
    const caughtUp: any[] = [];
    again.on("message", (data) => caughtUp.push(JSON.parse(String(data))));
    await expect.poll(() => caughtUp.filter((f) => f.type === "message").map((f) => f.message.text)).toEqual([
      "Hallo, hier ist ein Mensch.",
      "Sind Sie noch da?",
    ]);
    again.close();
  });

  it("refuses a stream without the conversation's token", async () => {
    const desk = await start(tempDir());
    const opened = await postJson(`${desk.url}/api/v1/conversations`, { text: "hello" });
    const socket = new WebSocket(`${desk.url.replace("http", "ws")}/api/v1/conversations/${opened.body.conversation.id}/stream?token=wrong`);
    const status = await new Promise<number>((resolve) => {
      socket.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
      socket.on("open", () => resolve(101));
    });
    expect(status).toBe(404);
  });
});
