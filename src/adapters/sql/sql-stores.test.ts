import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { aConversation, aMessage } from "../../test-support/builders.ts";
import { testDatabaseTargets, truncateAll } from "../../test-support/test-databases.ts";
import type { Database } from "./database.ts";
import { SqlAgentStore } from "./sql-agent-store.ts";
import { SqlArticleStore } from "./sql-article-store.ts";
import { SqlConversationStore } from "./sql-conversation-store.ts";
import { SqlCustomerEventStore } from "./sql-customer-event-store.ts";
import { SqlSettingsStore } from "./sql-settings-store.ts";
import type { ConversationChange } from "../../ports/conversation-store.ts";
import type { Conversation } from "../../core/conversations/conversation.ts";

/** The storage contract: every database Tandem runs on must pass all of it. */
describe.each(testDatabaseTargets())("storage on $name", (target) => {
  let database: Database;
  let conversations: SqlConversationStore;

  beforeAll(async () => {
    database = await target.open();
  });
  afterAll(async () => {
    await database?.close();
    await target.dispose();
  });
  beforeEach(async () => {
    await truncateAll(database);
    conversations = new SqlConversationStore(database.sql);
  });

  function opening(overrides: Partial<Conversation> = {}): ConversationChange {
    const conversation = aConversation({ lastSeq: 1, ...overrides });
    return {
      conversation,
      expectedVersion: null,
      messages: [aMessage(conversation, { seq: 1, clientMessageId: "c-1" })],
      events: [{ conversationId: conversation.id, type: "conversation.opened", actor: { kind: "customer" }, at: conversation.createdAt, data: {} }],
    };
  }

  function next(c: Conversation, text: string, clientMessageId?: string): ConversationChange {
    const conversation = { ...c, lastSeq: c.lastSeq + 1, version: c.version + 1 };
    return {
      conversation,
      expectedVersion: c.version,
      messages: [aMessage(conversation, { seq: conversation.lastSeq, text, clientMessageId })],
      events: [],
    };
  }

  it("stores a new conversation with its first message and log line", async () => {
    const change = opening({ reasons: ["order status question"], weight: 0.12 });
    expect(await conversations.commit(change)).toEqual({ ok: true });
    const stored = await conversations.get(change.conversation.id);
    expect(stored).toMatchObject({ id: change.conversation.id, status: "assistant", weight: 0.12, reasons: ["order status question"] });
    expect(stored?.createdAt.toISOString()).toBe(change.conversation.createdAt.toISOString());
    const messages = await conversations.listMessages(change.conversation.id);
    expect(messages.map((m) => m.text)).toEqual(["Where is my order?"]);
    const log = await conversations.listLog(change.conversation.id);
    expect(log.map((e) => e.type)).toEqual(["conversation.opened"]);
  });

  it("reads back every field of a conversation as it was stored, by the hot path and the listing alike", async () => {
    const stored = aConversation({
      customer: { id: "crm-7", name: "Zoë \"Z\" O'Brien", language: "de" },
      language: "de",
      status: "waiting",
      route: "human",
      weight: 0.123456789012345,
      reasons: ["a refund is late", "ärger"],
      assignedAgentId: undefined,
      history: [{ type: "refund_pending", daysAgo: 3.5, amount: 42.1 }],
      profile: { tier: "gold" } as Conversation["profile"],
      assistantFailures: 2,
      recent: { customerTexts: ["Wo bleibt mein Geld?", "Hallo??"], lastAuthor: "assistant" },
      lastSeq: 1,
      openKey: "crm-7|c-1",
      skill: "billing",
      rating: { score: 2, comment: "slow" },
      createdAt: new Date("2026-11-01T10:00:00.123Z"),
      updatedAt: new Date("2026-11-01T10:05:00.456Z"),
      waitingSince: new Date("2026-11-01T10:04:59.999Z"),
      resolvedAt: new Date("2026-10-30T08:00:00.001Z"),
    });
    expect(await conversations.commit({ conversation: stored, expectedVersion: null, messages: [aMessage(stored, { seq: 1 })], events: [] })).toEqual({ ok: true });
    const [listed] = await conversations.list({ statuses: ["waiting"] });
    const loaded = await conversations.get(stored.id);
    expect(loaded).toEqual(stored);
    expect(listed).toEqual(stored);
    expect((await conversations.loadForMessage(stored.id, "never-sent")).conversation).toEqual(stored);
  });

  it("refuses a change made from a stale version, and keeps nothing of it", async () => {
    const open = opening();
    await conversations.commit(open);
    const first = next(open.conversation, "first");
    const stale = next(open.conversation, "stale");
    expect(await conversations.commit(first)).toEqual({ ok: true });
    expect(await conversations.commit(stale)).toEqual({ ok: false, reason: "conflict" });
    const texts = (await conversations.listMessages(open.conversation.id)).map((m) => m.text);
    expect(texts).toEqual(["Where is my order?", "first"]);
  });

  it("lets exactly one of many concurrent writers win the same version", async () => {
    const open = opening();
    await conversations.commit(open);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => conversations.commit(next(open.conversation, `try ${i}`))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await conversations.listMessages(open.conversation.id)).toHaveLength(2);
  });

  it("commits concurrent changes to different conversations together", async () => {
    const opens = Array.from({ length: 40 }, () => opening());
    const results = await Promise.all(opens.map((c) => conversations.commit(c)));
    expect(results.every((r) => r.ok)).toBe(true);
    const found = await Promise.all(opens.map((c) => conversations.get(c.conversation.id)));
    expect(found.every((c) => c !== undefined)).toBe(true);
  });

  it("finds a message by its client id together with the replies to it", async () => {
    const open = opening();
    await conversations.commit(open);
    const customerMessage = open.messages[0]!;
    const reply = { ...next(open.conversation, "Here is how…") };
    reply.messages[0] = { ...reply.messages[0]!, author: "assistant", inReplyTo: customerMessage.id, sources: [{ articleId: "a1", title: "Orders", version: 2 }] };
    await conversations.commit(reply);
    const group = await conversations.findMessageGroup(open.conversation.id, "c-1");
    expect(group?.map((m) => m.author)).toEqual(["customer", "assistant"]);
    expect(group?.[1]?.sources).toEqual([{ articleId: "a1", title: "Orders", version: 2 }]);
    expect(await conversations.findMessageGroup(open.conversation.id, "c-unknown")).toBeUndefined();
  });

  it("lists messages after a position, oldest first", async () => {
    let c = opening();
    await conversations.commit(c);
    let conversation = c.conversation;
    for (const text of ["two", "three", "four"]) {
      const change = next(conversation, text);
      await conversations.commit(change);
      conversation = change.conversation;
    }
    const after = await conversations.listMessages(conversation.id, { afterSeq: 2 });
    expect(after.map((m) => m.text)).toEqual(["three", "four"]);
  });

  it("answers 'not found' for ids that are not ids at all", async () => {
    expect(await conversations.get("not-a-uuid")).toBeUndefined();
    expect(await conversations.findMessageGroup("'; DROP TABLE messages; --", "c-1")).toBeUndefined();
  });

  it("does not open a second conversation for the same open key", async () => {
    const a = opening({ openKey: "customer:crm-1:c-1" });
    const b = opening({ openKey: "customer:crm-1:c-1" });
    expect(await conversations.commit(a)).toEqual({ ok: true });
    expect(await conversations.commit(b)).toEqual({ ok: false, reason: "conflict" });
    expect((await conversations.findByOpenKey("customer:crm-1:c-1"))?.id).toBe(a.conversation.id);
  });

  it("lists a customer's recent conversations and the queue", async () => {
    await conversations.commit(opening({ status: "waiting", waitingSince: new Date() }));
    await conversations.commit(opening({ customer: { id: "crm-2" } }));
    const queue = await conversations.list({ statuses: ["waiting"] });
    expect(queue).toHaveLength(1);
    const crm2 = await conversations.listByCustomer("crm-2", new Date("2026-01-01"));
    expect(crm2).toHaveLength(1);
  });

  it("keeps customer history events with their time", async () => {
    const events = new SqlCustomerEventStore(database.db);
    const at = new Date("2026-10-30T08:00:00Z");
    await events.append({ customerId: "crm-9", at, event: { type: "callback_missed", daysAgo: 0 } });
    await events.append({ customerId: "crm-9", at: new Date("2025-01-01"), event: { type: "csat", daysAgo: 0, score: 1 } });
    const recent = await events.listSince("crm-9", new Date("2026-08-01"));
    expect(recent).toEqual([{ customerId: "crm-9", at, event: { type: "callback_missed", daysAgo: 0 } }]);
  });

  it("versions articles: a changed article gets a new version, an unchanged one keeps it", async () => {
    const store = new SqlArticleStore(database.db);
    const draft = { slug: "meter", title: "Meter readings", body: "Send it in the app.", language: "en", tags: [], sampleQuestions: [] };
    expect(await store.upsertMany([draft])).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(await store.upsertMany([draft])).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(await store.upsertMany([{ ...draft, body: "Send it in the app or by phone." }])).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const [article] = await store.listActive();
    expect(article).toMatchObject({ slug: "meter", version: 2, body: "Send it in the app or by phone." });
  });

  it("keeps agents unique by e-mail, whatever its case", async () => {
    const agents = new SqlAgentStore(database.db);
    const agent = { id: crypto.randomUUID(), email: "Sam@Example.com", name: "Sam", role: "agent" as const, passwordHash: "x", createdAt: new Date() };
    expect(await agents.create(agent)).toEqual({ ok: true });
    expect(await agents.create({ ...agent, id: crypto.randomUUID(), email: "sam@example.com" })).toEqual({ ok: false, reason: "email_taken" });
    expect((await agents.findByEmail("SAM@example.com"))?.name).toBe("Sam");
  });

  it("keeps the first value of a setting", async () => {
    const store = new SqlSettingsStore(database.db);
    expect(await store.setIfAbsent("secret", "a")).toBe("a");
    expect(await store.setIfAbsent("secret", "b")).toBe("a");
  });
});
