import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), "tandem-kill-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** A real `tandem serve` process on the embedded database in a folder. */
async function serve(): Promise<{ url: string; child: ChildProcess; exited: Promise<unknown> }> {
  const child = spawn(process.execPath, ["bin/tandem.mjs", "serve"], {
    cwd: root,
    env: { ...process.env, PORT: "0", TANDEM_DATA: dataDir, TANDEM_LOG_LEVEL: "warn", TANDEM_API_KEY: "kill-test-api-key-0123" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  // Listen for the exit from the start: a killed child may be gone before anyone asks.
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    lines.on("line", (line) => {
      const match = /Customer chat.*?(http:\/\/[^/\s]+)\//.exec(line);
      if (match) resolve(match[1]!);
    });
    child.once("exit", (code) => reject(new Error(`tandem serve exited early (${code})`)));
  });
  return { url, child, exited };
}

describe("an acknowledged message is never lost", () => {
  it("survives kill -9 in the middle of a load, and a retry after restart stores nothing twice", async () => {
    const first = await serve();
    const conversations = await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const response = await fetch(`${first.url}/api/v1/conversations`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ text: "How do I pay my bill?", customer: { id: `kill-${i}` } }),
        });
        return (await response.json()) as { conversation: { id: string }; token: string };
      }),
    );

    const acknowledged: { conversation: number; clientMessageId: string; id: string }[] = [];
    let stop = false;
    const senders = conversations.map(async (c, index) => {
      for (let n = 0; !stop; n++) {
        const clientMessageId = `c${index}-m${n}`;
        try {
          const response = await fetch(`${first.url}/api/v1/conversations/${c.conversation.id}/messages`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${c.token}` },
            body: JSON.stringify({ text: `question number ${n}: how do I read my meter?`, clientMessageId }),
          });
          if (response.status !== 201) continue;
          const body = (await response.json()) as { messages: { id: string }[] };
          acknowledged.push({ conversation: index, clientMessageId, id: body.messages[0]!.id });
        } catch {
          return; // the server is gone
        }
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    first.child.kill("SIGKILL");
    stop = true;
    await Promise.all(senders);
    await first.exited;
    expect(acknowledged.length).toBeGreaterThan(20);

    const second = await serve();
    try {
      for (const [index, c] of conversations.entries()) {
        const response = await fetch(`${second.url}/api/v1/conversations/${c.conversation.id}/messages`, {
          headers: { authorization: `Bearer ${c.token}` },
        });
        const stored = new Set(((await response.json()) as { messages: { id: string }[] }).messages.map((m) => m.id));
        for (const ack of acknowledged.filter((a) => a.conversation === index)) expect(stored.has(ack.id)).toBe(true);
      }
      // The client retries its last acknowledged send after the restart: same message, nothing new.
      const last = acknowledged.at(-1)!;
      const c = conversations[last.conversation]!;
      const retried = await fetch(`${second.url}/api/v1/conversations/${c.conversation.id}/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${c.token}` },
        body: JSON.stringify({ text: `question number ${last.clientMessageId.split("-m")[1]}: how do I read my meter?`, clientMessageId: last.clientMessageId }),
      });
      expect(((await retried.json()) as { messages: { id: string }[] }).messages[0]!.id).toBe(last.id);
    } finally {
      second.child.kill("SIGTERM");
      await second.exited;
    }
  }, 240_000); // two cold starts of a real server on a busy 2-core machine
});
