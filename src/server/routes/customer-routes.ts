import { z } from "zod";
import { handleCustomerMessage } from "../../core/conversations/handle-customer-message.ts";
import { openConversation } from "../../core/conversations/open-conversation.ts";
import { rateConversation, MAX_RATING_COMMENT } from "../../core/conversations/rate-conversation.ts";
import { requestHandoff } from "../../core/conversations/request-handoff.ts";
import { MAX_MESSAGE_LENGTH } from "../../core/conversations/desk-deps.ts";
import { MAX_CALLBACK_NOTE, requestCallback } from "../../core/conversations/request-callback.ts";
import type { Desk } from "../desk.ts";
import { HttpError } from "../http/error-codes.ts";
import { presentCallback, presentConversationForCustomer, presentMessage } from "../http/presenters.ts";
import type { RouteRegistry } from "../http/route-registry.ts";
import { unwrap } from "../http/unwrap.ts";

// Emptiness and length are the core's rules (text_empty, text_too_long); zod checks the type.
const text = z
  .string({ error: "text is required and must be a string" })
  .describe(`The message, 1 to ${MAX_MESSAGE_LENGTH} characters`);
const clientMessageId = z.string().min(1).max(200).optional();

export const OpenConversationBody = z.strictObject({
  customer: z
    .strictObject({
      id: z.string().min(1).max(200).optional(),
      name: z.string().max(200).optional(),
      language: z.string().max(35).optional(),
    })
    .optional(),
  text,
  channel: z.enum(["chat", "email", "voice-transcript", "api"]).optional(),
  clientMessageId,
});

const SendMessageBody = z.strictObject({ text, clientMessageId });
const RatingBody = z.strictObject({
  score: z.number().int().min(1).max(5),
  comment: z.string().max(MAX_RATING_COMMENT).optional(),
});
const AfterQuery = z.object({ after: z.string().max(100).optional() });
const CallbackBody = z.strictObject({
  channel: z.enum(["phone", "email"]),
  contact: z.string().trim().min(3).max(320),
  note: z.string().max(MAX_CALLBACK_NOTE).optional(),
});

/** The customer-facing API of shared/spec/api.md: these paths and fields are a contract. */
export function registerCustomerRoutes(routes: RouteRegistry, desk: Desk): void {
  routes.add(
    {
      method: "POST",
      url: "/api/v1/conversations",
      summary: "Open a conversation with the customer's first message; returns its bearer token",
      tag: "customer",
      auth: "none",
      body: OpenConversationBody,
      responses: { 201: "Opened (or the same conversation again for a retried clientMessageId)", 400: "Invalid input", 409: "clientMessageId reused for another text" },
    },
    async ({ body, reply }) => {
      const opened = unwrap(await openConversation(desk.deps, body));
      reply.code(201);
      return {
        conversation: presentConversationForCustomer(opened.conversation, desk.staffing),
        token: opened.token,
        messages: opened.messages.map((m) => presentMessage(m)),
      };
    },
  );

  routes.add(
    {
      method: "POST",
      url: "/api/v1/conversations/:id/messages",
      summary: "Send a customer message; a retried clientMessageId returns the original messages",
      tag: "customer",
      auth: "conversation",
      body: SendMessageBody,
      responses: { 201: "Stored (and answered when the assistant has the conversation)", 404: "No such conversation" },
    },
    async ({ body, params, reply }) => {
      const handled = unwrap(await handleCustomerMessage(desk.deps, { conversationId: params.id!, ...body }));
      reply.code(201);
      return { conversation: presentConversationForCustomer(handled.conversation, desk.staffing), messages: handled.messages.map((m) => presentMessage(m)) };
    },
  );

  routes.add(
    {
      method: "GET",
      url: "/api/v1/conversations/:id/messages",
      summary: "Every message after the given message id (all without `after`), oldest first",
      tag: "customer",
      auth: "conversation",
      query: AfterQuery,
      responses: { 200: "Messages", 400: "`after` is not a message of this conversation", 404: "No such conversation" },
    },
    async ({ params, query }) => {
      const conversation = await desk.deps.conversations.get(params.id!);
      if (!conversation) throw new HttpError("conversation_not_found", "There is no such conversation.");
      let afterSeq = 0;
      if (query.after) {
        const anchor = await desk.deps.conversations.findMessage(conversation.id, query.after);
        if (!anchor) throw new HttpError("invalid_after", "`after` must be the id of a message in this conversation.");
        afterSeq = anchor.seq;
      }
      const messages = await desk.deps.conversations.listMessages(conversation.id, { afterSeq });
      return { conversation: presentConversationForCustomer(conversation, desk.staffing), messages: messages.map((m) => presentMessage(m)) };
    },
  );

  routes.add(
    {
      method: "POST",
      url: "/api/v1/conversations/:id/handoff",
      summary: "The customer asks for a person; always allowed",
      tag: "customer",
      auth: "conversation",
      responses: { 200: "Waiting for a person (or already with one)", 404: "No such conversation" },
    },
    async ({ params }) => {
      const { conversation } = unwrap(await requestHandoff(desk.deps, { conversationId: params.id! }));
      return { conversation: presentConversationForCustomer(conversation, desk.staffing) };
    },
  );

  routes.add(
    {
      method: "POST",
      url: "/api/v1/conversations/:id/rating",
      summary: "Rate the conversation from 1 to 5, with an optional comment",
      tag: "customer",
      auth: "conversation",
      body: RatingBody,
      responses: { 200: "Rated", 400: "Score outside 1..5", 404: "No such conversation" },
    },
    async ({ params, body }) => {
      const { conversation } = unwrap(await rateConversation(desk.deps, { conversationId: params.id!, ...body }));
      return { conversation: presentConversationForCustomer(conversation, desk.staffing) };
    },
  );

  routes.add(
    {
      method: "POST",
      url: "/api/v1/conversations/:id/callback",
      summary: "Ask to be called or written back (when nobody is online, or any time); becomes a task with a due time",
      tag: "customer",
      auth: "conversation",
      body: CallbackBody,
      responses: { 201: "Requested; a confirmation is added to the conversation", 400: "Not a phone number or e-mail address", 404: "No such conversation" },
    },
    async ({ params, body, reply }) => {
      const { callback } = unwrap(
        await requestCallback(desk.deps, { conversationId: params.id!, ...body, withinHours: desk.callbackWithinHours }),
      );
      reply.code(201);
      return { callback: presentCallback(callback) };
    },
  );
}
