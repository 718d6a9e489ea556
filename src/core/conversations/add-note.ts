import type { Note } from "../../ports/note-store.ts";
import { STAFF_SCOPE, type StaffDeps } from "../routing/staff-deps.ts";
import type { ActingAgent } from "./agent-actions.ts";
import { checkText, fail, type Outcome } from "./desk-deps.ts";

/** An internal note: for colleagues only, stored apart from messages, sent only to staff screens. */
export async function addNote(
  deps: Pick<StaffDeps, "conversations" | "notes" | "bus" | "clock" | "ids">,
  input: { conversationId: string; agent: ActingAgent; text: string },
): Promise<Outcome<{ note: Note }>> {
  const problem = checkText(input.text);
  if (problem) return { ok: false, error: problem };
  const conversation = await deps.conversations.get(input.conversationId);
  if (!conversation) return fail("conversation_not_found", "There is no such conversation.");
  const note: Note = {
    id: deps.ids.newId(),
    conversationId: conversation.id,
    agentId: input.agent.id,
    agentName: input.agent.name,
    text: input.text,
    createdAt: deps.clock.now(),
  };
  await deps.notes.add(note);
  await deps.bus.publish(STAFF_SCOPE, [{ type: "note", note }]);
  return { ok: true, value: { note } };
}
