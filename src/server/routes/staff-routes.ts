import { z } from "zod";
import { addNote } from "../../core/conversations/add-note.ts";
import { draftReply } from "../../core/conversations/draft-reply.ts";
import { completeCallback } from "../../core/conversations/request-callback.ts";
import { transferConversation } from "../../core/conversations/transfer-conversation.ts";
import { SUPPORTED_LANGUAGES } from "../../core/languages.ts";
import { queueOrder } from "../../core/routing/select-agent.ts";
import { DEFAULT_CAPACITY, MAX_CAPACITY, setPresence } from "../../core/routing/set-presence.ts";
import type { Presence } from "../../ports/presence-store.ts";
import type { Desk } from "../desk.ts";
import { HttpError } from "../http/error-codes.ts";
import { presentCallback, presentConversationForAgent, presentNote } from "../http/presenters.ts";
import type { RouteRegistry } from "../http/route-registry.ts";
import { unwrap } from "../http/unwrap.ts";
import { acting } from "./agent-routes.ts";

const PresenceBody = z.strictObject({
  status: z.enum(["online", "away", "offline"]).optional(),
  languages: z.array(z.enum(SUPPORTED_LANGUAGES)).max(12).optional(),
  skills: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
  capacity: z.number().int().min(1).max(MAX_CAPACITY).optional(),
});
const NoteBody = z.strictObject({ text: z.string({ error: "text is required and must be a string" }) });
const TransferBody = z.union([
  z.strictObject({ agentId: z.uuid() }),
  z.strictObject({ skill: z.string().trim().min(1).max(40).transform((s) => s.toLowerCase()) }),
]);
const CallbackQuery = z.object({ status: z.enum(["open", "done"]).default("open") });

export function presentColleague(agent: { id: string; name: string; role?: string }, presence: Presence | undefined, loads: Map<string, number>) {
  return {
    id: agent.id,
    name: agent.name,
    ...(agent.role ? { role: agent.role } : {}),
    status: presence?.status ?? "offline",
    languages: presence?.languages ?? [],
    skills: presence?.skills ?? [],
    capacity: presence?.capacity ?? DEFAULT_CAPACITY,
    load: loads.get(agent.id) ?? 0,
    ...(presence ? { lastSeenAt: presence.lastSeenAt.toISOString() } : {}),
  };
}

