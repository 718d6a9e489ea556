/**
 * A chat language model behind an OpenAI-compatible endpoint, or a fake in tests. The
 * assistant treats whatever comes back as untrusted text: it is checked against the
 * cited articles before a customer sees it.
 */
export interface ChatModel {
  /** The model's reply to the conversation; rejects on an HTTP, network or timeout failure. */
  complete(messages: ChatMessage[], options?: { signal?: AbortSignal }): Promise<string>;
}

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}
