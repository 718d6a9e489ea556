// Wire shapes of the desk API as the browser apps see them (spec/api.md and the
// agent contract). Kept apart from src/ so the bundles never pull in server code.

export type Author = "customer" | "assistant" | "agent" | "system";
export type ConversationStatus = "assistant" | "waiting" | "agent" | "resolved";

export interface Source {
  articleId: string;
  title: string;
  url?: string;
}

export interface Message {
  id: string;
  conversationId: string;
  author: Author;
  text: string;
  createdAt: string;
  clientMessageId?: string;
  sources?: Source[];
  /** On agent messages: who wrote it. */
  agentName?: string;
  /** On agent messages that started as the assistant's draft. */
  draftId?: string;
}

/** The honest wait the desk tells a waiting customer; `message` is already in their language. */
export interface Wait {
  agentsOnline: number;
  estimatedMinutes?: number;
  message: string;
}

export interface Conversation {
  id: string;
  status: ConversationStatus;
  route: "ai" | "human";
  weight: number;
  reasons: string[];
  language: string;
  agentName?: string;
  /** The customer's score, once they have rated. */
  rating?: number;
  /** Only while status is "waiting". */
  wait?: Wait;
}

export type CallbackChannel = "phone" | "email";

/** A promise to contact the customer; the agent side adds who it is for. */
export interface Callback {
  id: string;
  conversationId: string;
  channel: CallbackChannel;
  contact: string;
  note?: string;
  dueAt: string;
  status: "open" | "done";
  createdAt?: string;
  customer?: { id?: string; name?: string };
}

export interface ApiErrorBody {
  error: { code: string; message: string };
}

/** Any frame the desk pushes; the agent feed has more kinds than the customer's. */
export interface AnyFrame {
  type: string;
  [field: string]: unknown;
}

export function parseFrame(data: unknown): AnyFrame | undefined {
  if (typeof data !== "string") return undefined;
  try {
    const frame = JSON.parse(data) as { type?: unknown };
    return frame && typeof frame.type === "string" ? (frame as AnyFrame) : undefined;
  } catch {
    return undefined;
  }
}
