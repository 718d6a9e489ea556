import type { ConversationChange } from "../../ports/conversation-store.ts";
import type { IdGenerator } from "../../ports/system.ts";
import type { Actor, Conversation, ConversationEventType, Message } from "./conversation.ts";
import { transition, type LifecycleCommand } from "./state-machine.ts";

/** How many of the customer's latest texts re-triage and the assistant see. */
const RECENT_CUSTOMER_TEXTS = 5;

type NewMessage = Omit<Message, "id" | "seq" | "conversationId" | "createdAt">;

/**
 * Collects one use case's changes to a conversation — new state, messages with their
 * positions, log lines — so that they are committed together. Status only moves through
 * the lifecycle table.
 */
export class ConversationDraft {
  readonly messages: Message[] = [];
  readonly events: ConversationChange["events"] = [];
  readonly conversation: Conversation;

  constructor(
    base: Conversation,
    private readonly expectedVersion: number | null,
    private readonly now: Date,
    private readonly ids: IdGenerator,
  ) {
    this.conversation = { ...base, recent: { ...base.recent }, updatedAt: now };
  }

  addMessage(message: NewMessage): Message {
    this.conversation.lastSeq += 1;
    const stored: Message = {
      ...message,
      id: this.ids.newId(),
      conversationId: this.conversation.id,
      seq: this.conversation.lastSeq,
      createdAt: this.now,
    };
    this.messages.push(stored);
    const recent = this.conversation.recent;
    const customerTexts =
      stored.author === "customer" ? [...recent.customerTexts, stored.text].slice(-RECENT_CUSTOMER_TEXTS) : recent.customerTexts;
    this.conversation.recent = { customerTexts, lastAuthor: stored.author };
    return stored;
  }

  log(type: ConversationEventType, actor: Actor, data: Record<string, unknown> = {}): void {
    this.events.push({ conversationId: this.conversation.id, type, actor, at: this.now, data });
  }

  /** Applies a lifecycle move; returns false (and changes nothing) when the table forbids it. */
  move(command: LifecycleCommand): boolean {
    const result = transition(this.conversation.status, command);
    if (!result.ok) return false;
    if (!result.changed) return true;
    const c = this.conversation;
    c.status = result.status;
    if (result.status === "waiting") c.waitingSince = this.now;
    if (result.status !== "waiting") c.waitingSince = undefined;
    if (result.status === "resolved") c.resolvedAt = this.now;
    if (result.status !== "agent") {
      c.assignedAgentId = undefined;
      c.assignedAgentName = undefined;
    }
    return true;
  }

  toChange(): ConversationChange {
    const version = (this.expectedVersion ?? 0) + 1;
    return {
      conversation: { ...this.conversation, version },
      expectedVersion: this.expectedVersion,
      messages: this.messages,
      events: this.events,
    };
  }
}
