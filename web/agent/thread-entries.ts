import type { Message } from "../shared/api-types.ts";
import type { Note } from "./agent-types.ts";

export type ThreadEntry = { kind: "message"; at: number; m: Message } | { kind: "note"; at: number; n: Note };

/**
 * Messages and internal notes in one timeline, oldest first. Messages keep the
 * desk's order (the sort is stable); a note goes after everything sent before it.
 */
export function threadEntries(messages: readonly Message[], notes: readonly Note[]): ThreadEntry[] {
  const entries: ThreadEntry[] = messages.map((m) => ({ kind: "message", at: Date.parse(m.createdAt), m }));
  if (notes.length === 0) return entries;
  for (const n of notes) entries.push({ kind: "note", at: Date.parse(n.createdAt), n });
  return entries.sort((a, b) => a.at - b.at);
}
