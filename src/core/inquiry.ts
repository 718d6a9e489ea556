/**
 * The inquiry format of shared/spec/inquiry-format.md: what triage reads.
 * History types are a fixed vocabulary, but unknown ones are kept and ignored.
 */
export const KNOWN_HISTORY_TYPES = [
  "contact",
  "callback_missed",
  "delivery_delayed",
  "order_delivered",
  "payment_failed",
  "payment_overdue",
  "refund_pending",
  "refund_issued",
  "complaint_opened",
  "csat",
  "escalated",
] as const;

export type KnownHistoryType = (typeof KNOWN_HISTORY_TYPES)[number];

export interface HistoryEvent {
  type: string;
  /** Non-negative; how long ago, relative to the inquiry. */
  daysAgo: number;
  outcome?: "resolved" | "unresolved" | "abandoned";
  handledBy?: "ai" | "human";
  daysLate?: number;
  amount?: number;
  score?: number;
  [extra: string]: unknown;
}

export interface CustomerProfile {
  tenureDays?: number;
  vulnerable?: boolean;
}

export type Channel = "chat" | "email" | "voice-transcript" | "api";

export interface Inquiry {
  id: string;
  text: string;
  language?: string;
  channel?: string;
  topic?: string;
  history: HistoryEvent[];
  customer?: CustomerProfile;
}
