import { randomUUID } from "node:crypto";
import type { Conversation, Message } from "../core/conversations/conversation.ts";

export function aConversation(overrides: Partial<Conversation> = {}): Conversation {
  const now = new Date("2026-11-01T10:00:00Z");
  return {
    id: randomUUID(),
    customer: { id: "crm-1", name: "Ada", language: "en" },
    channel: "chat",
    status: "assistant",
    route: "ai",
    weight: 0.1,
    reasons: ["order status question"],
    language: "en",
    history: [],
    assistantFailures: 0,
    recent: { customerTexts: ["Where is my order?"], lastAuthor: "customer" },
    lastSeq: 0,
    version: 1,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

export function aMessage(conversation: Conversation, overrides: Partial<Message> = {}): Message {
  return {
    id: randomUUID(),
    conversationId: conversation.id,
    seq: conversation.lastSeq,
    author: "customer",
    text: "Where is my order?",
    createdAt: conversation.updatedAt,
    ...overrides,
  };
}
