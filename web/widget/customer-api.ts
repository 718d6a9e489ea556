// The customer side of the desk API (spec/api.md), bound to one desk URL.
import type { Callback, CallbackChannel, Conversation, Message } from "../shared/api-types.ts";
import { jsonInit, requestJson, wsUrl } from "../shared/http.ts";

export interface Session {
  conversationId: string;
  token: string;
}

export interface OpenResult {
  conversation: Conversation;
  token: string;
  messages: Message[];
}

export interface ConversationResult {
  conversation: Conversation;
  messages: Message[];
}

export class CustomerApi {
  constructor(private readonly base: string) {}

  open(text: string, clientMessageId: string, language: string): Promise<OpenResult> {
    const body = { customer: { language }, text, channel: "chat", clientMessageId };
    return requestJson<OpenResult>(`${this.base}/api/v1/conversations`, jsonInit("POST", body));
  }

  send(s: Session, text: string, clientMessageId: string): Promise<ConversationResult> {
    return requestJson<ConversationResult>(
      this.url(s, "/messages"),
      jsonInit("POST", { text, clientMessageId }, auth(s)),
    );
  }

  messagesAfter(s: Session, after: string | undefined): Promise<ConversationResult> {
    const query = after ? `?after=${encodeURIComponent(after)}` : "";
    return requestJson<ConversationResult>(this.url(s, `/messages${query}`), { headers: auth(s) });
  }

  handoff(s: Session): Promise<{ conversation: Conversation }> {
    return requestJson(this.url(s, "/handoff"), jsonInit("POST", {}, auth(s)));
  }

  rate(s: Session, score: number, comment: string): Promise<unknown> {
    const body = comment.trim() ? { score, comment: comment.trim() } : { score };
    return requestJson(this.url(s, "/rating"), jsonInit("POST", body, auth(s)));
  }

  /** When nobody can answer now: the desk promises to call or write back by `dueAt`. */
  async requestCallback(s: Session, channel: CallbackChannel, contact: string, note: string): Promise<Callback> {
    const body = note.trim() ? { channel, contact, note: note.trim() } : { channel, contact };
    return (await requestJson<{ callback: Callback }>(this.url(s, "/callback"), jsonInit("POST", body, auth(s)))).callback;
  }

  streamUrl(s: Session): string {
    // drafts=1: the answer shows while a language model writes it (each draft already checked).
    return wsUrl(this.url(s, `/stream?token=${encodeURIComponent(s.token)}&drafts=1`));
  }

  /** Drafts of the first answer, keyed by the first message's (random) clientMessageId. */
  openingDraftsUrl(clientMessageId: string): string {
    return wsUrl(`${this.base}/api/v1/opening-drafts?clientMessageId=${encodeURIComponent(clientMessageId)}`);
  }

  private url(s: Session, rest: string): string {
    return `${this.base}/api/v1/conversations/${encodeURIComponent(s.conversationId)}${rest}`;
  }
}

function auth(s: Session): Record<string, string> {
  return { authorization: `Bearer ${s.token}` };
}
