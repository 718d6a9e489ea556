import type { Conversation, Message } from "../../core/conversations/conversation.ts";

/** Wire shapes: what callers see, never a database row or a domain object as it is. */
export function presentMessage(m: Message) {
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
  };
}

export function presentConversationForCustomer(c: Conversation) {
  return {
    id: c.id,
    status: c.status,
    route: c.route,
    weight: round(c.weight),
    reasons: c.reasons,
    language: c.language,
    ...(c.status === "agent" && c.assignedAgentName ? { agentName: c.assignedAgentName } : {}),
    ...(c.rating ? { rating: c.rating.score } : {}),
  };
}

export function presentConversationForAgent(c: Conversation, lastMessage?: Message) {
  return {
    id: c.id,
    status: c.status,
    route: c.route,
    weight: round(c.weight),
    reasons: c.reasons,
    language: c.language,
    channel: c.channel,
    customer: { ...(c.customer.id ? { id: c.customer.id } : {}), ...(c.customer.name ? { name: c.customer.name } : {}) },
    ...(c.assignedAgentId ? { assignedAgent: { id: c.assignedAgentId, name: c.assignedAgentName ?? "" } } : {}),
    ...(lastMessage ? { lastMessage: { author: lastMessage.author, text: lastMessage.text, createdAt: lastMessage.createdAt.toISOString() } } : {}),
    ...(c.waitingSince ? { waitingSince: c.waitingSince.toISOString() } : {}),
    ...(c.rating ? { rating: c.rating } : {}),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
