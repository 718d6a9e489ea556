import type { Conversation, LogEvent, Message } from "../../core/conversations/conversation.ts";
import { customerText } from "../../core/conversations/customer-texts.ts";
import type { HistoryEvent } from "../../core/inquiry.ts";
import type { Callback } from "../../ports/callback-store.ts";
import type { Note } from "../../ports/note-store.ts";
import type { StaffingSnapshot } from "../staff/staffing-snapshot.ts";

/** Wire shapes: what callers see, never a database row or a domain object as it is. */
export function presentMessage(m: Message, audience: "customer" | "staff" = "customer") {
  return {
    id: m.id,
    conversationId: m.conversationId,
    author: m.author,
    text: m.text,
    createdAt: m.createdAt.toISOString(),
    ...(m.clientMessageId ? { clientMessageId: m.clientMessageId } : {}),
    ...(m.sources?.length
      ? { sources: m.sources.map((s) => ({ articleId: s.articleId, title: s.title, ...(s.url ? { url: s.url } : {}) })) }
      : {}),
    ...(m.author === "agent" && m.agentName ? { agentName: m.agentName } : {}),
    // Staff see which replies started as an assistant draft; customers need not.
    ...(audience === "staff" && m.draftId ? { draftId: m.draftId } : {}),
  };
}

/** What triage decided, as both customers and staff see it. */
function triageFields(c: Conversation) {
  return { id: c.id, status: c.status, route: c.route, weight: round(c.weight), reasons: c.reasons, language: c.language };
}

export function presentConversationForCustomer(c: Conversation, staffing?: StaffingSnapshot) {
  return {
    ...triageFields(c),
    ...(c.status === "agent" && c.assignedAgentName ? { agentName: c.assignedAgentName } : {}),
    ...(c.rating ? { rating: c.rating.score } : {}),
    ...(c.status === "waiting" && staffing ? { wait: presentWait(c, staffing) } : {}),
    // Lets a client order updates that reach it by two paths (a reply and the stream).
    updatedAt: c.updatedAt.toISOString(),
  };
}

/** The honest wait: an estimate when people are online, and a plain "nobody is here" when not. */
function presentWait(c: Conversation, staffing: StaffingSnapshot) {
  const a = staffing.availability(c.language, c.id);
  const message =
    a.agentsOnline === 0 || a.estimatedMinutes === undefined
      ? customerText(c.language, "nobodyOnline")
      : customerText(c.language, "waitAbout", { minutes: String(a.estimatedMinutes) });
  return {
    agentsOnline: a.agentsOnline,
    ...(a.estimatedMinutes !== undefined ? { estimatedMinutes: a.estimatedMinutes } : {}),
    ...(a.agentsOnline === 0 && a.teamHours ? { teamHours: a.teamHours } : {}),
    message: a.agentsOnline === 0 && a.teamHours ? `${message} ${customerText(c.language, "teamHours", { hours: a.teamHours })}` : message,
  };
}

export function presentConversationForAgent(c: Conversation, lastMessage?: Message) {
  return {
    ...triageFields(c),
    channel: c.channel,
    customer: { ...(c.customer.id ? { id: c.customer.id } : {}), ...(c.customer.name ? { name: c.customer.name } : {}) },
    ...(c.assignedAgentId ? { assignedAgent: { id: c.assignedAgentId, name: c.assignedAgentName ?? "" } } : {}),
    ...(lastMessage ? { lastMessage: { author: lastMessage.author, text: lastMessage.text, createdAt: lastMessage.createdAt.toISOString() } } : {}),
    ...(c.waitingSince ? { waitingSince: c.waitingSince.toISOString() } : {}),
    ...(c.rating ? { rating: c.rating } : {}),
    ...(c.skill ? { skill: c.skill } : {}),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function presentNote(n: Note) {
  return { id: n.id, conversationId: n.conversationId, agentId: n.agentId, agentName: n.agentName, text: n.text, createdAt: n.createdAt.toISOString() };
}

export function presentCallback(c: Callback) {
  return {
    id: c.id,
    conversationId: c.conversationId,
    customer: c.customer,
    channel: c.channel,
    contact: c.contact,
    ...(c.note ? { note: c.note } : {}),
    language: c.language,
    dueAt: c.dueAt.toISOString(),
    status: c.status,
    createdAt: c.createdAt.toISOString(),
    ...(c.completedAt ? { completedAt: c.completedAt.toISOString() } : {}),
  };
}

/**
 * The agent's first screen: why this came to a person, what happened to the customer
 * lately, what the assistant already said and cited, and how the mood moved — so the
 * customer never has to repeat themselves.
 */
export function presentBrief(c: Conversation, messages: Message[], log: LogEvent[], now: Date) {
  return {
    reasons: c.reasons,
    language: c.language,
    history: [...c.history].sort((a, b) => a.daysAgo - b.daysAgo).map(describeHistoryEvent),
    assistant: messages.filter((m) => m.author === "assistant").map((m) => ({ text: m.text, sources: presentMessage(m).sources ?? [], createdAt: m.createdAt.toISOString() })),
    mood: log
      .filter((e) => e.type === "conversation.triaged" && typeof e.data.weight === "number")
      .map((e) => ({ at: e.at.toISOString(), weight: round(e.data.weight as number) })),
    ...(c.waitingSince ? { waitingSeconds: Math.max(0, Math.round((now.getTime() - c.waitingSince.getTime()) / 1000)) } : {}),
  };
}

const HISTORY_LINES: Record<string, (e: HistoryEvent) => string> = {
  contact: (e) => `earlier contact (${e.outcome ?? "outcome unknown"}${e.handledBy ? `, ${e.handledBy === "ai" ? "assistant" : "person"}` : ""})`,
  callback_missed: () => "a promised call back was missed",
  delivery_delayed: (e) => `delivery late${e.daysLate !== undefined ? ` by ${e.daysLate} days` : ""}`,
  order_delivered: () => "order delivered as promised",
  payment_failed: () => "a payment failed",
  payment_overdue: (e) => `payment overdue${e.amount !== undefined ? ` (${e.amount})` : ""}`,
  refund_pending: () => "a promised refund has not arrived",
  refund_issued: () => "a refund was paid",
  complaint_opened: () => "a formal complaint is open",
  csat: (e) => `rated an earlier conversation ${e.score ?? "?"}/5`,
  escalated: () => "an earlier conversation went to a person",
};

function describeHistoryEvent(e: HistoryEvent): string {
  const days = e.daysAgo < 1 ? "today" : `${Math.round(e.daysAgo)} day${Math.round(e.daysAgo) === 1 ? "" : "s"} ago`;
  const line = HISTORY_LINES[e.type]?.(e) ?? e.type.replace(/_/g, " ");
  return `${days}: ${line}`;
}
