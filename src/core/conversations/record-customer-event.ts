import type { HistoryEvent } from "../inquiry.ts";
import type { CustomerEventStore } from "../../ports/customer-event-store.ts";
import type { Clock } from "../../ports/system.ts";

const DAY_MS = 86_400_000;

/**
 * The firm tells the desk what happened to a customer (a late delivery, a missed
 * callback). It is pinned to a point in time, so "9 days ago" stays true next week.
 */
export async function recordCustomerEvent(
  deps: { customerEvents: CustomerEventStore; clock: Clock },
  input: { customerId: string; event: HistoryEvent; at?: Date },
): Promise<{ at: Date }> {
  const now = deps.clock.now();
  const at = input.at ?? new Date(now.getTime() - input.event.daysAgo * DAY_MS);
  const { daysAgo: _relative, ...event } = input.event;
  await deps.customerEvents.append({ customerId: input.customerId, at, event: { ...event, daysAgo: 0 } });
  return { at };
}
