import { normaliseLanguage } from "../languages.ts";
import type { Conversation, CustomerRef, Message } from "./conversation.ts";
import { ConversationDraft } from "./conversation-draft.ts";
import { commitWithRetry } from "./commit-with-retry.ts";
import { customerHistory, HISTORY_WINDOW_DAYS } from "./customer-history.ts";
import { checkText, fail, succeed, type DeskDeps, type Outcome } from "./desk-deps.ts";
import { openingDraftChannel, publishDrafts } from "./answer-drafts.ts";
import { respondToCustomer } from "./respond-to-customer.ts";
import { triageLanguageHint } from "./language-hint.ts";

export interface OpenConversationInput {
  customer?: CustomerRef;
  text: string;
  channel?: string;
  clientMessageId?: string;
}

export interface OpenedConversation {
  conversation: Conversation;
  token: string;
  messages: Message[];
  /** True when this was a retry of an open that had already succeeded. */
  replayed: boolean;
}

/**
 * A customer's first message: stored, triaged with their history, then answered by the
 * assistant or handed to a person — all committed at once, before the answer is returned.
 */
export async function openConversation(deps: DeskDeps, input: OpenConversationInput): Promise<Outcome<OpenedConversation>> {
  const textProblem = checkText(input.text);
  if (textProblem) return { ok: false, error: textProblem };
  const openKey = openKeyFor(input);

  return commitWithRetry<OpenedConversation>(deps, async () => {
    if (openKey) {
      const existing = await deps.conversations.findByOpenKey(openKey);
      if (existing) return { outcome: await replayOpen(deps, existing, input) };
    }
    const now = deps.clock.now();
    const customerId = input.customer?.id;
    const history = customerId ? await loadHistory(deps, customerId, now) : [];
    const decision = deps.triage().decide({
      text: input.text,
      language: triageLanguageHint(input.text, input.customer?.language),
      channel: input.channel,
      history,
    });
    const language = normaliseLanguage(decision.language) ?? normaliseLanguage(input.customer?.language) ?? "en";
    const conversation: Conversation = {
      id: deps.ids.newId(),
      customer: { ...input.customer, language },
      channel: input.channel ?? "chat",
      status: "assistant",
      route: decision.route,
      weight: decision.weight,
      reasons: decision.reasons,
      language,
      history,
      assistantFailures: 0,
      recent: { customerTexts: [], lastAuthor: "system" },
      lastSeq: 0,
      version: 0,
      openKey,
      createdAt: now,
      updatedAt: now,
    };
    const draft = new ConversationDraft(conversation, null, now, deps.ids);
    const customer = { kind: "customer" as const, id: customerId };
    draft.log("conversation.opened", customer, { channel: conversation.channel, customerId });
    const message = draft.addMessage({ author: "customer", text: input.text, clientMessageId: input.clientMessageId });
    draft.log("message.received", customer, { messageId: message.id });
    draft.log("conversation.triaged", { kind: "system" }, {
      route: decision.route,
      weight: decision.weight,
      reasons: decision.reasons,
      language,
      explicitRequest: decision.explicitRequest,
    });
    const channel = input.clientMessageId ? openingDraftChannel(input.clientMessageId) : undefined;
    await respondToCustomer(deps, draft, message, decision, false, channel ? publishDrafts(deps, channel, conversation.id) : undefined);
    return {
      commit: draft,
      value: {
        conversation: draft.conversation,
        token: deps.tokens.issue(conversation.id),
        messages: draft.messages,
        replayed: false,
      },
    };
  });
}

/**
 * A retried open is recognised by the customer's id and the client's message id. An
 * anonymous visitor's retry is recognised only by a long (unguessable) client id, so two
 * visitors who both send "c-1" never end up in one conversation.
 */
function openKeyFor(input: OpenConversationInput): string | undefined {
  const clientId = input.clientMessageId;
  if (!clientId) return undefined;
  if (input.customer?.id) return `customer:${input.customer.id}:${clientId}`;
  return clientId.length >= 16 ? `anonymous:${clientId}` : undefined;
}

async function replayOpen(
  deps: DeskDeps,
  existing: Conversation,
  input: OpenConversationInput,
): Promise<Outcome<OpenedConversation>> {
  const group = input.clientMessageId
    ? await deps.conversations.findMessageGroup(existing.id, input.clientMessageId)
    : undefined;
  if (!group || group[0]?.text !== input.text) {
    return fail("client_message_id_reused", "This clientMessageId was already used for a different message.");
  }
  return succeed({ conversation: existing, token: deps.tokens.issue(existing.id), messages: group, replayed: true });
}

async function loadHistory(deps: DeskDeps, customerId: string, now: Date) {
  const since = new Date(now.getTime() - HISTORY_WINDOW_DAYS * 86_400_000);
  const [firmEvents, earlier] = await Promise.all([
    deps.customerEvents.listSince(customerId, since),
    deps.conversations.listByCustomer(customerId, since),
  ]);
  return customerHistory(now, firmEvents, earlier);
}
