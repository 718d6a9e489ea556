/**
 * The routing benchmark's server: a desk with 200 people online (one language, capacity
 * 10) and 2,000 open conversations — half with a person, half with the assistant — plus
 * a bare WebSocket echo for the same-run baseline. Seeded through the use cases and
 * stores directly, because creating 200 people through sign-up would take minutes.
 */
import { randomUUID } from "node:crypto";
import { takeConversation } from "../../src/core/conversations/agent-actions.ts";
import { openConversation } from "../../src/core/conversations/open-conversation.ts";
import { ScryptPasswordHasher } from "../../src/adapters/system/system-adapters.ts";
import { startDesk } from "../../src/server/start.ts";

export const AGENTS = 200;
export const OPEN_CONVERSATIONS = 2000;
const PASSWORD = "bench-password-123";

export async function startRoutingScenario(databaseUrl?: string) {
  const running = await startDesk({
    port: 0,
    databaseUrl,
    demo: true,
    logLevel: "warn",
    apiKey: "bench-api-key-0123456789",
    beforeListen: (app) => {
      app.get("/bench/ws-echo", { websocket: true }, (socket) => {
        socket.on("message", (data) => socket.send(String(data)));
      });
    },
  });
  const { deps, agents } = running.desk;
  // A cheap hash: sign-in speed is not what this measures.
  const hash = await new ScryptPasswordHasher(2 ** 10).hash(PASSWORD);
  const people = [];
  for (let i = 0; i < AGENTS; i++) {
    const id = randomUUID();
    const email = `agent-${i}@bench.example`;
    await agents.create({ id, email, name: `Agent ${i}`, role: "agent", passwordHash: hash, createdAt: new Date() });
    await deps.presence.save({ agentId: id, status: "online", languages: ["en"], skills: [], capacity: 10, lastSeenAt: new Date() });
    people.push({ id, email, name: `Agent ${i}` });
  }
  const opened = await Promise.all(
    Array.from({ length: OPEN_CONVERSATIONS }, (_, i) =>
      openConversation(deps, { text: "How do I submit a meter reading?", customer: { id: `seed-${i}` } }),
    ),
  );
  const ids = opened.flatMap((o) => (o.ok ? [o.value.conversation.id] : []));
  // Half of them with a person already: a realistic load on everyone.
  for (let i = 0; i < ids.length / 2; i++) {
    const person = people[i % people.length]!;
    await takeConversation(deps, { conversationId: ids[i]!, agent: { ...person, role: "agent" } });
  }
  await running.desk.staffing.refresh();
  return { url: running.url, agents: people.map((p) => ({ email: p.email, password: PASSWORD })), openConversations: ids.length };
}
