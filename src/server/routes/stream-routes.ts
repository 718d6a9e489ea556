import type { FastifyInstance, FastifyRequest } from "fastify";
import type { WebSocket } from "ws";
import type { DeskEvent } from "../../ports/event-bus.ts";
import type { Desk } from "../desk.ts";
import { HttpError } from "../http/error-codes.ts";
import { presentConversationForAgent, presentConversationForCustomer, presentMessage } from "../http/presenters.ts";
import type { Auth } from "../http/route-registry.ts";

type Authenticate = (auth: Auth, request: FastifyRequest) => Promise<void>;

/**
 * Live updates. A widget subscribes before it catches up (`?after=`), so nothing that is
 * committed between the two can fall into a gap; the client drops duplicates by id.
 */
export function registerStreamRoutes(app: FastifyInstance, desk: Desk, authenticate: Authenticate): void {
  app.get(
    "/api/v1/conversations/:id/stream",
    { websocket: true, preValidation: async (request) => authenticate("conversation", request) },
    (socket, request) => {
      const id = (request.params as { id: string }).id;
      const after = (request.query as { after?: string }).after;
      const send = (event: DeskEvent) => sendFrame(socket, customerFrame(event));
      const unsubscribe = desk.deps.bus.subscribeConversation(id, send);
      socket.on("close", unsubscribe);
      void catchUp(desk, id, after, send).catch(() => socket.close(1011, "catch-up failed"));
    },
  );

  app.get(
    "/api/v1/agent/stream",
    { websocket: true, preValidation: async (request) => authenticate("agent", request) },
    (socket) => {
      const unsubscribe = desk.deps.bus.subscribeAll((event) => sendFrame(socket, agentFrame(event)));
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

function customerFrame(event: DeskEvent) {
  return event.type === "message"
    ? { type: "message", message: presentMessage(event.message) }
    : { type: "conversation", conversation: presentConversationForCustomer(event.conversation) };
}

function agentFrame(event: DeskEvent) {
  return event.type === "message"
    ? { type: "message", message: presentMessage(event.message) }
    : { type: "conversation", conversation: presentConversationForAgent(event.conversation) };
}

function sendFrame(socket: WebSocket, frame: unknown): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
}
