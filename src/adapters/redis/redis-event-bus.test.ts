import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DeskEvent } from "../../ports/event-bus.ts";
import { RedisEventBus } from "./redis-event-bus.ts";

const redisUrl = process.env.TEST_REDIS_URL;

/** Two processes' buses on one Redis (CI sets TEST_REDIS_URL; without it there is no Redis to test). */
describe.runIf(redisUrl)("RedisEventBus across processes (needs TEST_REDIS_URL)", () => {
  let here: RedisEventBus;
  let there: RedisEventBus;
  const prefix = `test-${randomUUID()}`;

  beforeAll(async () => {
    [here, there] = await Promise.all([RedisEventBus.connect(redisUrl!, prefix), RedisEventBus.connect(redisUrl!, prefix)]);
  });
  afterAll(async () => {
    await here?.close();
    await there?.close();
  });

  it("a draft of an answer being written reaches the other process's listeners of that conversation only", async () => {
    const heard: DeskEvent[] = [];
    const elsewhere: DeskEvent[] = [];
    const stop = there.subscribeConversation("conv-1", (e) => heard.push(e));
    const stopOther = there.subscribeConversation("conv-2", (e) => elsewhere.push(e));
    const draft = { id: "d-1", conversationId: "conv-1", text: "Du lämnar din mätarställning i appen." };
    await here.publish("conv-1", [{ type: "draft", draft }]);
    await expect.poll(() => heard).toEqual([{ type: "draft", draft }]);
    expect(elsewhere).toEqual([]);
    stop();
    stopOther();
  });

  it("a message's dates come back as dates", async () => {
    const heard: DeskEvent[] = [];
    const stop = there.subscribeConversation("conv-3", (e) => heard.push(e));
    const createdAt = new Date("2026-11-22T08:00:00Z");
    await here.publish("conv-3", [{ type: "message", message: { id: "m1", conversationId: "conv-3", seq: 1, author: "customer", text: "Hej", createdAt } }]);
    await expect.poll(() => heard.length).toBe(1);
    const event = heard[0]!;
    expect(event.type === "message" && event.message.createdAt).toEqual(createdAt);
    stop();
  });
});
