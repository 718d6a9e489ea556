import type { DeskDeps } from "./desk-deps.ts";

/**
 * Drafts of the assistant's answer go to the customer's open screens while a language
 * model writes it. A draft is not a change: it is not stored, and the committed reply
 * replaces it; a lost draft costs nothing but the preview.
 *
 * A later message's drafts go out on its conversation. The first message's drafts go out
 * on a channel named after the client's message id, because the customer has no
 * conversation (and no token) until the answer is committed: a client that chose a long,
 * random id can listen there while it waits. A short id (an API client's "c-1") could be
 * guessed, so its opening gets no drafts.
 */
export const MIN_OPENING_DRAFT_KEY = 16;

export function openingDraftChannel(clientMessageId: string): string | undefined {
  return clientMessageId.length >= MIN_OPENING_DRAFT_KEY ? `opening:${clientMessageId}` : undefined;
}

export function publishDrafts(deps: Pick<DeskDeps, "bus" | "ids">, channel: string, conversationId: string): (text: string) => void {
  const id = deps.ids.newId();
  return (text) => {
    deps.bus.publish(channel, [{ type: "draft", draft: { id, conversationId, text } }]).catch(() => undefined);
  };
}
