import { Redis } from "ioredis";
import { randomUUID } from "node:crypto";
import type { Conversation, Message } from "../../core/conversations/conversation.ts";
import type { DeskEvent, EventBus } from "../../ports/event-bus.ts";
import { MemoryEventBus } from "../memory/memory-event-bus.ts";
import { redisKeys } from "./redis-keys.ts";

interface Envelope {
  origin: string;
  conversationId: string;
  events: DeskEvent[];
}

/**
 * Fan-out across server processes that share one database: each process publishes its
 * committed changes on one channel and delivers what the others publish to its own
 * listeners (its widgets' and agents' sockets). Local events are delivered at once,
 * without waiting for the round trip through Redis.
 */
export class RedisEventBus implements EventBus {
  private readonly local = new MemoryEventBus();
  private readonly origin = randomUUID();
  private readonly channel: string;

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    prefix: string,
  ) {
    this.channel = redisKeys(prefix).deskEvents;
  }

  static async connect(url: string, prefix = "tandem"): Promise<RedisEventBus> {
    const publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
    const subscriber = new Redis(url, { lazyConnect: true });
    await Promise.all([publisher.connect(), subscriber.connect()]);
    const bus = new RedisEventBus(publisher, subscriber, prefix);
    await subscriber.subscribe(bus.channel);
    subscriber.on("message", (_channel: string, payload: string) => bus.receive(payload));
    return bus;
  }

  async publish(conversationId: string, events: DeskEvent[]): Promise<void> {
    this.local.deliver(conversationId, events);
    const envelope: Envelope = { origin: this.origin, conversationId, events };
    // The change is already committed; if Redis is down, listeners elsewhere catch up
    // from the database on reconnect (`?after=`), so a failed publish is not an error here.
    await this.publisher.publish(this.channel, JSON.stringify(envelope)).catch(() => undefined);
  }

  subscribeConversation(conversationId: string, listener: (event: DeskEvent) => void): () => void {
    return this.local.subscribeConversation(conversationId, listener);
  }

  subscribeAll(listener: (event: DeskEvent) => void): () => void {
    return this.local.subscribeAll(listener);
  }

  async close(): Promise<void> {
    await this.local.close();
    this.subscriber.disconnect();
    this.publisher.disconnect();
  }

  private receive(payload: string): void {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(payload) as Envelope;
    } catch {
      return;
    }
    if (envelope.origin === this.origin) return;
    this.local.deliver(envelope.conversationId, envelope.events.map(reviveDates));
  }
}

function reviveDates(event: DeskEvent): DeskEvent {
  const date = (v: Date | string | undefined) => (v === undefined ? undefined : new Date(v));
  if (event.type === "presence" || event.type === "draft") return event;
  if (event.type === "note") return { type: "note", note: { ...event.note, createdAt: new Date(event.note.createdAt) } };
  if (event.type === "callback") {
    const c = event.callback;
    return { type: "callback", callback: { ...c, dueAt: new Date(c.dueAt), createdAt: new Date(c.createdAt), completedAt: date(c.completedAt) } };
  }
  if (event.type === "message") {
    const m = event.message as Message & { createdAt: Date | string };
    return { type: "message", message: { ...m, createdAt: new Date(m.createdAt) } };
  }
  const c = event.conversation as Conversation;
  return {
    type: "conversation",
    conversation: {
      ...c,
      createdAt: new Date(c.createdAt),
      updatedAt: new Date(c.updatedAt),
      waitingSince: date(c.waitingSince),
      resolvedAt: date(c.resolvedAt),
    },
  };
}
