import type { Presence } from "../../ports/presence-store.ts";

export interface RoutingNeed {
  language: string;
  skill?: string;
}

export interface Candidate {
  presence: Presence;
  load: number;
}

/**
 * Which person gets a waiting conversation: someone online (not away), who speaks the
 * customer's language and has the needed skill, below their capacity; of those, the
 * least loaded, then whoever has waited longest since their last conversation.
 * Someone who lists no languages is taken to speak every one (a small team's default).
 */
export function selectAgent(need: RoutingNeed, candidates: Candidate[]): Presence | undefined {
  const eligible = candidates.filter(
    ({ presence, load }) =>
      presence.status === "online" &&
      load < presence.capacity &&
      speaks(presence, need.language) &&
      (!need.skill || presence.skills.includes(need.skill)),
  );
  eligible.sort(
    (a, b) =>
      a.load / a.presence.capacity - b.load / b.presence.capacity ||
      (a.presence.lastAssignedAt?.getTime() ?? 0) - (b.presence.lastAssignedAt?.getTime() ?? 0),
  );
  return eligible[0]?.presence;
}

export function speaks(presence: Pick<Presence, "languages">, language: string): boolean {
  return presence.languages.length === 0 || presence.languages.includes(language);
}

/** Waiting conversations in the order people should get them: heaviest, then longest waiting. */
export function queueOrder<T extends { weight: number; waitingSince?: Date }>(a: T, b: T): number {
  return b.weight - a.weight || (a.waitingSince?.getTime() ?? 0) - (b.waitingSince?.getTime() ?? 0);
}
