import type { HistoryEvent } from "../core/inquiry.ts";

/** A history event the firm posted, pinned to a point in time. */
export interface StoredCustomerEvent {
  customerId: string;
  at: Date;
  event: HistoryEvent;
}

export interface CustomerEventStore {
  append(event: StoredCustomerEvent): Promise<void>;
  listSince(customerId: string, since: Date): Promise<StoredCustomerEvent[]>;
}
