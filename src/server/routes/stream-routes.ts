import type { FastifyInstance, FastifyRequest } from "fastify";
import type { WebSocket } from "ws";
import type { DeskEvent } from "../../ports/event-bus.ts";
import { MIN_OPENING_DRAFT_KEY, openingDraftChannel } from "../../core/conversations/answer-drafts.ts";
import type { Desk } from "../desk.ts";
import { HttpError } from "../http/error-codes.ts";
import { presentCallback, presentConversationForAgent, presentConversationForCustomer, presentMessage, presentNote } from "../http/presenters.ts";
import type { Auth } from "../http/route-registry.ts";
import { presentColleague } from "./staff-routes.ts";

type Authenticate = (auth: Auth, request: FastifyRequest) => Promise<void>;

/**
 * Live updates. A widget subscribes before it catches up (`?after=`), so nothing that is
 * committed between the two can fall into a gap; the client drops duplicates by id.
 */
export function registerCustomerStreamRoutes(app: FastifyInstance, desk: Desk, authenticate: Authenticate): void {
  app.get(
    "/api/v1/conversations/:id/stream",
    { websocket: true, preValidation: async (request) => authenticate("conversation", request) },
    (socket, request) => {
      const id = (request.params as { id: string }).id;
      const { after, drafts } = request.query as { after?: string; drafts?: string };
      // Drafts are opt-in: a client written to the fixed contract hears only messages and status.
      const wantsDrafts = drafts === "1" || drafts === "true";
      const send = (event: DeskEvent) => {
        const frame = customerFrame(desk, event, wantsDrafts);
        if (frame) sendFrame(socket, frame);
      };
      const unsubscribe = desk.deps.bus.subscribeConversation(id, send);
      socket.on("close", unsubscribe);
      void catchUp(desk, id, after, send).catch(() => socket.close(1011, "catch-up failed"));
    },
  );
}

/**
 * Drafts of the answer to a conversation's first message, before the customer has a
 * conversation to subscribe to: the channel is the client's own long, random message id
 * (see core/conversations/answer-drafts.ts). Only draft frames are sent here, and the
 * socket closes itself after a while: it is for the seconds the first answer takes.
 */
export function registerOpeningDraftRoute(app: FastifyInstance, desk: Desk, maxListeners = MAX_OPENING_LISTENERS): void {
  // Anyone may open one (there is no token yet), so their number is capped: past it a
  // listener is turned away at once, and that customer gets the answer whole, as without drafts.
  let listening = 0;
  app.get(
    "/api/v1/opening-drafts",
    {
      websocket: true,
      preValidation: async (request) => {
        const key = (request.query as { clientMessageId?: unknown }).clientMessageId;
        if (typeof key !== "string" || key.length > MAX_KEY || !openingDraftChannel(key)) {
          throw new HttpError("invalid_request", `Give the clientMessageId of the first message (${MIN_OPENING_DRAFT_KEY} to ${MAX_KEY} characters).`);
        }
      },
    },
    (socket, request) => {
      if (listening >= maxListeners) {
        socket.close(1013, "too many listeners; the answer comes with the POST");
        return;
      }
      listening++;
      const channel = openingDraftChannel((request.query as { clientMessageId: string }).clientMessageId)!;
      const unsubscribe = desk.deps.bus.subscribeConversation(channel, (event) => {
        if (event.type === "draft") sendFrame(socket, { type: "draft", draft: event.draft });
      });
      const timer = setTimeout(() => socket.close(1000, "long enough for a first answer"), OPENING_DRAFTS_MS);
      socket.on("close", () => {
        listening--;
        clearTimeout(timer);
        unsubscribe();
      });
    },
  );
}

const MAX_KEY = 200;
/** Per server process: far more first answers than a desk writes at once. */
const MAX_OPENING_LISTENERS = 5_000;
/** Longer than any language model may take (its timeout is at most 120 s). */
const OPENING_DRAFTS_MS = 130_000;

