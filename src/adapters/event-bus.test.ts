import { afterEach, describe, expect, it } from "vitest";
import type { DeskEvent, EventBus } from "../ports/event-bus.ts";
import { aConversation, aMessage } from "../test-support/builders.ts";
import { MemoryEventBus } from "./memory/memory-event-bus.ts";
import { RedisEventBus } from "./redis/redis-event-bus.ts";

interface BusTarget {
  name: string;
  /** Two buses that stand for two server processes sharing one desk. */
  pair(): Promise<[EventBus, EventBus]>;
  shared: boolean;
}

const targets: BusTarget[] = [
  {
    name: "in-process",
    shared: false,
    pair: async () => {
      const bus = new MemoryEventBus();
      return [bus, bus];
    },
  },
];
const redisUrl = process.env.TEST_REDIS_URL;
if (redisUrl) {
  const prefix = `tandem-test-${Math.random().toString(36).slice(2)}`;
  targets.push({
    name: "Redis",
    shared: true,
    pair: async () => [await RedisEventBus.connect(redisUrl, prefix), await RedisEventBus.connect(redisUrl, prefix)],
  });
}

const opened: EventBus[] = [];
afterEach(async () => {
  await Promise.all([...new Set(opened.splice(0))].map((b) => b.close()));
});

describe.each(targets)("event bus: $name", (target) => {
  async function pair() {
    const buses = await target.pair();
    opened.push(...buses);
    return buses;
  }

  it("delivers a conversation's events to its subscribers, in order, with their dates", async () => {
    const [publisher, listener] = await pair();
    const conversation = aConversation();
    const heard: DeskEvent[] = [];
    listener.subscribeConversation(conversation.id, (e) => heard.push(e));
    if (target.shared) await new Promise((r) => setTimeout(r, 50));
    const message = aMessage(conversation, { text: "hello" });
    await publisher.publish(conversation.id, [{ type: "message", message }, { type: "conversation", conversation }]);
    await expect.poll(() => heard.length).toBe(2);
    expect(heard[0]).toEqual({ type: "message", message });
    expect(heard[1]?.type).toBe("conversation");
    const first = heard[0];
    expect(first?.type === "message" && first.message.createdAt instanceof Date).toBe(true);
  });

  it("does not deliver one conversation's events to another's subscribers", async () => {
    const [publisher, listener] = await pair();
    const mine = aConversation();
    const other = aConversation();
    const heard: DeskEvent[] = [];
    listener.subscribeConversation(mine.id, (e) => heard.push(e));
    const everything: DeskEvent[] = [];
    listener.subscribeAll((e) => everything.push(e));
    await publisher.publish(other.id, [{ type: "conversation", conversation: other }]);
    await expect.poll(() => everything.length).toBe(1);
    expect(heard).toEqual([]);
  });

  it("stops delivering after unsubscribing", async () => {
    const [publisher, listener] = await pair();
    const conversation = aConversation();
    const heard: DeskEvent[] = [];
    const unsubscribe = listener.subscribeConversation(conversation.id, (e) => heard.push(e));
    unsubscribe();
    const probe: DeskEvent[] = [];
    listener.subscribeAll((e) => probe.push(e));
    await publisher.publish(conversation.id, [{ type: "conversation", conversation }]);
    await expect.poll(() => probe.length).toBe(1);
    expect(heard).toEqual([]);
  });

  it("keeps delivering to the others when one listener throws", async () => {
    const [publisher, listener] = await pair();
    const conversation = aConversation();
    const heard: DeskEvent[] = [];
    listener.subscribeConversation(conversation.id, () => {
      throw new Error("a closed socket");
    });
    listener.subscribeConversation(conversation.id, (e) => heard.push(e));
    await publisher.publish(conversation.id, [{ type: "conversation", conversation }]);
    await expect.poll(() => heard.length).toBe(1);
  });
});
