export type CallbackChannel = "phone" | "email";

export interface Callback {
  id: string;
  conversationId: string;
  customer: { id?: string; name?: string };
  channel: CallbackChannel;
  contact: string;
  note?: string;
  language: string;
  dueAt: Date;
  status: "open" | "done";
  createdAt: Date;
  completedAt?: Date;
  completedBy?: string;
}

export interface CallbackStore {
  add(callback: Callback): Promise<void>;
  get(id: string): Promise<Callback | undefined>;
  list(status: "open" | "done", limit?: number): Promise<Callback[]>;
  /** Marks it done unless it already is; returns the stored callback. */
  complete(id: string, by: string, at: Date): Promise<Callback | undefined>;
}
