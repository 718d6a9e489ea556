import type { Conversation, ConversationStatus, LogEvent, Message } from "../core/conversations/conversation.ts";

/**
 * Everything about a conversation changes through one atomic `commit`: the new state,
 * its new messages and its log lines land together or not at all. `expectedVersion`
 * makes concurrent writers (two tabs, two server processes) safe: a stale writer gets
 * `conflict` and retries with a fresh read.
 */
export interface ConversationStore {
  get(id: string): Promise<Conversation | undefined>;
  /**
   * What a new message needs in one read: the conversation, and — when the client's
   * message id was seen before — the messages that send produced, to be replayed.
   */
  loadForMessage(conversationId: string, clientMessageId?: string): Promise<MessageContext>;
  findByOpenKey(openKey: string): Promise<Conversation | undefined>;
  /** The message a client sent with this id, and every reply made to it, in order. */
  findMessageGroup(conversationId: string, clientMessageId: string): Promise<Message[] | undefined>;
  listMessages(conversationId: string, options?: { afterSeq?: number }): Promise<Message[]>;
  findMessage(conversationId: string, messageId: string): Promise<Message | undefined>;
  commit(change: ConversationChange): Promise<CommitResult>;
  list(query: ConversationQuery): Promise<Conversation[]>;
  /** The customer's earlier conversations, newest first: they become `contact` history. */
  listByCustomer(customerId: string, since: Date): Promise<Conversation[]>;
  listLog(conversationId: string): Promise<LogEvent[]>;
  /** The latest message of each conversation, for lists. */
  lastMessages(conversationIds: string[]): Promise<Map<string, Message>>;
}

export interface MessageContext {
  conversation?: Conversation;
  replay?: Message[];
}

export interface ConversationChange {
  conversation: Conversation;
  /** null for a new conversation. */
  expectedVersion: number | null;
  messages: Message[];
  events: LogEvent[];
}

export type CommitResult = { ok: true } | { ok: false; reason: "conflict" };

export interface ConversationQuery {
  statuses?: ConversationStatus[];
  assignedAgentId?: string;
  limit?: number;
}
