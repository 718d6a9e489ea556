import type { Conversation, Message } from "../core/conversations/conversation.ts";
import type { Callback } from "./callback-store.ts";
import type { Note } from "./note-store.ts";

/**
 * Fan-out of committed changes to whoever is listening (widgets, agent screens), in this
 * process or, with Redis, in every process sharing the database. Only committed changes
 * are published, so a listener never sees a message that could still be lost.
 */
export type DeskEvent =
  | { type: "message"; message: Message }
  | { type: "conversation"; conversation: Conversation }
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
