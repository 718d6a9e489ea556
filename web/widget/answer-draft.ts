// A draft frame from the conversation's stream: the checked part of an assistant answer
// that a language model is still writing. Anything malformed, or for another
// conversation, is ignored rather than shown.
import { parseFrame, type AnyFrame } from "../shared/api-types.ts";

export interface AnswerDraft {
  id: string;
  text: string;
}

/** `conversationId` undefined: the first answer's channel, before the conversation is known. */
export function draftOf(frame: AnyFrame, conversationId: string | undefined): AnswerDraft | undefined {
  if (frame.type !== "draft") return undefined;
  const d = frame.draft as { id?: unknown; conversationId?: unknown; text?: unknown } | undefined;
  if (!d || typeof d.id !== "string" || typeof d.text !== "string" || d.text.trim() === "") return undefined;
  if (conversationId !== undefined && d.conversationId !== conversationId) return undefined;
  return { id: d.id, text: d.text };
}

/**
 * Listens for the first answer's drafts while the first message is being answered; the
 * returned function stops. No reconnects: the committed answer comes with the POST anyway.
 */
export function listenForOpeningDrafts(url: string, show: (draft: AnswerDraft) => void): () => void {
  let socket: WebSocket | undefined;
  try {
    socket = new WebSocket(url);
  } catch {
    return () => undefined;
  }
  socket.onmessage = (event) => {
    const frame = parseFrame(event.data);
    const draft = frame && draftOf(frame, undefined);
    if (draft) show(draft);
  };
  return () => socket?.close();
}
