// A draft frame from the conversation's stream: the checked part of an assistant answer
// that a language model is still writing. Anything malformed, or for another
// conversation, is ignored rather than shown.
import type { AnyFrame } from "../shared/api-types.ts";

export interface AnswerDraft {
  id: string;
  text: string;
}

export function draftOf(frame: AnyFrame, conversationId: string): AnswerDraft | undefined {
  if (frame.type !== "draft") return undefined;
  const d = frame.draft as { id?: unknown; conversationId?: unknown; text?: unknown } | undefined;
  if (!d || typeof d.id !== "string" || typeof d.text !== "string" || d.text.trim() === "") return undefined;
  if (d.conversationId !== conversationId) return undefined;
  return { id: d.id, text: d.text };
}
