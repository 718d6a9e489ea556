import type { Message } from "./api-types.ts";

/**
 * Adds incoming messages to a list without duplicates (by id), oldest first.
 * A stream frame, a catch-up page and a send response can all deliver the same
 * message; the id is the only thing they agree on.
 */
export function mergeMessages(current: readonly Message[], incoming: readonly Message[]): Message[] {
  if (incoming.length === 0) return current as Message[];
  const byId = new Map<string, Message>();
  for (const m of current) byId.set(m.id, m);
  let changed = false;
  for (const m of incoming) {
    if (!byId.has(m.id)) changed = true;
    byId.set(m.id, m);
  }
  if (!changed) return current as Message[];
  // Stable sort keeps server order for equal timestamps.
  return [...byId.values()].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}

export function lastMessageId(messages: readonly Message[]): string | undefined {
  return messages.length > 0 ? messages[messages.length - 1]?.id : undefined;
}