/** Every change, for signed-in staff (in the context that reads their session cookie). */
export function registerAgentStreamRoutes(app: FastifyInstance, desk: Desk, authenticate: Authenticate): void {
  const hub = new AgentStreamHub(desk);
  app.addHook("onClose", async () => hub.close());
  app.get(
    "/api/v1/agent/stream",
    { websocket: true, preValidation: async (request) => authenticate("agent", request) },
    (socket, request) => {
      const agentId = request.agent!.id;
      const unsubscribe = hub.add(socket);
      // The workspace sends a heartbeat every 15 s; without one for a minute, the person
      // counts as gone and their conversations go back to the queue.
      socket.on("message", (data) => {
        if (isHeartbeat(String(data))) void desk.deps.presence.touch(agentId, desk.deps.clock.now());
      });
      void desk.deps.presence.touch(agentId, desk.deps.clock.now());
      socket.on("close", unsubscribe);
    },
  );
}

async function catchUp(desk: Desk, conversationId: string, after: string | undefined, send: (e: DeskEvent) => void) {
  const conversation = await desk.deps.conversations.get(conversationId);
  if (!conversation) throw new HttpError("conversation_not_found", "There is no such conversation.");
  send({ type: "conversation", conversation });
  if (after === undefined) return;
  const anchor = await desk.deps.conversations.findMessage(conversationId, after);
  const missed = await desk.deps.conversations.listMessages(conversationId, { afterSeq: anchor?.seq ?? 0 });
  for (const message of missed) send({ type: "message", message });
}

/** A customer hears only their conversation's messages and status (and drafts, if asked) — never staff events. */
function customerFrame(desk: Desk, event: DeskEvent, wantsDrafts: boolean) {
  if (event.type === "message") return { type: "message", message: presentMessage(event.message) };
  if (event.type === "draft") return wantsDrafts ? { type: "draft", draft: event.draft } : undefined;
  if (event.type === "conversation") {
    return { type: "conversation", conversation: presentConversationForCustomer(event.conversation, desk.staffing) };
  }
  return undefined;
}

/**
 * Every agent screen hears every change. The frame is built (and serialised) once per
 * event and the same string goes to every socket: with 200 people online, one event
 * costs one presentation, not 200.
 */
class AgentStreamHub {
  private readonly sockets = new Set<WebSocket>();
  private unsubscribe?: () => void;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly desk: Desk) {}

  add(socket: WebSocket): () => void {
    this.sockets.add(socket);
    this.unsubscribe ??= this.desk.deps.bus.subscribeAll((event) => {
      // In order: a message must not overtake the status change committed before it.
      this.chain = this.chain.then(() => this.broadcast(event)).catch(() => undefined);
    });
    return () => {
      this.sockets.delete(socket);
      if (this.sockets.size === 0) this.close();
    };
  }

  close(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private async broadcast(event: DeskEvent): Promise<void> {
    if (this.sockets.size === 0) return;
    const frame = await agentFrame(this.desk, event);
    if (!frame) return;
    const text = JSON.stringify(frame);
    for (const socket of this.sockets) if (socket.readyState === socket.OPEN) socket.send(text);
  }
}

async function agentFrame(desk: Desk, event: DeskEvent) {
  switch (event.type) {
    case "message":
      return { type: "message", message: presentMessage(event.message, "staff") };
    case "conversation":
      return { type: "conversation", conversation: presentConversationForAgent(event.conversation) };
    case "note":
      return { type: "note", note: presentNote(event.note) };
    case "callback":
      return { type: "callback", callback: presentCallback(event.callback) };
    case "draft":
      // The customer's preview only: agents read the committed reply.
      return undefined;
    case "presence": {
      const [presence, loads, name] = await Promise.all([
        desk.deps.presence.get(event.agentId),
        desk.deps.presence.loads(),
        desk.deps.agentName(event.agentId),
      ]);
      return presence ? { type: "presence", agent: presentColleague({ id: event.agentId, name: name ?? "" }, presence, loads) } : undefined;
    }
  }
}

function isHeartbeat(data: string): boolean {
  try {
    return (JSON.parse(data) as { type?: unknown }).type === "heartbeat";
  } catch {
    return false;
  }
}

function sendFrame(socket: WebSocket, frame: unknown): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
}
