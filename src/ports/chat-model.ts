/**
 * A chat language model behind an OpenAI-compatible endpoint, or a fake in tests. The
 * assistant treats whatever comes back as untrusted text: it is checked against the
 * cited articles before a customer sees it.
 */
export interface ChatModel {
  /** The model's reply to the conversation; rejects on an HTTP, network or timeout failure. */
  complete(messages: ChatMessage[], options?: { signal?: AbortSignal }): Promise<string>;
  /**
   * The same reply as it is written, piece by piece (the pieces joined are the whole
   * reply). Optional: a model without it is asked with `complete`. The iteration throws
   * on the same failures as `complete`, also halfway through.
   */
  stream?(messages: ChatMessage[], options?: { signal?: AbortSignal }): AsyncIterable<string>;
}

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}
