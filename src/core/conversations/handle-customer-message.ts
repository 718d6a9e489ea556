import type { Conversation, Message } from "./conversation.ts";
import { ConversationDraft } from "./conversation-draft.ts";
import { commitWithRetry } from "./commit-with-retry.ts";
import { checkText, fail, succeed, type DeskDeps, type Outcome } from "./desk-deps.ts";
import { publishDrafts } from "./answer-drafts.ts";
import { respondToCustomer } from "./respond-to-customer.ts";
import { triageLanguageHint } from "./language-hint.ts";
import { normaliseLanguage } from "../languages.ts";

export interface CustomerMessageInput {
  conversationId: string;
  text: string;
  clientMessageId?: string;
}

export interface HandledMessage {
  conversation: Conversation;
  /** The customer's message and whatever was said in reply, in order. */
  messages: Message[];
  replayed: boolean;
}

/**
 * A later customer message: stored, re-triaged (weight can rise as the conversation goes
 * badly), then answered by the assistant only if the conversation is still its own.
 * Sending the same clientMessageId again returns what the first send produced.
 */
export async function handleCustomerMessage(deps: DeskDeps, input: CustomerMessageInput): Promise<Outcome<HandledMessage>> {
  const textProblem = checkText(input.text);
  if (textProblem) return { ok: false, error: textProblem };

  return commitWithRetry<HandledMessage>(deps, async () => {
    const { conversation: current, replay } = await deps.conversations.loadForMessage(input.conversationId, input.clientMessageId);
    if (!current) return { outcome: fail("conversation_not_found", "There is no such conversation.") };
    if (replay) {
      if (replay[0]?.text !== input.text) {
        return { outcome: fail("client_message_id_reused", "This clientMessageId was already used for a different message.") };
      }
      return { outcome: succeed({ conversation: current, messages: replay, replayed: true }) };
    }

    const draft = new ConversationDraft(current, current.version, deps.clock.now(), deps.ids);
    const c = draft.conversation;
    const earlierCustomerTexts = c.recent.customerTexts;
    const afterAssistantAnswer = c.recent.lastAuthor === "assistant";
    const message = draft.addMessage({ author: "customer", text: input.text, clientMessageId: input.clientMessageId });
    draft.log("message.received", { kind: "customer", id: c.customer.id }, { messageId: message.id });

    const hint = triageLanguageHint(input.text, c.language);
    const decision = deps.triage().decide({
      text: input.text,
      language: hint,
      channel: c.channel,
      history: c.history,
      followUp: { earlierCustomerTexts, assistantFailures: c.assistantFailures, previousWeight: c.weight },
    });
    // The customer switched language: what the desk says next follows them.
    const written = hint === undefined ? normaliseLanguage(decision.language) : undefined;
    if (written && written !== c.language) c.language = written;
    if (c.status === "assistant" || c.status === "resolved") {
      c.weight = decision.weight;
      if (decision.route === "human") c.route = "human";
      draft.log("conversation.triaged", { kind: "system" }, {
        route: decision.route,
        weight: decision.weight,
        reasons: decision.reasons,
        explicitRequest: decision.explicitRequest,
      });
    }
    await respondToCustomer(deps, draft, message, decision, afterAssistantAnswer, publishDrafts(deps, c.id, c.id));
    return { commit: draft, value: { conversation: draft.conversation, messages: draft.messages, replayed: false } };
  });
}
