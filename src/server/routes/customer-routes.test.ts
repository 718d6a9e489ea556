import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDesk, TestCustomer, TEST_API_KEY, type TestDesk } from "../../test-support/test-desk.ts";

let t: TestDesk;
beforeAll(async () => {
  t = await createTestDesk();
});
afterAll(async () => t?.close());

const customer = () => new TestCustomer(t.app);
const conversationCount = async () => (await t.desk.database.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM conversations"))[0]!.n;
const messageCount = async () => (await t.desk.database.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM messages"))[0]!.n;

describe("opening a conversation", () => {
  it("answers a routine question from the firm's articles and cites them", async () => {
    const c = customer();
    const response = await c.open({ text: "How do I submit a meter reading?", customer: { id: "crm-routine", name: "Ada", language: "en" } });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.conversation).toMatchObject({ status: "assistant", route: "ai", language: "en" });
    expect(typeof body.token).toBe("string");
    expect(body.messages.map((m: { author: string }) => m.author)).toEqual(["customer", "assistant"]);
    const answer = body.messages[1];
    expect(answer.sources.length).toBeGreaterThan(0);
    expect(answer.sources[0].title).toMatch(/meter reading/i);
  });

  it("hands a bereavement to a person at once, with the reason", async () => {
    const response = await customer().open({ text: "My husband passed away last month and the account is in his name. I don't know what to do." });
    const body = response.json();
    expect(body.conversation.status).toBe("waiting");
    expect(body.conversation.route).toBe("human");
    expect(body.conversation.reasons.join(" ")).toMatch(/bereave|death|passed/i);
    expect(body.messages.map((m: { author: string }) => m.author)).toEqual(["customer", "system"]);
  });

  it("hands a neutral question to a person when the firm reported a missed callback", async () => {
    const event = await t.app.inject({
      method: "POST",
      url: "/api/v1/customers/crm-missed/events",
      headers: { authorization: `Bearer ${TEST_API_KEY}` },
      payload: { type: "callback_missed", daysAgo: 1 },
    });
    expect(event.statusCode).toBe(201);
    const body = (await customer().open({ text: "When will my bill arrive?", customer: { id: "crm-missed" } })).json();
    expect(body.conversation.route).toBe("human");
    expect(body.conversation.reasons.join(" ")).toMatch(/callback/i);
  });

  it("answers in German when asked for a person in German", async () => {
    const body = (await customer().open({ text: "Ich möchte bitte mit einem Menschen sprechen.", customer: { language: "de" } })).json();
    expect(body.conversation.status).toBe("waiting");
    expect(body.messages[1].author).toBe("system");
    expect(body.messages[1].text).toMatch(/Mensch/);
  });

  it("returns the same conversation, token and messages for a retried open", async () => {
    const before = await conversationCount();
    const request = { text: "How do I move home?", customer: { id: "crm-retry" }, clientMessageId: "open-1" };
    const first = (await customer().open(request)).json();
    const second = (await customer().open(request)).json();
    expect(second.conversation.id).toBe(first.conversation.id);
    expect(second.token).toBe(first.token);
    expect(second.messages).toEqual(first.messages);
    expect(await conversationCount()).toBe(before + 1);
  });

  it("does not merge two anonymous visitors who both send a short client id", async () => {
    const a = (await customer().open({ text: "hello", clientMessageId: "c-1" })).json();
    const b = (await customer().open({ text: "hello", clientMessageId: "c-1" })).json();
    expect(a.conversation.id).not.toBe(b.conversation.id);
  });
});

describe("sending messages", () => {
  it("stores a retried message once and returns the original messages", async () => {
    const c = customer();
    await c.open({ text: "How do I pay my bill?" });
    const before = await messageCount();
    const first = await c.send("And how do I set up a direct debit?", "m-2");
    const again = await c.send("And how do I set up a direct debit?", "m-2");
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json().messages).toEqual(first.json().messages);
    expect(await messageCount()).toBe(before + first.json().messages.length);
  });

  it("refuses a client message id reused for a different text", async () => {
    const c = customer();
    await c.open({ text: "How do I pay my bill?" });
    await c.send("first text", "m-x");
    const reused = await c.send("another text", "m-x");
    expect(reused.statusCode).toBe(409);
    expect(reused.json().error.code).toBe("client_message_id_reused");
  });

  it("answers a thank-you itself and keeps the conversation with the assistant", async () => {
    const c = customer();
    await c.open({ text: "How do I submit a meter reading?", customer: { language: "en" } });
    const body = (await c.send("Thanks, that helped!")).json();
    expect(body.conversation.status).toBe("assistant");
    expect(body.messages.map((m: { author: string; text: string }) => [m.author, m.text])).toEqual([
      ["customer", "Thanks, that helped!"],
      ["system", "You're welcome! Is there anything else I can help with?"],
    ]);
  });

  it("greets a greeting in the customer's language, without queueing for a person", async () => {
    const swedish = (await customer().open({ text: "Hej!", customer: { language: "sv" } })).json();
    expect(swedish.conversation.status).toBe("assistant");
    expect(swedish.messages[1]).toMatchObject({ author: "system", text: expect.stringMatching(/^Hej! Vad kan jag hjälpa dig med\?/) });
    const german = (await customer().open({ text: "Guten Tag", customer: { language: "de" } })).json();
    expect(german.messages[1].text).toMatch(/^Hallo! Wobei kann ich Ihnen helfen\?/);
    // A greeting with a question is a question.
    const question = (await customer().open({ text: "Hello, how do I submit a meter reading?", customer: { language: "en" } })).json();
    expect(question.messages[1].author).toBe("assistant");
  });

  it("hands over when the customer asks for a person in Swedish mid-conversation", async () => {
    const c = customer();
    await c.open({ text: "How do I submit a meter reading?" });
    const body = (await c.send("Jag vill prata med en människa")).json();
    expect(body.conversation.status).toBe("waiting");
    expect(body.messages.map((m: { author: string }) => m.author)).toEqual(["customer", "system"]);
  });

  it("catches up with every message after a given one, oldest first", async () => {
    const c = customer();
    const opened = (await c.open({ text: "How do I submit a meter reading?" })).json();
    await c.send("thanks, and how do I pay my bill?");
    const all = (await c.messages()).json().messages;
    const after = (await c.messages(opened.messages[0].id)).json().messages;
    expect(after).toEqual(all.slice(1));
    expect(all.length).toBeGreaterThanOrEqual(3);
  });

  it("rejects an `after` that is not a message of this conversation", async () => {
    const c = customer();
    await c.open({ text: "hello there" });
    const response = await c.messages("00000000-0000-4000-8000-000000000000");
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("invalid_after");
  });
});

