import { ConversationDraft } from "../conversations/conversation-draft.ts";
import { commitWithRetry } from "../conversations/commit-with-retry.ts";
import { succeed } from "../conversations/desk-deps.ts";
import { STAFF_SCOPE, type StaffDeps } from "./staff-deps.ts";

/** How long without a heartbeat before a person counts as gone. */
export const HEARTBEAT_TIMEOUT_MS = 60_000;

/**
 * A person whose screen stopped answering is set offline, and every conversation they
 * held goes back to the queue — never left with someone who is not there.
 */
export async function requeueAbsentAgents(deps: StaffDeps): Promise<{ agents: string[]; requeued: string[] }> {
  const now = deps.clock.now();
  const gone = await deps.presence.expire(new Date(now.getTime() - HEARTBEAT_TIMEOUT_MS));
  const requeued: string[] = [];
  for (const agentId of gone) {
    requeued.push(...(await requeueConversationsOf(deps, agentId, "the agent went offline")));
    await deps.bus.publish(STAFF_SCOPE, [{ type: "presence", agentId }]);
  }
  return { agents: gone, requeued };
}

/** Puts every conversation a person holds back in the queue (they signed out or vanished). */
export async function requeueConversationsOf(deps: StaffDeps, agentId: string, reason: string): Promise<string[]> {
  const held = await deps.conversations.list({ statuses: ["agent"], assignedAgentId: agentId, limit: 500 });
  const done: string[] = [];
  for (const conversation of held) {
    const outcome = await commitWithRetry<null>(deps, async () => {
      const current = await deps.conversations.get(conversation.id);
      if (!current || current.status !== "agent" || current.assignedAgentId !== agentId) return { outcome: succeed(null) };
      const draft = new ConversationDraft(current, current.version, deps.clock.now(), deps.ids);
      draft.move("release");
      draft.log("conversation.released", { kind: "system" }, { previousAgentId: agentId, reason });
      return { commit: draft, value: null };
    });
    if (outcome.ok) done.push(conversation.id);
  }
  return done;
}
