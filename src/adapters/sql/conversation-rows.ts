import type { Conversation, LogEvent, Message, Source } from "../../core/conversations/conversation.ts";
import type { CustomerProfile, HistoryEvent } from "../../core/inquiry.ts";

/** Database rows as the raw client returns them (snake_case, JSON already parsed). */
export interface ConversationRow {
  id: string;
  customer_id: string | null;
  customer_name: string | null;
  channel: string;
  status: Conversation["status"];
  route: Conversation["route"];
  weight: number;
  reasons: string[];
  language: string;
  assigned_agent_id: string | null;
  assigned_agent_name: string | null;
  history: HistoryEvent[];
  profile: CustomerProfile | null;
  assistant_failures: number;
  recent: Conversation["recent"];
  last_seq: number;
  version: number;
  open_key: string | null;
  rating_score: number | null;
  rating_comment: string | null;
  created_at: Date | string;
  updated_at: Date | string;
  waiting_since: Date | string | null;
  resolved_at: Date | string | null;
  skill: string | null;
}

export interface MessageRow {
  id: string;
  conversation_id: string;
  seq: number;
  author: Message["author"];
  text: string;
  client_message_id: string | null;
  in_reply_to: string | null;
  sources: Source[] | null;
  agent_id: string | null;
  agent_name: string | null;
  created_at: Date | string;
  draft_id: string | null;
}

const date = (value: Date | string) => (value instanceof Date ? value : new Date(value));
const optionalDate = (value: Date | string | null) => (value === null ? undefined : date(value));
const optional = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

export function conversationFromRow(row: ConversationRow): Conversation {
  return {
    id: row.id,
    customer: { id: optional(row.customer_id), name: optional(row.customer_name), language: row.language },
    channel: row.channel,
    status: row.status,
    route: row.route,
    weight: Number(row.weight),
    reasons: row.reasons,
    language: row.language,
    assignedAgentId: optional(row.assigned_agent_id),
    assignedAgentName: optional(row.assigned_agent_name),
    history: row.history,
    profile: optional(row.profile),
    assistantFailures: row.assistant_failures,
    recent: row.recent,
    lastSeq: row.last_seq,
    version: row.version,
    openKey: optional(row.open_key),
    rating: row.rating_score === null ? undefined : { score: row.rating_score, comment: optional(row.rating_comment) },
    createdAt: date(row.created_at),
    updatedAt: date(row.updated_at),
    waitingSince: optionalDate(row.waiting_since),
    resolvedAt: optionalDate(row.resolved_at),
    skill: optional(row.skill),
  };
}

export function conversationToRow(c: Conversation): ConversationRow {
  return {
    id: c.id,
    customer_id: c.customer.id ?? null,
    customer_name: c.customer.name ?? null,
    channel: c.channel,
    status: c.status,
    route: c.route,
    weight: c.weight,
    reasons: c.reasons,
    language: c.language,
    assigned_agent_id: c.assignedAgentId ?? null,
    assigned_agent_name: c.assignedAgentName ?? null,
    history: c.history,
    profile: c.profile ?? null,
    assistant_failures: c.assistantFailures,
    recent: c.recent,
    last_seq: c.lastSeq,
    version: c.version,
    open_key: c.openKey ?? null,
    rating_score: c.rating?.score ?? null,
    rating_comment: c.rating?.comment ?? null,
    created_at: c.createdAt.toISOString(),
    updated_at: c.updatedAt.toISOString(),
    waiting_since: c.waitingSince?.toISOString() ?? null,
    resolved_at: c.resolvedAt?.toISOString() ?? null,
    skill: c.skill ?? null,
  };
}

export function messageFromRow(row: MessageRow): Message {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    seq: row.seq,
    author: row.author,
    text: row.text,
    createdAt: date(row.created_at),
    clientMessageId: optional(row.client_message_id),
    inReplyTo: optional(row.in_reply_to),
    sources: optional(row.sources),
    agentId: optional(row.agent_id),
    agentName: optional(row.agent_name),
    draftId: optional(row.draft_id),
  };
}

export function messageToRow(m: Message): MessageRow {
  return {
    id: m.id,
    conversation_id: m.conversationId,
    seq: m.seq,
    author: m.author,
    text: m.text,
    client_message_id: m.clientMessageId ?? null,
    in_reply_to: m.inReplyTo ?? null,
    sources: m.sources ?? null,
    agent_id: m.agentId ?? null,
    agent_name: m.agentName ?? null,
    created_at: m.createdAt.toISOString(),
    draft_id: m.draftId ?? null,
  };
}

export function eventToRow(e: LogEvent) {
  return {
    conversation_id: e.conversationId,
    type: e.type,
    actor_kind: e.actor.kind,
    actor_id: "id" in e.actor ? (e.actor.id ?? null) : null,
    data: e.data,
    at: e.at.toISOString(),
  };
}

export interface EventRow {
  conversation_id: string;
  type: LogEvent["type"];
  actor_kind: LogEvent["actor"]["kind"];
  actor_id: string | null;
  data: Record<string, unknown>;
  at: Date | string;
}

export function eventFromRow(row: EventRow): LogEvent {
  const actor: LogEvent["actor"] =
    row.actor_kind === "agent"
      ? { kind: "agent", id: row.actor_id ?? "" }
      : row.actor_kind === "customer"
        ? { kind: "customer", id: optional(row.actor_id) }
        : { kind: row.actor_kind };
  return { conversationId: row.conversation_id, type: row.type, actor, at: date(row.at), data: row.data };
}
