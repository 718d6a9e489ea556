import type { HistoryEvent, CustomerProfile } from "../inquiry.ts";

export type ConversationStatus = "assistant" | "waiting" | "agent" | "resolved";
export type Route = "ai" | "human";
export type Author = "customer" | "assistant" | "agent" | "system";

export interface Source {
  articleId: string;
  title: string;
  /** The article version the answer came from, so it can be traced to the exact text. */
  version: number;
  url?: string;
}

export interface Message {
  id: string;
  conversationId: string;
  /** Position in the conversation, 1-based; `?after=` and reconnects rely on it. */
  seq: number;
  author: Author;
  text: string;
  createdAt: Date;
  clientMessageId?: string;
  /** For replies: the customer message they answer (so a retried send can be replayed). */
  inReplyTo?: string;
  sources?: Source[];
  agentId?: string;
  agentName?: string;
  /** The assist-mode draft this agent reply started from. */
  draftId?: string;
}

export interface CustomerRef {
  /** The firm's own id; links the conversation to the history the firm posted. */
  id?: string;
  name?: string;
  language?: string;
}

export interface Conversation {
  id: string;
  customer: CustomerRef;
  channel: string;
  status: ConversationStatus;
  route: Route;
  weight: number;
  reasons: string[];
  language: string;
  assignedAgentId?: string;
  assignedAgentName?: string;
  /** The customer's history when the conversation opened: re-triage reads it again. */
  history: HistoryEvent[];
  profile?: CustomerProfile;
  /** Times the assistant could not help; triage weighs it on later messages. */
  assistantFailures: number;
  /** The last few customer texts and who spoke last: what re-triage needs, without a read. */
  recent: { customerTexts: string[]; lastAuthor: Author };
  lastSeq: number;
  /** Optimistic-concurrency version; every committed change bumps it. */
  version: number;
  openKey?: string;
  /** Needed skill, set by a transfer to a skill; routing honours it. */
  skill?: string;
  rating?: { score: number; comment?: string };
  createdAt: Date;
  updatedAt: Date;
  waitingSince?: Date;
  resolvedAt?: Date;
}

export type Actor =
  | { kind: "customer"; id?: string }
  | { kind: "agent"; id: string }
  | { kind: "system" }
  | { kind: "firm" };

/** One line of the append-only log; guardrail metrics are computed from it. */
export interface LogEvent {
  conversationId: string;
  type: ConversationEventType;
  actor: Actor;
  at: Date;
  data: Record<string, unknown>;
}

export const CONVERSATION_EVENT_TYPES = [
  "conversation.opened",
  "message.received",
  "conversation.triaged",
  "assistant.answered",
  "assistant.unsure",
  "assistant.small_talk",
  "conversation.handed_over",
  "conversation.assigned",
  "conversation.released",
  "agent.replied",
  "conversation.resolved",
  "conversation.reopened",
  "conversation.rated",
  "conversation.transferred",
  "note.added",
  "callback.requested",
  "callback.completed",
  "assist.drafted",
] as const;

export type ConversationEventType = (typeof CONVERSATION_EVENT_TYPES)[number];
