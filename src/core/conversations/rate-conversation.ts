import type { Conversation } from "./conversation.ts";
import { ConversationDraft } from "./conversation-draft.ts";
import { commitWithRetry } from "./commit-with-retry.ts";
import { fail, succeed, type DeskDeps, type Outcome } from "./desk-deps.ts";

export const MAX_RATING_COMMENT = 2000;

/** The customer's 1–5 rating; rating again replaces the earlier one, and both are logged. */
export async function rateConversation(
  deps: Pick<DeskDeps, "conversations" | "bus" | "clock" | "ids">,
  input: { conversationId: string; score: number; comment?: string },
): Promise<Outcome<{ conversation: Conversation }>> {
  if (!Number.isInteger(input.score) || input.score < 1 || input.score > 5) {
    return fail("invalid_rating", "A rating is a whole number from 1 to 5.");
  }
  if ((input.comment?.length ?? 0) > MAX_RATING_COMMENT) {
    return fail("invalid_rating", `A rating comment may have at most ${MAX_RATING_COMMENT} characters.`);
  }
  return commitWithRetry<{ conversation: Conversation }>(deps, async () => {
    const current = await deps.conversations.get(input.conversationId);
    if (!current) return { outcome: fail("conversation_not_found", "There is no such conversation.") };
    const draft = new ConversationDraft(current, current.version, deps.clock.now(), deps.ids);
    draft.conversation.rating = { score: input.score, comment: input.comment };
    draft.log("conversation.rated", { kind: "customer", id: current.customer.id }, {
      score: input.score,
      comment: input.comment,
      status: current.status,
    });
    return { commit: draft, value: { conversation: draft.conversation } };
  });
}
