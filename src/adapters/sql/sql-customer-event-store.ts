import { and, asc, eq, gte } from "drizzle-orm";
import type { HistoryEvent } from "../../core/inquiry.ts";
import type { CustomerEventStore, StoredCustomerEvent } from "../../ports/customer-event-store.ts";
import type { DrizzleDb } from "./database.ts";
import { customerEvents } from "./schema.ts";

export class SqlCustomerEventStore implements CustomerEventStore {
  constructor(private readonly db: DrizzleDb) {}

  async append(event: StoredCustomerEvent): Promise<void> {
    const { type, daysAgo: _relative, ...fields } = event.event;
    await this.db.insert(customerEvents).values({ customerId: event.customerId, type, at: event.at, data: fields });
  }

  async listSince(customerId: string, since: Date): Promise<StoredCustomerEvent[]> {
    const rows = await this.db
      .select()
      .from(customerEvents)
      .where(and(eq(customerEvents.customerId, customerId), gte(customerEvents.at, since)))
      .orderBy(asc(customerEvents.at))
      .limit(500);
    return rows.map((row) => ({
      customerId: row.customerId,
      at: row.at,
      event: { ...(row.data as Record<string, unknown>), type: row.type, daysAgo: 0 } as HistoryEvent,
    }));
  }
}
