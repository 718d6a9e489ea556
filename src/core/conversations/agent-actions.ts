import type { Conversation, Message } from "./conversation.ts";
import { ConversationDraft } from "./conversation-draft.ts";
import { commitWithRetry } from "./commit-with-retry.ts";
import { checkText, fail, succeed, type DeskDeps, type Outcome } from "./desk-deps.ts";

type AgentDeps = Pick<DeskDeps, "conversations" | "bus" | "clock" | "ids">;

export interface ActingAgent {
  id: string;
  name: string;
  role: "agent" | "supervisor" | "admin";
}

const notFound = () => ({ outcome: fail<never>("conversation_not_found", "There is no such conversation.") });

/**
 * A person takes a conversation. The claim is atomic: of two agents (or two server
 * processes) taking the same conversation, exactly one wins; the other hears
 * `already_assigned`.
 */
export async function takeConversation(
  deps: AgentDeps,
  input: {
    conversationId: string;
    agent: ActingAgent;
    /** "taken" from the queue by the person, or "routed" to them. */
    how?: "taken" | "routed";
    /** Routing only assigns what is still waiting (never a conversation the assistant holds). */
    onlyIfWaiting?: boolean;
  },
): Promise<Outcome<{ conversation: Conversation }>> {
  return commitWithRetry<{ conversation: Conversation }>(deps, async () => {
    const current = await deps.conversations.get(input.conversationId);
    if (!current) return notFound();
    if (input.onlyIfWaiting && current.status !== "waiting") {
      return { outcome: fail("invalid_transition", "The conversation is no longer waiting.") };
    }
    if (current.status === "agent") {
      if (current.assignedAgentId === input.agent.id) return { outcome: succeed({ conversation: current }) };
      return { outcome: fail("already_assigned", `${current.assignedAgentName ?? "Someone"} already has this conversation.`) };
    }
    const draft = new ConversationDraft(current, current.version, deps.clock.now(), deps.ids);
    if (!draft.move("assign")) {
      return { outcome: fail("invalid_transition", "A resolved conversation cannot be taken; the customer can reopen it.") };
    }
    draft.conversation.assignedAgentId = input.agent.id;
    draft.conversation.assignedAgentName = input.agent.name;
    const how = input.how ?? "taken";
    draft.log("conversation.assigned", how === "routed" ? { kind: "system" } : { kind: "agent", id: input.agent.id }, {
      agentId: input.agent.id,
      how,
      waitedSeconds: current.waitingSince ? Math.round((draft.conversation.updatedAt.getTime() - current.waitingSince.getTime()) / 1000) : undefined,
    });
    return { commit: draft, value: { conversation: draft.conversation } };
  });
}

/** An agent's reply; only the person who holds the conversation may reply in it. */
export async function sendAgentMessage(
  deps: AgentDeps,
  input: {
    conversationId: string;
    agent: ActingAgent;
    text: string;
    clientMessageId?: string;
    /** The assist-mode draft this reply started from, already checked to belong here. */
    draft?: { id: string; text: string };
  },
): Promise<Outcome<{ conversation: Conversation; message: Message }>> {
  const textProblem = checkText(input.text);
  if (textProblem) return { ok: false, error: textProblem };
  return commitWithRetry<{ conversation: Conversation; message: Message }>(deps, async () => {
    const { conversation: current, replay } = await deps.conversations.loadForMessage(input.conversationId, input.clientMessageId);
    if (!current) return notFound();
    if (replay?.[0]) return { outcome: succeed({ conversation: current, message: replay[0] }) };
    if (current.status !== "agent" || current.assignedAgentId !== input.agent.id) {
      return { outcome: fail("not_assigned_to_you", "Take the conversation before replying in it.") };
    }
    const draft = new ConversationDraft(current, current.version, deps.clock.now(), deps.ids);
    const message = draft.addMessage({
      author: "agent",
      text: input.text,
      clientMessageId: input.clientMessageId,
      agentId: input.agent.id,
      agentName: input.agent.name,
      draftId: input.draft?.id,
    });
    draft.log("agent.replied", { kind: "agent", id: input.agent.id }, {
      messageId: message.id,
      ...(input.draft ? { draftId: input.draft.id, editedDraft: input.draft.text !== input.text } : {}),
    });
    return { commit: draft, value: { conversation: draft.conversation, message } };
  });
}

/** Resolving: the person who holds it, or a supervisor, closes the conversation. */
export async function resolveConversation(
  deps: AgentDeps,
  input: { conversationId: string; agent: ActingAgent },
): Promise<Outcome<{ conversation: Conversation }>> {
  return commitWithRetry<{ conversation: Conversation }>(deps, async () => {
    const current = await deps.conversations.get(input.conversationId);
    if (!current) return notFound();
    if (current.status === "resolved") return { outcome: succeed({ conversation: current }) };
    const holdsIt = current.status === "agent" && current.assignedAgentId === input.agent.id;
    const supervises = input.agent.role !== "agent";
    if (!holdsIt && !supervises) {
      return { outcome: fail("not_assigned_to_you", "Only the person who has this conversation can resolve it.") };
    }
    const draft = new ConversationDraft(current, current.version, deps.clock.now(), deps.ids);
    draft.move("resolve");
    draft.log("conversation.resolved", { kind: "agent", id: input.agent.id }, { by: input.agent.id });
    return { commit: draft, value: { conversation: draft.conversation } };
  });
}

/** The person lets go; the conversation goes back to the queue, never lost. */
export async function releaseConversation(
  deps: AgentDeps,
  input: { conversationId: string; agent: ActingAgent },
): Promise<Outcome<{ conversation: Conversation }>> {
  return commitWithRetry<{ conversation: Conversation }>(deps, async () => {
    const current = await deps.conversations.get(input.conversationId);
    if (!current) return notFound();
    const holdsIt = current.status === "agent" && current.assignedAgentId === input.agent.id;
    if (!holdsIt && !(current.status === "agent" && input.agent.role !== "agent")) {
      return { outcome: fail("not_assigned_to_you", "Only the person who has this conversation can release it.") };
    }
    const draft = new ConversationDraft(current, current.version, deps.clock.now(), deps.ids);
    draft.move("release");
    draft.log("conversation.released", { kind: "agent", id: input.agent.id }, { previousAgentId: current.assignedAgentId });
    return { commit: draft, value: { conversation: draft.conversation } };
  });
}