/** Presence, colleagues, notes, transfers, assist drafts, callbacks and the supervisor view. */
export function registerStaffRoutes(routes: RouteRegistry, desk: Desk): void {
  const deps = desk.deps;

  routes.add(
    { method: "GET", url: "/api/v1/agent/presence", summary: "My presence: status, languages, skills, capacity and current load", tag: "agent", auth: "agent", responses: { 200: "Presence" } },
    async ({ request }) => {
      const agentId = request.agent!.id;
      const [presence, loads] = await Promise.all([deps.presence.get(agentId), deps.presence.loads()]);
      return { presence: presentPresence(presence, loads.get(agentId) ?? 0) };
    },
  );

  routes.add(
    {
      method: "PUT",
      url: "/api/v1/agent/presence",
      summary: "Go online, away or offline, and say which languages, skills and how many conversations at once",
      tag: "agent",
      auth: "agent",
      body: PresenceBody,
      responses: { 200: "Updated", 400: "Unknown language or bad capacity" },
    },
    async ({ request, body }) => {
      const agentId = request.agent!.id;
      const { presence } = unwrap(await setPresence(deps, { agentId, change: body }));
      const loads = await deps.presence.loads();
      return { presence: presentPresence(presence, loads.get(agentId) ?? 0) };
    },
  );

  routes.add(
    { method: "GET", url: "/api/v1/agent/colleagues", summary: "Everyone, with status, languages, skills and load (for transfers)", tag: "agent", auth: "agent", responses: { 200: "Colleagues" } },
    async () => ({ agents: await colleagues(desk) }),
  );

  routes.add(
    { method: "POST", url: "/api/v1/agent/conversations/:id/notes", summary: "Add an internal note (never shown to the customer)", tag: "agent", auth: "agent", body: NoteBody, responses: { 201: "Added", 404: "No such conversation" } },
    async ({ request, params, body, reply }) => {
      const { note } = unwrap(await addNote(deps, { conversationId: params.id!, agent: acting(request.agent), text: body.text }));
      reply.code(201);
      return { note: presentNote(note) };
    },
  );

  routes.add(
    {
      method: "POST",
      url: "/api/v1/agent/conversations/:id/transfer",
      summary: "Transfer to a colleague ({agentId}) or back to the queue for a skill ({skill})",
      tag: "agent",
      auth: "agent",
      body: TransferBody,
      responses: { 200: "Transferred", 403: "Not yours", 404: "No such conversation or colleague" },
    },
    async ({ request, params, body }) => {
      let to: { agentId: string; agentName: string } | { skill: string };
      if ("agentId" in body) {
        const colleague = await desk.agents.findById(body.agentId);
        if (!colleague) throw new HttpError("agent_not_found", "There is no such colleague.");
        to = { agentId: colleague.id, agentName: colleague.name };
      } else {
        to = { skill: body.skill };
      }
      const { conversation } = unwrap(await transferConversation(deps, { conversationId: params.id!, agent: acting(request.agent), to }));
      return { conversation: presentConversationForAgent(conversation) };
    },
  );

  routes.add(
    {
      method: "POST",
      url: "/api/v1/agent/conversations/:id/draft",
      summary: "Assist mode: the assistant drafts a reply with its sources (same grounding rules); the person edits and sends it",
      tag: "agent",
      auth: "agent",
      responses: { 200: "A draft, or null with the reason", 403: "Not yours" },
    },
    async ({ request, params }) => {
      const { draft, reason } = unwrap(await draftReply(deps, { conversationId: params.id!, agent: acting(request.agent) }));
      if (!draft) return { draft: null, reason };
      return { draft: { id: draft.id, text: draft.text, sources: draft.sources.map((s) => ({ articleId: s.articleId, title: s.title, ...(s.url ? { url: s.url } : {}) })) } };
    },
  );

  routes.add(
    { method: "GET", url: "/api/v1/agent/callbacks", summary: "Callbacks customers asked for (open ones by due time)", tag: "agent", auth: "agent", query: CallbackQuery, responses: { 200: "Callbacks" } },
    async ({ query }) => ({ callbacks: (await deps.callbacks.list(query.status)).map(presentCallback) }),
  );

  routes.add(
    { method: "POST", url: "/api/v1/agent/callbacks/:id/complete", summary: "Mark a callback done", tag: "agent", auth: "agent", responses: { 200: "Done", 404: "No such callback" } },
    async ({ request, params }) => {
      const { callback } = unwrap(await completeCallback(deps, { callbackId: params.id!, agentId: request.agent!.id }));
      return { callback: presentCallback(callback) };
    },
  );

  routes.add(
    {
      method: "GET",
      url: "/api/v1/supervisor/overview",
      summary: "Live view: the queue, who is online with their load, waits, callbacks due (supervisors only)",
      tag: "supervisor",
      auth: "supervisor",
      responses: { 200: "Overview", 403: "Supervisors only" },
    },
    async () => {
      const now = deps.clock.now();
      const [waiting, people, open] = await Promise.all([
        deps.conversations.list({ statuses: ["waiting"], limit: 500 }),
        colleagues(desk),
        deps.callbacks.list("open"),
      ]);
      const waits = waiting.map((c) => (now.getTime() - (c.waitingSince ?? c.updatedAt).getTime()) / 1000).sort((a, b) => a - b);
      const last = await deps.conversations.lastMessages(waiting.map((c) => c.id));
      return {
        queue: waiting.sort(queueOrder).map((c) => presentConversationForAgent(c, last.get(c.id))),
        agents: people,
        waits: {
          waiting: waits.length,
          medianSeconds: Math.round(waits[Math.floor(waits.length / 2)] ?? 0),
          longestSeconds: Math.round(waits.at(-1) ?? 0),
        },
        callbacksDue: open.filter((c) => c.dueAt.getTime() <= now.getTime() + 3_600_000).map(presentCallback),
      };
    },
  );
}

function presentPresence(presence: Presence | undefined, load: number) {
  return {
    status: presence?.status ?? "offline",
    languages: presence?.languages ?? [],
    skills: presence?.skills ?? [],
    capacity: presence?.capacity ?? DEFAULT_CAPACITY,
    load,
  };
}

async function colleagues(desk: Desk) {
  const [people, presences, loads] = await Promise.all([desk.agents.list(), desk.deps.presence.listAll(), desk.deps.presence.loads()]);
  const byId = new Map(presences.map((p) => [p.agentId, p]));
  return people.map((a) => presentColleague(a, byId.get(a.id), loads));
}
