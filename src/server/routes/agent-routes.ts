import type { FastifyRequest } from "fastify";
import { z } from "zod";
import {
  releaseConversation,
  resolveConversation,
  sendAgentMessage,
  takeConversation,
  type ActingAgent,
} from "../../core/conversations/agent-actions.ts";
import type { Conversation } from "../../core/conversations/conversation.ts";
import type { Agent } from "../../ports/agent-store.ts";
import type { Desk } from "../desk.ts";
import { endSession, startSession } from "../http/authentication.ts";
import { HttpError } from "../http/error-codes.ts";
import { presentBrief, presentConversationForAgent, presentMessage, presentNote } from "../http/presenters.ts";
import { requeueConversationsOf } from "../../core/routing/requeue-absent-agents.ts";
import { setPresence } from "../../core/routing/set-presence.ts";
import type { RouteRegistry } from "../http/route-registry.ts";
import { unwrap } from "../http/unwrap.ts";

const SignInBody = z.strictObject({ email: z.string().min(3).max(320), password: z.string().min(1).max(1000) });
const ListQuery = z.object({ view: z.enum(["queue", "mine", "all"]).default("queue") });
const ReplyBody = z.strictObject({
  text: z.string({ error: "text is required and must be a string" }),
  clientMessageId: z.string().min(1).max(200).optional(),
  draftId: z.uuid().optional(),
});

const signInKey = (request: FastifyRequest) => {
  const email = (request.body as { email?: unknown } | undefined)?.email;
  return `${request.ip}|${typeof email === "string" ? email.toLowerCase() : ""}`;
};

export const presentAgent = (a: Agent) => ({ id: a.id, name: a.name, email: a.email, role: a.role });
export const acting = (a: Agent | undefined): ActingAgent => {
  if (!a) throw new HttpError("not_signed_in", "Sign in first.");
  return { id: a.id, name: a.name, role: a.role };
};

