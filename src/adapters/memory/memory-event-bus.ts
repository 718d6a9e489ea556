import type { DeskEvent, EventBus } from "../../ports/event-bus.ts";

type Listener = (event: DeskEvent) => void;

/** Fan-out inside one process: the default when there is a single server. */
export class MemoryEventBus implements EventBus {
  private readonly byConversation = new Map<string, Set<Listener>>();
  private readonly everyone = new Set<Listener>();

  async publish(conversationId: string, events: DeskEvent[]): Promise<void> {
    this.deliver(conversationId, events);
  }

  /** Hands events to this process's listeners; the Redis bus calls it for remote events too. */
  deliver(conversationId: string, events: DeskEvent[]): void {
    const listeners = [...(this.byConversation.get(conversationId) ?? []), ...this.everyone];
    for (const event of events) {
      for (const listener of listeners) {
        try {
          listener(event);
        } catch {
          // A broken listener (a closed socket) must not stop the others from hearing.
        }
      }
    }
  }

  subscribeConversation(conversationId: string, listener: Listener): () => void {
    const set = this.byConversation.get(conversationId) ?? new Set<Listener>();
    set.add(listener);
    this.byConversation.set(conversationId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.byConversation.delete(conversationId);
    };
  }

  subscribeAll(listener: Listener): () => void {
    this.everyone.add(listener);
    return () => this.everyone.delete(listener);
  }

  async close(): Promise<void> {
    this.byConversation.clear();
    this.everyone.clear();
  }
}