describe("bad input changes nothing", () => {
  const cases: [string, Record<string, unknown> | string, number, string][] = [
    ["malformed JSON", "{not json", 400, "malformed_json"],
    ["missing text", { customer: { id: "x" } }, 400, "invalid_request"],
    ["empty text", { text: "   " }, 400, "text_empty"],
    ["text over the limit", { text: "a".repeat(4001) }, 400, "text_too_long"],
    ["an unknown field", { text: "hi", sneaky: true }, 400, "invalid_request"],
    ["a body over the size limit", { text: "a".repeat(70_000) }, 413, "payload_too_large"],
  ];
  it.each(cases)("%s → %i %s", async (_name, payload, status, code) => {
    const before = await conversationCount();
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/conversations",
      headers: { "content-type": "application/json" },
      payload: typeof payload === "string" ? payload : JSON.stringify(payload),
    });
    expect(response.statusCode).toBe(status);
    expect(response.json().error.code).toBe(code);
    expect(typeof response.json().error.message).toBe("string");
    expect(await conversationCount()).toBe(before);
  });

  it("answers 404 for a conversation that does not exist", async () => {
    const c = customer();
    await c.open({ text: "hello" });
    c.id = "00000000-0000-4000-8000-000000000000";
    expect((await c.messages()).statusCode).toBe(404);
  });

  it("never opens one conversation with another's token", async () => {
    const a = customer();
    const b = customer();
    await a.open({ text: "My private question about my bill" });
    await b.open({ text: "hello" });
    const response = await t.app.inject({
      method: "GET",
      url: `/api/v1/conversations/${a.id}/messages`,
      headers: { authorization: `Bearer ${b.token}` },
    });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain("private question");
  });

  it("asks for a token when there is none", async () => {
    const a = customer();
    await a.open({ text: "hello" });
    const response = await t.app.inject({ method: "GET", url: `/api/v1/conversations/${a.id}/messages` });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe("missing_token");
  });

  it("refuses a rating outside 1 to 5 and keeps the conversation unrated", async () => {
    const c = customer();
    await c.open({ text: "hello" });
    expect((await c.rate(6)).json().error.code).toBe("invalid_request");
    expect((await c.messages()).json().conversation.rating).toBeUndefined();
  });
});

