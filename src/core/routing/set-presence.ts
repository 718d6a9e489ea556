import { SUPPORTED_LANGUAGES } from "../languages.ts";
import type { Presence, PresenceStatus } from "../../ports/presence-store.ts";
import type { Outcome } from "../conversations/desk-deps.ts";
import { STAFF_SCOPE, type StaffDeps } from "./staff-deps.ts";

export const MAX_CAPACITY = 20;
export const DEFAULT_CAPACITY = 3;

export interface PresenceChange {
  status?: PresenceStatus;
  languages?: string[];
  skills?: string[];
  capacity?: number;
}

/** A person says they are online, away or offline, and what they can take. */
export async function setPresence(
  deps: Pick<StaffDeps, "presence" | "clock" | "bus" | "agentName">,
  input: { agentId: string; change: PresenceChange },
): Promise<Outcome<{ presence: Presence }>> {
  const { change } = input;
  const unknown = change.languages?.filter((l) => !(SUPPORTED_LANGUAGES as readonly string[]).includes(l)) ?? [];
  if (unknown.length > 0) {
    return { ok: false, error: { code: "invalid_presence", message: `Unknown languages: ${unknown.join(", ")}.` } };
  }
  const now = deps.clock.now();
  const before = await deps.presence.get(input.agentId);
  const presence: Presence = {
    agentId: input.agentId,
    status: change.status ?? before?.status ?? "offline",
    languages: change.languages ?? before?.languages ?? [],
    skills: (change.skills ?? before?.skills ?? []).map((s) => s.trim().toLowerCase()).filter(Boolean),
    capacity: Math.min(MAX_CAPACITY, Math.max(1, change.capacity ?? before?.capacity ?? DEFAULT_CAPACITY)),
    lastSeenAt: now,
    lastAssignedAt: before?.lastAssignedAt,
  };
  await deps.presence.save(presence);
  await deps.bus.publish(STAFF_SCOPE, [{ type: "presence", agentId: presence.agentId }]);
  return { ok: true, value: { presence } };
}
