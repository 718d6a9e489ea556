import type { AssistDraft } from "../../ports/draft-store.ts";
import type { StaffDeps } from "../routing/staff-deps.ts";
import type { ActingAgent } from "./agent-actions.ts";
import { ConversationDraft } from "./conversation-draft.ts";
import { commitWithRetry } from "./commit-with-retry.ts";
import { fail, type Outcome } from "./desk-deps.ts";

/**
 * Assist mode: in a conversation a person holds, the assistant drafts a reply to the
 * customer's latest message with its sources, under the same rules as its own answers.
 * The person edits and sends it; the record keeps the draft, so it shows which replies
 * started as the assistant's.
 */
export async function draftReply(
  deps: Pick<StaffDeps, "conversations" | "assistant" | "drafts" | "bus" | "clock" | "ids">,
  input: { conversationId: string; agent: ActingAgent },
): Promise<Outcome<{ draft: AssistDraft | null; reason?: string }>> {
  const current = await deps.conversations.get(input.conversationId);
  if (!current) return fail("conversation_not_found", "There is no such conversation.");
  if (current.status !== "agent" || current.assignedAgentId !== input.agent.id) {
    return fail("not_assigned_to_you", "Take the conversation before drafting a reply in it.");
  }
  const question = current.recent.customerTexts.at(-1);
  if (!question) return { ok: true, value: { draft: null, reason: "the customer has not asked anything yet" } };
  const reply = await deps.assistant.answer({
    text: question,
    language: current.language,
    earlierCustomerTexts: current.recent.customerTexts.slice(0, -1),
  });
  if (reply.kind === "unsure") return { ok: true, value: { draft: null, reason: reply.reason } };
  const draft: AssistDraft = {
    id: deps.ids.newId(),
    conversationId: current.id,
    agentId: input.agent.id,
    text: reply.text,
    sources: reply.sources,
    createdAt: deps.clock.now(),
  };
  await deps.drafts.add(draft);
  await commitWithRetry<null>(deps, async () => {
    const latest = await deps.conversations.get(current.id);
    if (!latest) return { outcome: { ok: true, value: null } };
    const change = new ConversationDraft(latest, latest.version, deps.clock.now(), deps.ids);
    change.log("assist.drafted", { kind: "agent", id: input.agent.id }, {
      draftId: draft.id,
      sources: reply.sources.map((s) => ({ articleId: s.articleId, version: s.version })),
    });
    return { commit: change, value: null };
  });
  return { ok: true, value: { draft } };
}