describe("talking to a person and rating", () => {
  it("moves the conversation to the queue, and asking twice changes nothing", async () => {
    const c = customer();
    await c.open({ text: "How do I submit a meter reading?" });
    const first = await c.handoff();
    expect(first.statusCode).toBe(200);
    expect(first.json().conversation.status).toBe("waiting");
    const count = (await c.messages()).json().messages.length;
    expect((await c.handoff()).json().conversation.status).toBe("waiting");
    expect((await c.messages()).json().messages.length).toBe(count);
  });

  it("records the customer's rating", async () => {
    const c = customer();
    await c.open({ text: "hello" });
    const response = await c.rate(4, "quick, thanks");
    expect(response.statusCode).toBe(200);
    expect(response.json().conversation.rating).toBe(4);
  });
});

describe("the firm's events endpoint", () => {
  const post = (headers: Record<string, string>, payload: Record<string, unknown>) =>
    t.app.inject({ method: "POST", url: "/api/v1/customers/crm-9/events", headers, payload });

  it("refuses a caller without the API key", async () => {
    const response = await post({}, { type: "callback_missed", daysAgo: 1 });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe("invalid_api_key");
    expect((await post({ authorization: "Bearer wrong-key-000000000" }, { type: "callback_missed", daysAgo: 1 })).statusCode).toBe(401);
  });

  it("refuses an event without a time", async () => {
    const response = await post({ authorization: `Bearer ${TEST_API_KEY}` }, { type: "callback_missed" });
    expect(response.statusCode).toBe(400);
  });

  it("keeps an event of an unknown type, as the spec says", async () => {
    const response = await post({ authorization: `Bearer ${TEST_API_KEY}` }, { type: "loyalty_upgrade", daysAgo: 3 });
    expect(response.statusCode).toBe(201);
  });
});

describe("the API description", () => {
  it("documents every customer endpoint of the spec", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    for (const path of [
      "/api/v1/conversations",
      "/api/v1/conversations/{id}/messages",
      "/api/v1/conversations/{id}/handoff",
      "/api/v1/conversations/{id}/rating",
      "/api/v1/conversations/{id}/stream",
      "/api/v1/customers/{customerId}/events",
      "/healthz",
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
  });

  it("says it is healthy", async () => {
    const response = await t.app.inject({ method: "GET", url: "/healthz" });
    expect(response.json()).toEqual({ ok: true });
  });
});

describe("embedding the widget on the firm's own site", () => {
  it("answers a cross-origin preflight for the customer API", async () => {
    const response = await t.app.inject({
      method: "OPTIONS",
      url: "/api/v1/conversations",
      headers: { origin: "https://shop.example", "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization" },
    });
    expect(response.statusCode).toBeLessThan(300);
    expect(response.headers["access-control-allow-origin"]).toBe("*");
    expect(String(response.headers["access-control-allow-headers"])).toMatch(/authorization/i);
  });

  it("does not open the agent API to other sites", async () => {
    const response = await t.app.inject({
      method: "OPTIONS",
      url: "/api/v1/agent/session",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(response.headers["access-control-allow-origin"]).toBeUndefined();
  });
});
