import { isNegativeFeedback } from "../assistant/feedback.ts";
import { smallTalkOf } from "../assistant/small-talk.ts";
import type { TriageDecision } from "../triage/triage-engine.ts";
import type { Actor, Message } from "./conversation.ts";
import type { ConversationDraft } from "./conversation-draft.ts";
import { customerText } from "./customer-texts.ts";
import type { DeskDeps } from "./desk-deps.ts";

const SYSTEM: Actor = { kind: "system" };

/** After this many failed tries the assistant stops and a person takes over. */
export const ASSISTANT_TRIES = 2;

/**
 * What happens after a customer message is in the draft: triage's decision is applied,
 * and the assistant answers only if the conversation is still the assistant's. In a
 * conversation that is waiting for or owned by a person the assistant stays silent.
 */
export async function respondToCustomer(
  deps: Pick<DeskDeps, "assistant" | "staffing">,
  draft: ConversationDraft,
  customerMessage: Message,
  decision: TriageDecision,
  afterAssistantAnswer: boolean,
  onAnswerDraft?: (text: string) => void,
): Promise<void> {
  const c = draft.conversation;
  if (c.status === "waiting" || c.status === "agent") return;

  // "Hi" or "thanks, that helped" is neither a question for the articles nor a reason to
  // queue for a person (not even when the conversation's weight carries over): the desk
  // answers it itself, and a thank-you after a resolved conversation does not reopen it.
  const smallTalk = smallTalkOf(customerMessage.text);
  if (smallTalk) {
    draft.addMessage({ author: "system", text: customerText(c.language, smallTalk === "greeting" ? "greeting" : "welcome"), inReplyTo: customerMessage.id });
    draft.log("assistant.small_talk", SYSTEM, { kind: smallTalk });
    return;
  }
  if (decision.route === "human") return handOver(deps, draft, decision.reasons, decision.explicitRequest);

  if (c.status === "resolved") {
    draft.move("reopen_with_assistant");
    draft.log("conversation.reopened", SYSTEM, {});
  }

  if (afterAssistantAnswer && isNegativeFeedback(customerMessage.text)) {
    c.assistantFailures += 1;
    draft.log("assistant.unsure", SYSTEM, { reason: "the customer said the answer did not help" });
    if (c.assistantFailures >= ASSISTANT_TRIES) {
      return handOver(deps, draft, ["the assistant's answers did not help", ...decision.reasons], false);
    }
    draft.addMessage({ author: "system", text: customerText(c.language, "didNotHelp"), inReplyTo: customerMessage.id });
    return;
  }

  const reply = await deps.assistant.answer({
    text: customerMessage.text,
    language: c.language,
    earlierCustomerTexts: c.recent.customerTexts.slice(0, -1),
    ...(onAnswerDraft ? { onDraft: onAnswerDraft } : {}),
  });
  if (reply.kind === "answer") {
    draft.addMessage({ author: "assistant", text: reply.text, sources: reply.sources, inReplyTo: customerMessage.id });
    draft.log("assistant.answered", SYSTEM, {
      sources: reply.sources.map((s) => ({ articleId: s.articleId, version: s.version })),
      confidence: reply.confidence,
    });
    return;
  }
  c.assistantFailures += 1;
  draft.log("assistant.unsure", SYSTEM, { reason: reply.reason, confidence: reply.confidence });
  return handOver(deps, draft, [reply.reason, ...decision.reasons], false);
}

/**
 * Moves the conversation to the queue and tells the customer so, in their language —
 * and, when nobody is online, says that plainly and offers a message or a call back.
 */
export function handOver(
  deps: Pick<DeskDeps, "staffing">,
  draft: ConversationDraft,
  reasons: string[],
  explicitRequest: boolean,
): void {
  const c = draft.conversation;
  const wasWithPerson = c.status === "agent" || c.status === "waiting";
  draft.move("hand_over");
  if (wasWithPerson) return;
  c.reasons = dedupe(reasons);
  const availability = deps.staffing.availability(c.language);
  const nobodyOnline = availability.agentsOnline === 0;
  const said = customerText(c.language, nobodyOnline ? "nobodyOnline" : explicitRequest ? "askedForPerson" : "handedOver");
  const hours = nobodyOnline && availability.teamHours ? ` ${customerText(c.language, "teamHours", { hours: availability.teamHours })}` : "";
  draft.addMessage({ author: "system", text: said + hours, inReplyTo: lastCustomerMessageId(draft) });
  draft.log("conversation.handed_over", SYSTEM, { reasons: c.reasons, explicitRequest, nobodyOnline });
}

function lastCustomerMessageId(draft: ConversationDraft): string | undefined {
  return [...draft.messages].reverse().find((m) => m.author === "customer")?.id;
}

function dedupe(items: string[]): string[] {
  return [...new Set(items.filter((s) => s.length > 0))];
}
