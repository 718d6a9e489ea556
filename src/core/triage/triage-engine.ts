import type { Inquiry } from "../inquiry.ts";

/**
 * The seam between the desk and triage. The conversation engine only ever calls
 * `decide`; what happens inside (rules, a calibrated model) is triage's business.
 */
export interface TriageEngine {
  decide(input: TriageInput): TriageDecision;
}

export type TriageInput = Omit<Inquiry, "id"> & {
  /** Present when re-triaging a later message of an open conversation. */
  followUp?: FollowUpContext;
};

export interface FollowUpContext {
  /** The customer's earlier messages in this conversation, oldest first. */
  earlierCustomerTexts: string[];
  /** How often the assistant's answer did not help or it could not answer. */
  assistantFailures: number;
  /** The weight triage gave the previous message. */
  previousWeight: number;
}

export interface TriageDecision {
  route: "ai" | "human";
  /** Emotional weight in [0, 1]. */
  weight: number;
  /** Plain words an agent can read, most important first. */
  reasons: string[];
  /** ISO 639-1 code of the language the text is in (detected when not given). */
  language: string;
  /** The customer asked for a person; this always routes to a person. */
  explicitRequest: boolean;
}
