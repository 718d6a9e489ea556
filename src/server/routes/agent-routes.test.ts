import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDesk, TestAgent, TestCustomer, type TestDesk } from "../../test-support/test-desk.ts";

let t: TestDesk;
beforeAll(async () => {
  t = await createTestDesk({ signInLimit: 5 });
});
afterAll(async () => t?.close());

async function waitingConversation(text = "I want to talk to a person please") {
  const customer = new TestCustomer(t.app);
  await customer.open({ text, customer: { id: `crm-${Math.random()}`, name: "Ada" } });
  return customer;
}

describe("signing in", () => {
  it("refuses a wrong password with the same answer as an unknown e-mail", async () => {
    await TestAgent.create(t, "agent", "Kim");
    const wrong = await t.app.inject({ method: "POST", url: "/api/v1/agent/session", payload: { email: "nobody@example.com", password: "nope" } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe("invalid_credentials");
  });

  it("keeps the agent API closed without a session", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/v1/agent/conversations" });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe("not_signed_in");
  });

  it("refuses a change without the CSRF token, and changes nothing", async () => {
    const agent = await TestAgent.create(t);
    const customer = await waitingConversation();
    const response = await agent.post(`/api/v1/agent/conversations/${customer.id}/assign`, undefined, { csrf: false });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe("csrf_failed");
    expect((await customer.messages()).json().conversation.status).toBe("waiting");
  });

  it("limits sign-in attempts per address", async () => {
    const attempts = [];
    for (let i = 0; i < 7; i++) {
      attempts.push(await t.app.inject({ method: "POST", url: "/api/v1/agent/session", payload: { email: "x@example.com", password: "guess" } }));
    }
    expect(attempts.at(-1)?.statusCode).toBe(429);
    expect(attempts.at(-1)?.json().error.code).toBe("rate_limited");
  });
});

describe("the queue and a conversation's story", () => {
  it("lists a waiting conversation with why it came to a person", async () => {
    const agent = await TestAgent.create(t);
    const customer = await waitingConversation("My father died and I need to close his account");
    const queue = (await agent.get("/api/v1/agent/conversations?view=queue")).json().conversations;
    const entry = queue.find((c: { id: string }) => c.id === customer.id);
    expect(entry).toBeDefined();
    expect(entry.reasons.length).toBeGreaterThan(0);
    expect(entry.lastMessage.author).toBe("system");
  });

  it("shows the whole conversation, the customer's history and the log", async () => {
    const agent = await TestAgent.create(t);
    const customer = await waitingConversation();
    const detail = (await agent.get(`/api/v1/agent/conversations/${customer.id}`)).json();
    expect(detail.messages[0].text).toBe("I want to talk to a person please");
    expect(detail.log.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(["conversation.opened", "conversation.triaged", "conversation.handed_over"]),
    );
    expect(Array.isArray(detail.history)).toBe(true);
  });
});

describe("taking, answering and resolving", () => {
  it("lets exactly one of two agents take a conversation", async () => {
    const [a, b] = await Promise.all([TestAgent.create(t, "agent", "A"), TestAgent.create(t, "agent", "B")]);
    const customer = await waitingConversation();
    const [ra, rb] = await Promise.all([a.take(customer.id!), b.take(customer.id!)]);
    expect([ra.statusCode, rb.statusCode].sort()).toEqual([200, 409]);
    const loser = ra.statusCode === 409 ? ra : rb;
    expect(loser.json().error.code).toBe("already_assigned");
  });

  it("delivers the agent's reply to the customer, with the agent's name", async () => {
    const agent = await TestAgent.create(t, "agent", "Maja");
    const customer = await waitingConversation();
    await agent.take(customer.id!);
    expect((await customer.messages()).json().conversation).toMatchObject({ status: "agent", agentName: "Maja" });
    const reply = await agent.reply(customer.id!, "Hi, I'm Maja. I'll sort this out with you.", "a-1");
    expect(reply.statusCode).toBe(201);
    const messages = (await customer.messages()).json().messages;
    expect(messages.at(-1)).toMatchObject({ author: "agent", text: "Hi, I'm Maja. I'll sort this out with you.", agentName: "Maja" });
  });

  it("keeps the assistant silent once a person has the conversation", async () => {
    const agent = await TestAgent.create(t);
    const customer = await waitingConversation();
    await agent.take(customer.id!);
    const body = (await customer.send("How do I submit a meter reading?")).json();
    expect(body.messages.map((m: { author: string }) => m.author)).toEqual(["customer"]);
    expect(body.conversation.status).toBe("agent");
  });

  it("does not let an agent reply in a conversation they do not hold", async () => {
    const agent = await TestAgent.create(t);
    const customer = await waitingConversation();
    const response = await agent.reply(customer.id!, "hello");
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe("not_assigned_to_you");
  });

  it("does not let an agent resolve a colleague's conversation, but a supervisor may", async () => {
    const [holder, colleague, supervisor] = await Promise.all([
      TestAgent.create(t, "agent", "Holder"),
      TestAgent.create(t, "agent", "Colleague"),
      TestAgent.create(t, "supervisor", "Lead"),
    ]);
    const customer = await waitingConversation();
    await holder.take(customer.id!);
    const refused = await colleague.resolve(customer.id!);
    expect(refused.statusCode).toBe(403);
    expect((await customer.messages()).json().conversation.status).toBe("agent");
    expect((await supervisor.resolve(customer.id!)).statusCode).toBe(200);
    expect((await customer.messages()).json().conversation.status).toBe("resolved");
  });

  it("resolves, and the customer can rate afterwards", async () => {
    const agent = await TestAgent.create(t);
    const customer = await waitingConversation();
    await agent.take(customer.id!);
    expect((await agent.resolve(customer.id!)).json().conversation.status).toBe("resolved");
    expect((await customer.rate(5)).statusCode).toBe(200);
    const log = (await agent.get(`/api/v1/agent/conversations/${customer.id}`)).json().log.map((e: { type: string }) => e.type);
    expect(log).toEqual(expect.arrayContaining(["conversation.assigned", "conversation.resolved", "conversation.rated"]));
  });

  it("a thank-you after the person resolved it is answered without reopening the conversation", async () => {
    const agent = await TestAgent.create(t);
    const customer = await waitingConversation();
    await agent.take(customer.id!);
    await agent.resolve(customer.id!);
    const thanks = (await customer.send("Tack så mycket!")).json();
    expect(thanks.conversation.status).toBe("resolved");
    expect(thanks.messages.map((m: { author: string }) => m.author)).toEqual(["customer", "system"]);
    // A new question after it is a new question: the conversation opens again.
    const again = (await customer.send("I want to talk to a person please")).json();
    expect(again.conversation.status).toBe("waiting");
  });

  it("puts a released conversation back in the queue", async () => {
    const agent = await TestAgent.create(t);
    const customer = await waitingConversation();
    await agent.take(customer.id!);
    const released = await agent.post(`/api/v1/agent/conversations/${customer.id}/release`);
    expect(released.json().conversation.status).toBe("waiting");
  });
});
