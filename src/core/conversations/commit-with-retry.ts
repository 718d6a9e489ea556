import type { DeskEvent } from "../../ports/event-bus.ts";
import type { ConversationDraft } from "./conversation-draft.ts";
import { fail, type DeskDeps, type Outcome } from "./desk-deps.ts";

/** What one attempt of a use case decided: a change to commit, or an answer without one. */
export type Attempt<T> = { commit: ConversationDraft; value: T } | { outcome: Outcome<T> };

const MAX_ATTEMPTS = 8;

/**
 * Optimistic concurrency: read, decide, commit with the version that was read. A writer
 * that lost the race (another tab, another process) reads again and decides again, so
 * two people can never both take a conversation and no retried message is stored twice.
 * Listeners hear about a change only after it is committed.
 */
export async function commitWithRetry<T>(
  deps: Pick<DeskDeps, "conversations" | "bus">,
  attempt: () => Promise<Attempt<T>>,
): Promise<Outcome<T>> {
  for (let round = 0; round < MAX_ATTEMPTS; round++) {
    const decided = await attempt();
    if ("outcome" in decided) return decided.outcome;
    const change = decided.commit.toChange();
    const result = await deps.conversations.commit(change);
    if (result.ok) {
      const events: DeskEvent[] = change.messages.map((message) => ({ type: "message", message }));
      events.push({ type: "conversation", conversation: change.conversation });
      await deps.bus.publish(change.conversation.id, events);
      return { ok: true, value: decided.value };
    }
    // Back off a little, growing, so competing writers interleave instead of colliding again.
    await new Promise((resolve) => setTimeout(resolve, round * 2));
  }
  return fail("write_conflict", "The conversation is changing too fast; try again.");
}
