import { takeConversation } from "../conversations/agent-actions.ts";
import { selectAgent, type Candidate } from "./select-agent.ts";
import type { StaffDeps } from "./staff-deps.ts";

export type RoutingOutcome =
  | { kind: "assigned"; agentId: string }
  | { kind: "queued"; reason: "not_waiting" | "nobody_available" | "lost_race" };

/**
 * The orchestrator of one assignment: the selector chooses the person, the capacity
 * check is the limiter, and the claim itself is the conversation's atomic version check,
 * so two routers (two processes) can never assign one conversation twice.
 */
export async function routeConversation(
  deps: StaffDeps,
  input: {
    conversationId: string;
    /** Who could take it and how full they are; read fresh when not given. */
    candidates?: Candidate[];
  },
): Promise<RoutingOutcome> {
  const conversation = await deps.conversations.get(input.conversationId);
  if (!conversation || conversation.status !== "waiting") return { kind: "queued", reason: "not_waiting" };
  const candidates = input.candidates ?? (await readCandidates(deps));
  const chosen = selectAgent({ language: conversation.language, skill: conversation.skill }, candidates);
  if (!chosen) return { kind: "queued", reason: "nobody_available" };
  const name = (await deps.agentName(chosen.agentId)) ?? "";
  const taken = await takeConversation(deps, {
    conversationId: conversation.id,
    agent: { id: chosen.agentId, name, role: "agent" },
    how: "routed",
    onlyIfWaiting: true,
  });
  if (!taken.ok) return { kind: "queued", reason: "lost_race" };
  await deps.presence.markAssigned(chosen.agentId, deps.clock.now());
  return { kind: "assigned", agentId: chosen.agentId };
}

export async function readCandidates(deps: Pick<StaffDeps, "presence">): Promise<Candidate[]> {
  const [available, loads] = await Promise.all([deps.presence.listAvailable(), deps.presence.loads()]);
  return available.map((presence) => ({ presence, load: loads.get(presence.agentId) ?? 0 }));
}
