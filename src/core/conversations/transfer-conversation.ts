import type { Conversation } from "./conversation.ts";
import { ConversationDraft } from "./conversation-draft.ts";
import { commitWithRetry } from "./commit-with-retry.ts";
import { fail, type DeskDeps, type Outcome } from "./desk-deps.ts";
import type { ActingAgent } from "./agent-actions.ts";

export type TransferTarget = { agentId: string; agentName: string } | { skill: string };

/**
 * Hands a conversation to a colleague (it stays with a person throughout), or back to
 * the queue for whoever has a skill. Only the person holding it, or a supervisor, may.
 */
export async function transferConversation(
  deps: Pick<DeskDeps, "conversations" | "bus" | "clock" | "ids">,
  input: { conversationId: string; agent: ActingAgent; to: TransferTarget },
): Promise<Outcome<{ conversation: Conversation }>> {
  return commitWithRetry<{ conversation: Conversation }>(deps, async () => {
    const current = await deps.conversations.get(input.conversationId);
    if (!current) return { outcome: fail("conversation_not_found", "There is no such conversation.") };
    const holds = current.status === "agent" && current.assignedAgentId === input.agent.id;
    const supervises = input.agent.role !== "agent" && (current.status === "agent" || current.status === "waiting");
    if (!holds && !supervises) {
      return { outcome: fail("not_assigned_to_you", "Only the person who has this conversation can transfer it.") };
    }
    const draft = new ConversationDraft(current, current.version, deps.clock.now(), deps.ids);
    const actor = { kind: "agent" as const, id: input.agent.id };
    if ("skill" in input.to) {
      if (current.status === "agent") draft.move("release");
      draft.conversation.skill = input.to.skill;
      draft.log("conversation.transferred", actor, { from: current.assignedAgentId, toSkill: input.to.skill });
    } else {
      draft.move("assign");
      draft.conversation.assignedAgentId = input.to.agentId;
      draft.conversation.assignedAgentName = input.to.agentName;
      draft.conversation.skill = undefined;
      draft.log("conversation.transferred", actor, { from: current.assignedAgentId, toAgentId: input.to.agentId });
      draft.log("conversation.assigned", actor, { agentId: input.to.agentId, how: "transferred" });
    }
    return { commit: draft, value: { conversation: draft.conversation } };
  });
}