/** The agent workspace's API: sign-in, the queue, a conversation with its story, replies. */
export function registerAgentRoutes(routes: RouteRegistry, desk: Desk, limits: { signInLimit: number }): void {
  routes.add(
    {
      method: "POST",
      url: "/api/v1/agent/session",
      summary: "Sign in; sets an httpOnly session cookie and returns the CSRF token for later changes",
      tag: "agent",
      auth: "none",
      body: SignInBody,
      // Guessing is limited per address and account, so colleagues behind one office
      // address do not lock each other out.
      rateLimit: { perMinute: limits.signInLimit, key: signInKey },
      responses: { 200: "Signed in", 401: "Wrong e-mail or password", 429: "Too many attempts" },
    },
    async ({ body, request, reply }) => {
      const agent = await desk.agents.findByEmail(body.email);
      // Verify against a dummy hash when the e-mail is unknown, so timing does not tell.
      const ok = await desk.passwords.verify(body.password, agent?.passwordHash ?? desk.dummyPasswordHash);
      if (!agent || !ok) throw new HttpError("invalid_credentials", "Wrong e-mail or password.");
      const csrfToken = await startSession(desk, agent, request, reply);
      return { agent: presentAgent(agent), csrfToken };
    },
  );

  routes.add(
    { method: "DELETE", url: "/api/v1/agent/session", summary: "Sign out: you go offline and your conversations go back to the queue", tag: "agent", auth: "agent", responses: { 200: "Signed out" } },
    async ({ request, reply }) => {
      const agentId = request.agent!.id;
      await setPresence(desk.deps, { agentId, change: { status: "offline" } });
      await requeueConversationsOf(desk.deps, agentId, "the agent signed out");
      await endSession(desk, request, reply);
      return { ok: true };
    },
  );

  routes.add(
    { method: "GET", url: "/api/v1/agent/me", summary: "The signed-in person and their CSRF token", tag: "agent", auth: "agent", responses: { 200: "Signed in", 401: "Not signed in" } },
    async ({ request }) => ({ agent: presentAgent(request.agent!), csrfToken: request.csrfToken }),
  );

  routes.add(
    {
      method: "GET",
      url: "/api/v1/agent/conversations",
      summary: "The queue (waiting, heaviest and longest-waiting first), my conversations, or all recent ones",
      tag: "agent",
      auth: "agent",
      query: ListQuery,
      responses: { 200: "Conversations" },
    },
    async ({ query, request }) => {
      const list = await listFor(desk, query.view, request.agent!.id);
      const last = await desk.deps.conversations.lastMessages(list.map((c) => c.id));
      return { conversations: list.map((c) => presentConversationForAgent(c, last.get(c.id))) };
    },
  );

  routes.add(
    {
      method: "GET",
      url: "/api/v1/agent/conversations/:id",
      summary: "One conversation with every message, the customer's history and the event log",
      tag: "agent",
      auth: "agent",
      responses: { 200: "The conversation", 404: "No such conversation" },
    },
    async ({ params }) => {
      const conversation = await desk.deps.conversations.get(params.id!);
      if (!conversation) throw new HttpError("conversation_not_found", "There is no such conversation.");
      const [messages, log, notes] = await Promise.all([
        desk.deps.conversations.listMessages(conversation.id),
        desk.deps.conversations.listLog(conversation.id),
        desk.deps.notes.list(conversation.id),
      ]);
      const day = 86_400_000;
      return {
        conversation: presentConversationForAgent(conversation, messages.at(-1)),
        brief: presentBrief(conversation, messages, log, desk.deps.clock.now()),
        messages: messages.map((m) => presentMessage(m, "staff")),
        notes: notes.map(presentNote),
        history: conversation.history.map((e) => ({
          ...e,
          at: new Date(conversation.createdAt.getTime() - e.daysAgo * day).toISOString(),
        })),
        log: log.map((e) => ({ type: e.type, actor: e.actor, at: e.at.toISOString(), data: e.data })),
      };
    },
  );

  routes.add(
    { method: "POST", url: "/api/v1/agent/conversations/:id/assign", summary: "Take a waiting conversation (atomic: one person wins)", tag: "agent", auth: "agent", responses: { 200: "Yours now", 409: "Someone else has it" } },
    async ({ params, request }) => {
      const { conversation } = unwrap(await takeConversation(desk.deps, { conversationId: params.id!, agent: acting(request.agent) }));
      return { conversation: presentConversationForAgent(conversation) };
    },
  );

  routes.add(
    { method: "POST", url: "/api/v1/agent/conversations/:id/release", summary: "Put a conversation you hold back in the queue", tag: "agent", auth: "agent", responses: { 200: "Back in the queue", 403: "Not yours" } },
    async ({ params, request }) => {
      const { conversation } = unwrap(await releaseConversation(desk.deps, { conversationId: params.id!, agent: acting(request.agent) }));
      return { conversation: presentConversationForAgent(conversation) };
    },
  );

  routes.add(
    {
      method: "POST",
      url: "/api/v1/agent/conversations/:id/messages",
      summary: "Reply to the customer in a conversation you hold",
      tag: "agent",
      auth: "agent",
      body: ReplyBody,
      responses: { 201: "Sent", 403: "Take the conversation first" },
    },
    async ({ params, request, body, reply }) => {
      const { draftId, ...message } = body;
      const draft = draftId ? await desk.deps.drafts.get(draftId) : undefined;
      if (draftId && (!draft || draft.conversationId !== params.id)) throw new HttpError("draft_not_found", "There is no such draft in this conversation.");
      const sent = unwrap(
        await sendAgentMessage(desk.deps, { conversationId: params.id!, agent: acting(request.agent), ...message, draft }),
      );
      reply.code(201);
      return { message: presentMessage(sent.message, "staff") };
    },
  );

  routes.add(
    { method: "POST", url: "/api/v1/agent/conversations/:id/resolve", summary: "Resolve a conversation you hold (supervisors: any)", tag: "agent", auth: "agent", responses: { 200: "Resolved", 403: "Not yours" } },
    async ({ params, request }) => {
      const { conversation } = unwrap(await resolveConversation(desk.deps, { conversationId: params.id!, agent: acting(request.agent) }));
      return { conversation: presentConversationForAgent(conversation) };
    },
  );
}

async function listFor(desk: Desk, view: "queue" | "mine" | "all", agentId: string): Promise<Conversation[]> {
  const store = desk.deps.conversations;
  if (view === "mine") return store.list({ statuses: ["agent"], assignedAgentId: agentId });
  if (view === "all") return store.list({ limit: 200 });
  const waiting = await store.list({ statuses: ["waiting"], limit: 500 });
  // Heaviest first; among equals, whoever has waited longest.
  return waiting.sort(
    (a, b) => b.weight - a.weight || (a.waitingSince?.getTime() ?? 0) - (b.waitingSince?.getTime() ?? 0),
  );
}
