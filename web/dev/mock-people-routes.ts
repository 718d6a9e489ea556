// The mock's side of issue 5: presence, colleagues, notes, transfer, drafts,
// callbacks and the supervisor overview, following the server contract.
import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { fail, now, type Callback, type MockState, type Note } from "./mock-state.ts";

type Id = { Params: { id: string } };

export function registerMockPeopleRoutes(app: FastifyInstance, st: MockState): void {
  app.get("/api/v1/agent/presence", async (req, reply) => st.guard(req, reply, false) ?? { presence: st.presence(st.agentOf(req)!) });
  app.put<{ Body: { status?: "online" | "away" | "offline"; languages?: string[]; skills?: string[]; capacity?: number } }>("/api/v1/agent/presence", async (req, reply) => {
    const denied = st.guard(req, reply, true);
    if (denied) return denied;
    const me = st.agentOf(req)!;
    const b = req.body;
    if (b.capacity !== undefined && (!Number.isInteger(b.capacity) || b.capacity < 1 || b.capacity > 10)) return fail(reply, 400, "invalid_request");
    if (b.status === "offline") st.setOffline(me);
    Object.assign(me, b, { lastSeenAt: now() });
    st.pushPresence(me);
    st.routeAll();
    return { presence: st.presence(me) };
  });
  app.get("/api/v1/agent/colleagues", async (req, reply) => st.guard(req, reply, false) ?? { agents: [...st.agents.values()].map((a) => st.colleague(a)) });

  app.post<Id & { Body: { text: string } }>("/api/v1/agent/conversations/:id/notes", async (req, reply) => {
    const c = st.conversations.get(req.params.id);
    const denied = st.guard(req, reply, true) ?? (c ? undefined : fail(reply, 404, "conversation_not_found"));
    if (denied || !c) return denied;
    const me = st.agentOf(req)!;
    const note: Note = { id: randomUUID(), conversationId: c.id, agentId: me.id, agentName: me.name, text: req.body.text, createdAt: now() };
    c.notes.push(note);
    st.pushAgents({ type: "note", note });
    return reply.code(201).send({ note });
  });
  app.post<Id & { Body: { agentId?: string; skill?: string } }>("/api/v1/agent/conversations/:id/transfer", async (req, reply) => {
    const c = st.conversations.get(req.params.id);
    const denied = st.guard(req, reply, true) ?? (c ? undefined : fail(reply, 404, "conversation_not_found"));
    if (denied || !c) return denied;
    if (c.status === "resolved") return fail(reply, 409, "invalid_transition");
    const from = c.agent && st.agents.get(c.agent.id);
    if (req.body.agentId) {
      const to = st.agents.get(req.body.agentId);
      if (!to) return fail(reply, 404, "agent_not_found");
      st.assign(c, to, "agent");
    } else {
      c.status = "waiting"; c.agent = undefined; c.skill = req.body.skill; c.waitingSince = now();
      st.changed(c, "conversation.transferred", "agent");
      st.route(c);
    }
    if (from) st.pushPresence(from);
    return { conversation: st.summary(c) };
  });
  app.post<Id>("/api/v1/agent/conversations/:id/draft", async (req, reply) => {
    const c = st.conversations.get(req.params.id);
    const denied = st.guard(req, reply, true) ?? (c ? undefined : fail(reply, 404, "conversation_not_found"));
    if (denied || !c) return denied;
    const last = [...c.messages].reverse().find((m) => m.author === "customer");
    if (!last || /xyz/.test(last.text)) return { draft: null, reason: "No article covers this question." };
    const source = { articleId: "meter-readings", title: "Submitting a meter reading" };
    return { draft: { id: randomUUID(), text: "You can submit a meter reading in the app under Account → Meter readings.", sources: [source] } };
  });

  app.post<Id & { Body: { channel: "phone" | "email"; contact: string; note?: string } }>("/api/v1/conversations/:id/callback", async (req, reply) => {
    const c = st.conversations.get(req.params.id);
    if (!c || c.token !== req.headers.authorization?.replace(/^Bearer /, "")) return fail(reply, 404, "conversation_not_found");
    const { channel, contact, note } = req.body;
    const valid = channel === "email" ? /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(contact) : /^\+?[\d\s()-]{6,20}$/.test(contact);
    if (!valid) return fail(reply, 400, "invalid_request");
    const cb: Callback = { id: randomUUID(), conversationId: c.id, channel, contact, ...(note ? { note } : {}), dueAt: new Date(Date.now() + 4 * 3600e3).toISOString(), status: "open", createdAt: now() };
    st.callbacks.set(cb.id, cb);
    st.add(c, "system", `We will contact you by ${channel === "phone" ? "phone" : "e-mail"} at ${contact}.`);
    st.pushAgents({ type: "callback", callback: withCustomer(st, cb) });
    return reply.code(201).send({ callback: cb });
  });
  app.get<{ Querystring: { status?: string } }>("/api/v1/agent/callbacks", async (req, reply) => {
    const status = req.query.status ?? "open";
    return st.guard(req, reply, false) ?? { callbacks: [...st.callbacks.values()].filter((c) => c.status === status).map((c) => withCustomer(st, c)) };
  });
  app.post<Id>("/api/v1/agent/callbacks/:id/complete", async (req, reply) => {
    const cb = st.callbacks.get(req.params.id);
    const denied = st.guard(req, reply, true) ?? (cb ? undefined : fail(reply, 404, "callback_not_found"));
    if (denied || !cb) return denied;
    cb.status = "done";
    st.pushAgents({ type: "callback", callback: withCustomer(st, cb) });
    return { callback: withCustomer(st, cb) };
  });

  app.get("/api/v1/supervisor/overview", async (req, reply) => {
    const denied = st.guard(req, reply, false);
    if (denied) return denied;
    if (st.agentOf(req)!.role === "agent") return fail(reply, 403, "forbidden");
    const queue = [...st.conversations.values()].filter((c) => c.status === "waiting");
    const waits = queue.map((c) => (Date.now() - Date.parse(c.waitingSince ?? c.updatedAt)) / 1000).sort((a, b) => a - b);
    const median = waits.length ? (waits[Math.floor((waits.length - 1) / 2)]! + waits[Math.ceil((waits.length - 1) / 2)]!) / 2 : 0;
    const soon = Date.now() + 3600e3 * 8;
    return {
      queue: queue.map((c) => st.summary(c)),
      agents: [...st.agents.values()].map((a) => st.colleague(a)),
      waits: { waiting: queue.length, medianSeconds: Math.round(median), longestSeconds: Math.round(waits.at(-1) ?? 0) },
      callbacksDue: [...st.callbacks.values()].filter((c) => c.status === "open" && Date.parse(c.dueAt) < soon).map((c) => withCustomer(st, c)),
    };
  });
}

function withCustomer(st: MockState, cb: Callback) {
  return { ...cb, customer: st.conversations.get(cb.conversationId)?.customer ?? {} };
}
