import type { Conversation } from "../shared/api-types.ts";

/**
 * Whether a conversation state that just arrived should replace the one shown.
 * A send's answer can arrive after a stream frame that is newer (a hand-over routed
 * to a person at once), so while the stream is up a send's answer may refresh the
 * details of the state shown but never move the state back. Stream frames, catch-up
 * pages and anything while the stream is down always win.
 */
export function adoptConversation(
  shown: Conversation | undefined,
  incoming: Conversation,
  via: { fromSend: boolean; streaming: boolean },
): boolean {
  if (!via.fromSend || !via.streaming || !shown || shown.id !== incoming.id) return true;
  return shown.status === incoming.status;
}
