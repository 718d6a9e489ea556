import type { Source } from "../core/conversations/conversation.ts";

/**
 * The assistant answers a routine question from the firm's articles, or says it cannot.
 * Implementations: extractive (the default) and, later, a language model behind the
 * groundedness check. Either way an answer always carries its sources.
 */
export interface Assistant {
  answer(request: AssistantRequest): Promise<AssistantReply>;
}

export interface AssistantRequest {
  text: string;
  language: string;
  /** Earlier customer messages in this conversation, oldest first. */
  earlierCustomerTexts: string[];
  /**
   * Called with each longer draft of an answer that is still being written, when the
   * assistant can stream. Every draft has passed the same check as a finished answer;
   * the reply that `answer` returns replaces it (and may differ, when the rest failed).
   */
  onDraft?: (draft: string) => void;
}

export type AssistantReply =
  | { kind: "answer"; text: string; sources: Source[]; confidence: number }
  | { kind: "unsure"; reason: string; confidence: number };
