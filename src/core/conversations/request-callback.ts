import type { Callback, CallbackChannel } from "../../ports/callback-store.ts";
import { STAFF_SCOPE, type StaffDeps } from "../routing/staff-deps.ts";
import { ConversationDraft } from "./conversation-draft.ts";
import { commitWithRetry } from "./commit-with-retry.ts";
import { customerText } from "./customer-texts.ts";
import { fail, type Outcome } from "./desk-deps.ts";

const PHONE = /^\+?[0-9][0-9 ()./-]{5,22}$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;
export const MAX_CALLBACK_NOTE = 1000;

/**
 * When nobody can answer now, the customer asks to be called or written back. It becomes
 * a task with a due time for the people, and the customer gets a confirmation in the
 * conversation, in their language.
 */
export async function requestCallback(
  deps: Pick<StaffDeps, "conversations" | "callbacks" | "bus" | "clock" | "ids" | "staffing">,
  input: { conversationId: string; channel: CallbackChannel; contact: string; note?: string; withinHours: number },
): Promise<Outcome<{ callback: Callback }>> {
  const contact = input.contact.trim();
  if (!(input.channel === "phone" ? PHONE : EMAIL).test(contact)) {
    return fail("invalid_contact", input.channel === "phone" ? "That does not look like a phone number." : "That does not look like an e-mail address.");
  }
  if ((input.note?.length ?? 0) > MAX_CALLBACK_NOTE) {
    return fail("invalid_contact", `A note may have at most ${MAX_CALLBACK_NOTE} characters.`);
  }
  let created: Callback | undefined;
  const outcome = await commitWithRetry<{ callback: Callback }>(deps, async () => {
    const current = await deps.conversations.get(input.conversationId);
    if (!current) return { outcome: fail("conversation_not_found", "There is no such conversation.") };
    const now = deps.clock.now();
    const estimate = deps.staffing.availability(current.language).estimatedMinutes;
    created ??= {
      id: deps.ids.newId(),
      conversationId: current.id,
      customer: { id: current.customer.id, name: current.customer.name },
      channel: input.channel,
      contact,
      note: input.note,
      language: current.language,
      // Someone online: as soon as the queue allows. Nobody: within the firm's promise.
      dueAt: new Date(now.getTime() + (estimate !== undefined ? Math.max(estimate, 15) * 60_000 : input.withinHours * 3_600_000)),
      status: "open",
      createdAt: now,
    };
    const draft = new ConversationDraft(current, current.version, now, deps.ids);
    if (current.status === "assistant" || current.status === "resolved") draft.move("hand_over");
    draft.addMessage({ author: "system", text: customerText(current.language, "callbackConfirmed", { contact }) });
    draft.log("callback.requested", { kind: "customer", id: current.customer.id }, { callbackId: created.id, channel: input.channel, dueAt: created.dueAt.toISOString() });
    return { commit: draft, value: { callback: created } };
  });
  if (!outcome.ok) return outcome;
  await deps.callbacks.add(outcome.value.callback);
  await deps.bus.publish(STAFF_SCOPE, [{ type: "callback", callback: outcome.value.callback }]);
  return outcome;
}

/** A person made the call (or wrote back). */
export async function completeCallback(
  deps: Pick<StaffDeps, "callbacks" | "bus" | "clock">,
  input: { callbackId: string; agentId: string },
): Promise<Outcome<{ callback: Callback }>> {
  const callback = await deps.callbacks.complete(input.callbackId, input.agentId, deps.clock.now());
  if (!callback) return fail("callback_not_found", "There is no such callback.");
  await deps.bus.publish(STAFF_SCOPE, [{ type: "callback", callback }]);
  return { ok: true, value: { callback } };
}
