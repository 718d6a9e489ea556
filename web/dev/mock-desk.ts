// A throw-away stand-in for the desk, for developing the browser apps before
// (or without) the real server. It follows the same wire contract, keeps
// everything in memory and has canned triage and routing. Never shipped, never
// imported by src/. Run: npx tsx web/dev/mock-desk.ts  (serves web/dist on :3100)
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import cookie from "@fastify/cookie";
import cors from "@fastify/cors";
import fastifyStatic from "@fastify/static";
import websocket from "@fastify/websocket";
import Fastify, { type FastifyRequest } from "fastify";
import { registerMockPeopleRoutes } from "./mock-people-routes.ts";
import { fail, MockState, now, type Conv, type MockAgent, type Msg, type Socket } from "./mock-state.ts";

const PASSWORD = "demo-password";

export async function startMockDesk(opts: { port?: number } = {}) {
  const st = new MockState();
  const supervisor = st.newAgent({ name: "Maja Lind", email: "demo@nordvik.example", role: "supervisor", password: PASSWORD });

  const handOver = (c: Conv, reason: string) => {
    if (c.status === "waiting" || c.status === "agent") return;
    c.status = "waiting"; c.route = "human"; c.weight = Math.max(c.weight, 0.55); c.reasons = [...c.reasons, reason]; c.waitingSince = now();
    c.mood.push({ at: now(), weight: c.weight });
    st.changed(c, "conversation.handed_over", "customer");
    st.route(c);
  };
  // Canned triage: an explicit request hands over; anything else gets the meter article
  // — but only while the assistant holds the conversation: it never talks over a person.
  const respond = (c: Conv, text: string): void => {
    c.mood.push({ at: now(), weight: /angry|late|again|missed/i.test(text) ? 0.8 : c.weight });
    if (/människa|menschen|person|human|agent|mensch/i.test(text)) return handOver(c, "asked for a person");
    if (c.status !== "assistant") return;
    st.add(c, "assistant", "You can submit a meter reading in the app under Account → Meter readings, or by replying to the reminder e-mail.", { sources: [{ articleId: "meter-readings", title: "Submitting a meter reading" }] });
  };

  const app = Fastify({ logger: false });
  await app.register(cookie);
  await app.register(websocket);
  // Like the desk: the customer API answers the widget on other origins; nothing else does.
  await app.register(cors, {
    delegator: (req, cb) => cb(null, req.url?.startsWith("/api/v1/conversations") ? { origin: "*", allowedHeaders: ["authorization", "content-type"] } : { origin: false }),
  });
  const distDir = fileURLToPath(new URL("../dist/", import.meta.url));
  await app.register(fastifyStatic, { root: distDir, index: ["index.html"], redirect: true });

  const byToken = (req: FastifyRequest<{ Params: { id: string } }>, token?: string) => {
    const c = st.conversations.get(req.params.id);
    const t = token ?? req.headers.authorization?.replace(/^Bearer /, "");
    return c && c.token === t ? c : undefined;
  };

  app.get("/healthz", async () => ({ ok: true }));
  app.post<{ Body: { text: string; clientMessageId?: string; customer?: { language?: string; name?: string; id?: string } } }>("/api/v1/conversations", async (req, reply) => {
    const c: Conv = { id: randomUUID(), token: randomUUID(), status: "assistant", route: "ai", weight: 0.1, reasons: [], language: req.body.customer?.language ?? "en", customer: { name: req.body.customer?.name, id: req.body.customer?.id }, updatedAt: now(), messages: [], notes: [], mood: [], log: [] };
    st.conversations.set(c.id, c);
    const before = c.messages.length;
    st.add(c, "customer", req.body.text, { clientMessageId: req.body.clientMessageId });
    respond(c, req.body.text);
    st.pushAgents({ type: "conversation", conversation: st.summary(c) });
    return reply.code(201).send({ conversation: st.publicConv(c), token: c.token, messages: c.messages.slice(before) });
  });
  app.post<{ Params: { id: string }; Body: { text: string; clientMessageId?: string } }>("/api/v1/conversations/:id/messages", async (req, reply) => {
    const c = byToken(req);
    if (!c) return fail(reply, 404, "conversation_not_found");
    const seen = c.messages.findIndex((m) => m.clientMessageId && m.clientMessageId === req.body.clientMessageId);
    if (seen >= 0) return reply.code(201).send({ conversation: st.publicConv(c), messages: c.messages.slice(seen).filter((m, i) => i === 0 || m.author === "assistant") });
    const before = c.messages.length;
    st.add(c, "customer", req.body.text, { clientMessageId: req.body.clientMessageId });
    respond(c, req.body.text);
    return reply.code(201).send({ conversation: st.publicConv(c), messages: c.messages.slice(before) });
  });
  app.get<{ Params: { id: string }; Querystring: { after?: string } }>("/api/v1/conversations/:id/messages", async (req, reply) => {
    const c = byToken(req);
    if (!c) return fail(reply, 404, "conversation_not_found");
    const i = req.query.after ? c.messages.findIndex((m) => m.id === req.query.after) : -1;
    return { conversation: st.publicConv(c), messages: c.messages.slice(i + 1) };
  });
  app.post<{ Params: { id: string } }>("/api/v1/conversations/:id/handoff", async (req, reply) => {
    const c = byToken(req);
    if (!c) return fail(reply, 404, "conversation_not_found");
    handOver(c, "asked for a person");
    return { conversation: st.publicConv(c) };
  });
  app.post<{ Params: { id: string }; Body: { score: number } }>("/api/v1/conversations/:id/rating", async (req, reply) => {
    const c = byToken(req);
    if (!c) return fail(reply, 404, "conversation_not_found");
    c.log.push({ type: "conversation.rated", actor: "customer", at: now(), data: { score: req.body.score } });
    return { ok: true };
  });
  app.get<{ Params: { id: string }; Querystring: { token?: string } }>("/api/v1/conversations/:id/stream", { websocket: true }, (socket: Socket, req) => {
    const c = byToken(req, req.query.token ?? "");
    if (!c) return socket.close(4404, "conversation_not_found");
    const set = st.customerSockets.get(c.id) ?? new Set();
    st.customerSockets.set(c.id, set.add(socket));
    socket.on("close", () => set.delete(socket));
  });

  app.post<{ Body: { email: string; password: string } }>("/api/v1/agent/session", async (req, reply) => {
    const a = [...st.agents.values()].find((x) => x.email === req.body.email);
    if (!a || a.password !== req.body.password) return fail(reply, 401, "invalid_credentials");
    const sid = randomUUID(), csrfToken = randomUUID();
    st.sessions.set(sid, { csrf: csrfToken, agentId: a.id });
    reply.setCookie("tandem_agent", sid, { path: "/", httpOnly: true, sameSite: "lax" });
    return { agent: presentAgent(a), csrfToken };
  });
  app.delete("/api/v1/agent/session", async (req, reply) => st.guard(req, reply, true) ?? (st.sessions.delete(req.cookies.tandem_agent ?? ""), reply.code(204).send()));
  app.get("/api/v1/agent/me", async (req, reply) => st.guard(req, reply, false) ?? { agent: presentAgent(st.agentOf(req)!), csrfToken: st.sessions.get(req.cookies.tandem_agent ?? "")?.csrf });
  app.get<{ Querystring: { view?: string } }>("/api/v1/agent/conversations", async (req, reply) => {
    const denied = st.guard(req, reply, false);
    if (denied) return denied;
    const me = st.agentOf(req)!;
    const all = [...st.conversations.values()];
    const list = req.query.view === "queue" ? all.filter((c) => c.status === "waiting").sort((a, b) => b.weight - a.weight) : req.query.view === "mine" ? all.filter((c) => c.status === "agent" && c.agent?.id === me.id) : all;
    return { conversations: list.map((c) => st.summary(c)) };
  });
  app.get<{ Params: { id: string } }>("/api/v1/agent/conversations/:id", async (req, reply) => {
    const c = st.conversations.get(req.params.id);
    if (!c) return st.guard(req, reply, false) ?? fail(reply, 404, "conversation_not_found");
    const day = 86400e3;
    const history = [{ type: "missed_callback", at: new Date(Date.now() - 2 * day).toISOString(), note: "promised callback did not happen" }, { type: "late_delivery", at: new Date(Date.now() - 5 * day).toISOString(), days: 3 }];
    const said = c.messages.filter((m): m is Msg & { sources: NonNullable<Msg["sources"]> } => m.author === "assistant" && !!m.sources);
    const brief = {
      reasons: c.reasons, language: c.language,
      history: ["2 days ago: a promised callback did not happen", "5 days ago: delivery 3 days late"],
      assistant: said.map((m) => ({ text: m.text, sources: m.sources, createdAt: m.createdAt })),
      mood: c.mood, ...(c.waitingSince ? { waitingSeconds: Math.round((Date.now() - Date.parse(c.waitingSince)) / 1000) } : {}),
    };
    return st.guard(req, reply, false) ?? { conversation: st.summary(c), messages: c.messages, history, log: c.log, notes: c.notes, brief };
  });
  app.post<{ Params: { id: string } }>("/api/v1/agent/conversations/:id/assign", async (req, reply) => {
    const c = st.conversations.get(req.params.id);
    const denied = st.guard(req, reply, true) ?? (c ? undefined : fail(reply, 404, "conversation_not_found"));
    if (denied || !c) return denied;
    const me = st.agentOf(req)!;
    if (c.agent && c.agent.id !== me.id && me.role === "agent") return fail(reply, 409, "already_assigned");
    st.assign(c, me, "agent");
    return { conversation: st.summary(c) };
  });
  app.post<{ Params: { id: string }; Body: { text: string; clientMessageId: string; draftId?: string } }>("/api/v1/agent/conversations/:id/messages", async (req, reply) => {
    const c = st.conversations.get(req.params.id);
    const denied = st.guard(req, reply, true) ?? (c ? undefined : fail(reply, 404, "conversation_not_found"));
    if (denied || !c) return denied;
    const me = st.agentOf(req)!;
    const seen = c.messages.find((m) => m.clientMessageId === req.body.clientMessageId);
    const extra = { clientMessageId: req.body.clientMessageId, agentName: me.name, ...(req.body.draftId ? { draftId: req.body.draftId } : {}) };
    return reply.code(201).send({ message: seen ?? st.add(c, "agent", req.body.text, extra) });
  });
  app.post<{ Params: { id: string } }>("/api/v1/agent/conversations/:id/resolve", async (req, reply) => {
    const c = st.conversations.get(req.params.id);
    const denied = st.guard(req, reply, true) ?? (c ? undefined : fail(reply, 404, "conversation_not_found"));
    if (denied || !c) return denied;
    c.status = "resolved";
    st.changed(c, "conversation.resolved", "agent");
    if (c.agent) st.pushPresence(st.agents.get(c.agent.id)!);
    return { conversation: st.summary(c) };
  });
  app.get("/api/v1/agent/stream", { websocket: true }, (socket: Socket, req) => {
    const me = st.agentOf(req);
    if (!me) return socket.close(4401, "not_signed_in");
    st.agentSockets.set(socket, me.id);
    socket.on("message", (data) => {
      if (String(data).includes('"heartbeat"')) me.lastSeenAt = now();
    });
    socket.on("close", () => st.agentSockets.delete(socket));
  });
  registerMockPeopleRoutes(app, st);

  const sweeper = setInterval(() => st.sweep(), 5000);
  await app.listen({ port: opts.port ?? 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    demoCredentials: { email: supervisor.email, password: PASSWORD },
    addAgent: async (input: { name: string; email: string; password: string; role: MockAgent["role"] }) => {
      st.newAgent(input);
    },
    close: async () => {
      clearInterval(sweeper);
      await app.close();
    },
  };
}

function presentAgent(a: MockAgent) {
  return { id: a.id, name: a.name, email: a.email, role: a.role };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const desk = await startMockDesk({ port: Number(process.env.PORT ?? 3100) });
  await desk.addAgent({ name: "Leo Berg", email: "leo@nordvik.example", password: PASSWORD, role: "agent" });
  console.log(`mock desk on ${desk.url} — supervisor ${desk.demoCredentials.email} / ${desk.demoCredentials.password}, agent leo@nordvik.example`);
}
