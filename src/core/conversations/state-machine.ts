import type { ConversationStatus } from "./conversation.ts";

/**
 * The conversation lifecycle as one table. Every status change in Tandem goes through
 * `transition`; nothing else writes a status. A person who owns a conversation keeps it
 * until they resolve or release it, so the assistant can never talk over them.
 */
export type LifecycleCommand =
  | "keep_with_assistant" // the assistant answered (or will)
  | "hand_over" // triage, the assistant, or the customer asks for a person
  | "assign" // a person takes it (or it is transferred to another)
  | "release" // the person lets go (signed out, transfer to the queue)
  | "resolve"
  | "reopen_with_assistant"; // a resolved conversation gets a new, routine message

const MOVES: Record<ConversationStatus, Partial<Record<LifecycleCommand, ConversationStatus>>> = {
  assistant: {
    keep_with_assistant: "assistant",
    hand_over: "waiting",
    assign: "agent",
    resolve: "resolved",
  },
  waiting: {
    hand_over: "waiting",
    assign: "agent",
    resolve: "resolved",
  },
  agent: {
    hand_over: "agent", // already with a person: asking again changes nothing
    assign: "agent",
    release: "waiting",
    resolve: "resolved",
  },
  resolved: {
    reopen_with_assistant: "assistant",
    hand_over: "waiting",
    resolve: "resolved",
  },
};

export type TransitionResult =
  | { ok: true; status: ConversationStatus; changed: boolean }
  | { ok: false; code: "invalid_transition"; from: ConversationStatus; command: LifecycleCommand };

export function transition(from: ConversationStatus, command: LifecycleCommand): TransitionResult {
  const to = MOVES[from][command];
  if (!to) return { ok: false, code: "invalid_transition", from, command };
  return { ok: true, status: to, changed: to !== from };
}

export function canTransition(from: ConversationStatus, command: LifecycleCommand): boolean {
  return MOVES[from][command] !== undefined;
}
