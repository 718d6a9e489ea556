import { takeConversation } from "../conversations/agent-actions.ts";
import { selectAgent } from "./select-agent.ts";
import type { StaffDeps } from "./staff-deps.ts";

export type RoutingOutcome =
  | { kind: "assigned"; agentId: string }
  | { kind: "queued"; reason: "not_waiting" | "nobody_available" | "lost_race" };

/**
 * The orchestrator of one assignment: the selector chooses the person, the capacity
 * check is the limiter, and the claim itself is the conversation's atomic version check,
 * so two routers (two processes) can never assign one conversation twice.
 */
export async function routeConversation(deps: StaffDeps, input: { conversationId: string }): Promise<RoutingOutcome> {
  const conversation = await deps.conversations.get(input.conversationId);
  if (!conversation || conversation.status !== "waiting") return { kind: "queued", reason: "not_waiting" };
  const [available, loads] = await Promise.all([deps.presence.listAvailable(), deps.presence.loads()]);
  const chosen = selectAgent(
    { language: conversation.language, skill: conversation.skill },
    available.map((presence) => ({ presence, load: loads.get(presence.agentId) ?? 0 })),
  );
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
