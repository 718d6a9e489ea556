import type { HistoryEvent } from "../inquiry.ts";
import type { StoredCustomerEvent } from "../../ports/customer-event-store.ts";
import type { Conversation } from "./conversation.ts";

const DAY_MS = 86_400_000;

/** How far back triage looks; older trouble has faded by then. */
export const HISTORY_WINDOW_DAYS = 90;

/**
 * The history triage reads when a conversation opens: what the firm posted, plus the
 * customer's own earlier conversations with the desk (repeat contacts, hand-overs,
 * ratings), in the inquiry format's vocabulary, oldest first (newest last).
 */
export function customerHistory(
  now: Date,
  firmEvents: StoredCustomerEvent[],
  earlierConversations: Conversation[],
): HistoryEvent[] {
  const daysAgo = (at: Date) => Math.max(0, (now.getTime() - at.getTime()) / DAY_MS);
  const events: HistoryEvent[] = firmEvents.map((e) => ({ ...e.event, daysAgo: round(daysAgo(e.at)) }));

  for (const c of earlierConversations) {
    const ago = round(daysAgo(c.updatedAt));
    const wentToPerson = c.route === "human" || c.status === "waiting" || c.status === "agent" || c.assignedAgentId !== undefined;
    events.push({
      type: "contact",
      daysAgo: ago,
      outcome: contactOutcome(c),
      handledBy: wentToPerson ? "human" : "ai",
    });
    if (c.rating) events.push({ type: "csat", daysAgo: ago, score: c.rating.score });
  }
  return events.sort((a, b) => b.daysAgo - a.daysAgo);
}

function contactOutcome(c: Conversation): "resolved" | "unresolved" {
  if (c.status === "resolved") return "resolved";
  // An assistant conversation the customer left after an answer that helped counts as resolved.
  if (c.status === "assistant" && c.assistantFailures === 0) return "resolved";
  return "unresolved";
}

function round(days: number): number {
  return Math.round(days * 10) / 10;
}
