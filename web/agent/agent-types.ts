// Wire shapes of the agent API.
import type { Callback, ConversationStatus, Message, Source } from "../shared/api-types.ts";

export interface Agent {
  id: string;
  name: string;
  email: string;
  role: string;
}

export interface ConversationSummary {
  id: string;
  status: ConversationStatus;
  route: "ai" | "human";
  weight: number;
  reasons: string[];
  language: string;
  customer: { id?: string; name?: string };
  assignedAgent?: { id: string; name: string };
  lastMessage?: { author: string; text: string; createdAt: string };
  waitingSince?: string;
  updatedAt: string;
  /** The skill it was transferred to, if any. */
  skill?: string;
}

export interface HistoryEvent {
  type: string;
  at: string;
  [field: string]: unknown;
}

/** Who did it: a plain name, or the desk's `{kind, id?, name?}`. */
export type LogActor = string | { kind: string; id?: string; name?: string };

export interface LogEntry {
  type: string;
  actor: LogActor;
  at: string;
  data?: unknown;
}

/** Written by agents for agents; the customer never sees it. */
export interface Note {
  id: string;
  conversationId: string;
  agentId: string;
  agentName: string;
  text: string;
  createdAt: string;
}

/** What the agent's first screen says happened before a person was asked in. */
export interface Brief {
  reasons: string[];
  language: string;
  /** Plain lines, newest first. */
  history: string[];
  assistant: { text: string; sources: Source[]; createdAt: string }[];
  mood: { at: string; weight: number }[];
  waitingSeconds?: number;
}

export interface ConversationDetail {
  conversation: ConversationSummary;
  messages: Message[];
  history: HistoryEvent[];
  log: LogEntry[];
  /** Absent from a desk that predates notes and briefs. */
  notes?: Note[];
  brief?: Brief;
}

export type PresenceStatus = "online" | "away" | "offline";

export interface Presence {
  status: PresenceStatus;
  languages: string[];
  skills: string[];
  capacity: number;
  load: number;
}

/** A colleague as the transfer list and the supervisor view show them. */
export interface AgentPresence {
  id: string;
  name: string;
  role?: string;
  status: PresenceStatus;
  languages: string[];
  skills: string[];
  capacity: number;
  load: number;
  lastSeenAt?: string;
}

export interface Draft {
  id: string;
  text: string;
  sources: Source[];
}

export type DraftResult = { draft: Draft } | { draft: null; reason: string };

export type AgentCallback = Callback;

export interface Overview {
  queue: ConversationSummary[];
  agents: AgentPresence[];
  waits: { waiting: number; medianSeconds: number; longestSeconds: number };
  callbacksDue: AgentCallback[];
}

export type View = "queue" | "mine" | "callbacks";

/** The twelve languages Tandem serves customers in. */
export const LANGUAGES = ["en", "sv", "de", "fr", "es", "nl", "pl", "it", "fi", "da", "no", "pt"] as const;
