import type { Conversation } from "./conversation.ts";
import { ConversationDraft } from "./conversation-draft.ts";
import { commitWithRetry } from "./commit-with-retry.ts";
import { fail, succeed, type DeskDeps, type Outcome } from "./desk-deps.ts";
import { handOver } from "./respond-to-customer.ts";

/** "Talk to a person": always allowed, from any state; asking twice changes nothing. */
export async function requestHandoff(
  deps: Pick<DeskDeps, "conversations" | "bus" | "clock" | "ids" | "staffing">,
  input: { conversationId: string },
): Promise<Outcome<{ conversation: Conversation }>> {
  return commitWithRetry<{ conversation: Conversation }>(deps, async () => {
    const current = await deps.conversations.get(input.conversationId);
    if (!current) return { outcome: fail("conversation_not_found", "There is no such conversation.") };
    if (current.status === "waiting" || current.status === "agent") {
      return { outcome: succeed({ conversation: current }) };
    }
    const draft = new ConversationDraft(current, current.version, deps.clock.now(), deps.ids);
    draft.conversation.route = "human";
    draft.log("conversation.handed_over", { kind: "customer", id: current.customer.id }, { requestedBy: "customer" });
    handOver(deps, draft, ["the customer asked for a person", ...current.reasons.filter((r) => r !== "the customer asked for a person")], true);
    return { commit: draft, value: { conversation: draft.conversation } };
  });
}
