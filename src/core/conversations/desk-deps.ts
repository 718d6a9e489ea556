import type { Assistant } from "../../ports/assistant.ts";
import type { ConversationStore } from "../../ports/conversation-store.ts";
import type { CustomerEventStore } from "../../ports/customer-event-store.ts";
import type { EventBus } from "../../ports/event-bus.ts";
import type { Clock, ConversationTokens, IdGenerator } from "../../ports/system.ts";
import type { Staffing } from "../../ports/staffing.ts";
import type { TriageEngine } from "../triage/triage-engine.ts";

/** The ports the conversation use cases need; the composition root fills them in. */
export interface DeskDeps {
  conversations: ConversationStore;
  customerEvents: CustomerEventStore;
  /** A getter, so a recalibrated model can be swapped in without a restart. */
  triage: () => TriageEngine;
  assistant: Assistant;
  bus: EventBus;
  clock: Clock;
  ids: IdGenerator;
  tokens: ConversationTokens;
  /** Who is online, so a hand-over can tell the customer the truth about the wait. */
  staffing: Staffing;
}

/** Longest message a customer or agent may send, in characters. */
export const MAX_MESSAGE_LENGTH = 4000;

export type DeskErrorCode =
  | "conversation_not_found"
  | "text_empty"
  | "text_too_long"
  | "client_message_id_reused"
  | "already_assigned"
  | "not_assigned_to_you"
  | "invalid_transition"
  | "invalid_rating"
  | "write_conflict"
  | "agent_not_found"
  | "draft_not_found"
  | "callback_not_found"
  | "invalid_contact"
  | "invalid_presence"
  | "invalid_article"
  | "article_exists"
  | "article_not_found";

export interface DeskError {
  code: DeskErrorCode;
  message: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: DeskError };

export const fail = <T>(code: DeskErrorCode, message: string): Outcome<T> => ({ ok: false, error: { code, message } });
export const succeed = <T>(value: T): Outcome<T> => ({ ok: true, value });

export function checkText(text: string): DeskError | undefined {
  if (text.trim().length === 0) return { code: "text_empty", message: "The message has no text." };
  if (text.length > MAX_MESSAGE_LENGTH) {
    return { code: "text_too_long", message: `A message may have at most ${MAX_MESSAGE_LENGTH} characters.` };
  }
  return undefined;
}
