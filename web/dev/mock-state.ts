// The mock desk's in-memory state and the helpers both of its route files use.
// Dev-only (see mock-desk.ts); never shipped.
import { randomUUID } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";

// Only what the mock uses of a socket (ws has no bundled types here).
export interface Socket {
  send(data: string): void;
  close(code?: number, reason?: string): void;
  on(event: "close", fn: () => void): void;
  on(event: "message", fn: (data: unknown) => void): void;
}
export type Status = "assistant" | "waiting" | "agent" | "resolved";
export interface Source { articleId: string; title: string }
export interface Msg { id: string; conversationId: string; author: string; text: string; createdAt: string; clientMessageId?: string; sources?: Source[]; agentName?: string; draftId?: string }
export interface Note { id: string; conversationId: string; agentId: string; agentName: string; text: string; createdAt: string }
export interface Conv {
  id: string; token: string; status: Status; route: "ai" | "human"; weight: number; reasons: string[]; language: string; skill?: string;
  customer: { id?: string; name?: string }; agent?: { id: string; name: string }; waitingSince?: string; updatedAt: string;
  messages: Msg[]; notes: Note[]; mood: { at: string; weight: number }[]; log: { type: string; actor: string; at: string; data: unknown }[];
}
export interface MockAgent {
  id: string; name: string; email: string; role: "agent" | "supervisor" | "admin"; password: string;
  status: "online" | "away" | "offline"; languages: string[]; skills: string[]; capacity: number; lastSeenAt?: string;
}
export interface Callback { id: string; conversationId: string; channel: "phone" | "email"; contact: string; note?: string; dueAt: string; status: "open" | "done"; createdAt: string }

export const now = () => new Date().toISOString();
let seq = 0;
export const nextId = () => `m${String(++seq).padStart(6, "0")}`;

export class MockState {
  conversations = new Map<string, Conv>();
  agents = new Map<string, MockAgent>();
  callbacks = new Map<string, Callback>();
  customerSockets = new Map<string, Set<Socket>>();
  agentSockets = new Map<Socket, string>(); // socket → agent id
  sessions = new Map<string, { csrf: string; agentId: string }>();

  load(agentId: string): number {
    return [...this.conversations.values()].filter((c) => c.status === "agent" && c.agent?.id === agentId).length;
  }

  presence(a: MockAgent) {
    return { status: a.status, languages: a.languages, skills: a.skills, capacity: a.capacity, load: this.load(a.id) };
  }

  colleague(a: MockAgent) {
    return { id: a.id, name: a.name, role: a.role, ...this.presence(a), lastSeenAt: a.lastSeenAt };
  }

  online(): MockAgent[] {
    return [...this.agents.values()].filter((a) => a.status === "online");
  }

  publicConv(c: Conv) {
    const base = { id: c.id, status: c.status, route: c.route, weight: c.weight, reasons: c.reasons, language: c.language, ...(c.agent ? { agentName: c.agent.name } : {}) };
    if (c.status !== "waiting") return base;
    const agentsOnline = this.online().length;
    const ahead = [...this.conversations.values()].filter((o) => o.status === "waiting" && (o.waitingSince ?? "") < (c.waitingSince ?? "")).length;
    const estimatedMinutes = agentsOnline ? 3 * (ahead + 1) : undefined;
    const message = agentsOnline
      ? `A person will be with you in about ${estimatedMinutes} minutes.`
      : "Nobody is online right now. People are usually back weekdays from 08:00. Leave a message or ask for a call back.";
    return { ...base, wait: { agentsOnline, ...(estimatedMinutes ? { estimatedMinutes } : {}), message } };
  }

  summary(c: Conv) {
    const last = c.messages[c.messages.length - 1];
    return { ...this.publicConv(c), customer: c.customer, assignedAgent: c.agent, waitingSince: c.waitingSince, updatedAt: c.updatedAt, skill: c.skill, lastMessage: last && { author: last.author, text: last.text, createdAt: last.createdAt } };
  }

  push(c: Conv, frame: object) {
    const data = JSON.stringify(frame);
    for (const s of this.customerSockets.get(c.id) ?? []) s.send(data);
  }

  pushAgents(frame: object) {
    const data = JSON.stringify(frame);
    for (const s of this.agentSockets.keys()) s.send(data);
  }

  changed(c: Conv, type: string, actor: string) {
    c.updatedAt = now();
    c.log.push({ type, actor, at: c.updatedAt, data: { status: c.status } });
    this.push(c, { type: "conversation", conversation: this.publicConv(c) });
    this.pushAgents({ type: "conversation", conversation: this.summary(c) });
  }

  add(c: Conv, author: string, text: string, extra: Partial<Msg> = {}): Msg {
    const m: Msg = { id: nextId(), conversationId: c.id, author, text, createdAt: now(), ...extra };
    c.messages.push(m);
    this.push(c, { type: "message", message: m });
    this.pushAgents({ type: "message", message: m });
    return m;
  }

  assign(c: Conv, a: MockAgent, actor: string) {
    c.agent = { id: a.id, name: a.name }; c.status = "agent"; c.waitingSince = undefined;
    this.changed(c, "conversation.assigned", actor);
    this.add(c, "system", `${a.name} has joined the conversation.`);
    this.pushPresence(a);
  }

  pushPresence(a: MockAgent) {
    this.pushAgents({ type: "presence", agent: this.colleague(a) });
  }

  /** Online, speaks the language, has the skill, under capacity; least loaded first. */
  route(c: Conv) {
    if (c.status !== "waiting") return;
    const fit = this.online()
      .filter((a) => a.languages.includes(c.language) && (!c.skill || a.skills.includes(c.skill)) && this.load(a.id) < a.capacity)
      .sort((x, y) => this.load(x.id) - this.load(y.id));
    if (fit[0]) this.assign(c, fit[0], "system");
  }

  routeAll() {
    for (const c of this.conversations.values()) this.route(c);
  }

  /** No heartbeat for 60 s: offline, and their conversations go back to the queue. */
  sweep(limitMs = 60_000) {
    for (const a of this.online()) {
      if (a.lastSeenAt && Date.now() - Date.parse(a.lastSeenAt) > limitMs) this.setOffline(a);
    }
  }

  setOffline(a: MockAgent) {
    a.status = "offline";
    for (const c of this.conversations.values()) {
      if (c.status === "agent" && c.agent?.id === a.id) {
        c.status = "waiting"; c.agent = undefined; c.waitingSince = now();
        this.changed(c, "conversation.requeued", "system");
      }
    }
    this.pushPresence(a);
    this.routeAll();
  }

  newAgent(input: { name: string; email: string; password: string; role: MockAgent["role"] }): MockAgent {
    const a: MockAgent = { id: randomUUID(), ...input, status: "offline", languages: ["en"], skills: [], capacity: 3 };
    this.agents.set(a.id, a);
    return a;
  }

  // Agent side: cookie session + CSRF header on every change.
  agentOf(req: FastifyRequest): MockAgent | undefined {
    const s = this.sessions.get(req.cookies.tandem_agent ?? "");
    return s && this.agents.get(s.agentId);
  }

  guard(req: FastifyRequest, reply: FastifyReply, mutating: boolean) {
    const s = this.sessions.get(req.cookies.tandem_agent ?? "");
    if (!s) return fail(reply, 401, "not_signed_in");
    if (mutating && s.csrf !== req.headers["x-csrf-token"]) return fail(reply, 403, "csrf_mismatch");
    return undefined;
  }
}

export const fail = (reply: FastifyReply, status: number, code: string) =>
  reply.code(status).send({ error: { code, message: code.replace(/_/g, " ") } });
