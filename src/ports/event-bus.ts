import type { Conversation, Message } from "../core/conversations/conversation.ts";
import type { Callback } from "./callback-store.ts";
import type { Note } from "./note-store.ts";

/**
 * Fan-out of committed changes to whoever is listening (widgets, agent screens), in this
 * process or, with Redis, in every process sharing the database. Only committed changes
 * are published, so a listener never sees a message that could still be lost — with one
 * exception that says so in its name: a draft of an answer still being written.
 */
export type DeskEvent =
  | { type: "message"; message: Message }
  | { type: "conversation"; conversation: Conversation }
  // Never stored: the committed reply that follows replaces it.
  | { type: "draft"; draft: AnswerDraft }
  // Staff only: never sent to a customer's stream.
  | { type: "note"; note: Note }
  | { type: "presence"; agentId: string }
  | { type: "callback"; callback: Callback };

export interface EventBus {
  publish(conversationId: string, events: DeskEvent[]): Promise<void>;
  /** Events of one conversation. Returns an unsubscribe function. */
  subscribeConversation(conversationId: string, listener: (event: DeskEvent) => void): () => void;
  /** Events of every conversation (agent screens). */
  subscribeAll(listener: (event: DeskEvent) => void): () => void;
  close(): Promise<void>;
}

/**
 * The checked part of an assistant answer while the model is still writing it, for the
 * customer's screen. Each draft of one answer (same id) carries the whole text so far.
 */
export interface AnswerDraft {
  id: string;
  conversationId: string;
  text: string;
}
