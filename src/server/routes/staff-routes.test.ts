import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { requeueAbsentAgents } from "../../core/routing/requeue-absent-agents.ts";
import { createTestDesk, TestAgent, TestCustomer, type TestDesk } from "../../test-support/test-desk.ts";

let t: TestDesk;
beforeAll(async () => {
  t = await createTestDesk({ teamHours: "Mon–Fri 8:00–18:00" });
});
afterAll(async () => t?.close());
beforeEach(async () => {
  // Each test starts with nobody online and an empty queue.
  await t.desk.database.sql.query("UPDATE agent_presence SET status = 'offline'");
  await t.desk.database.sql.query("UPDATE conversations SET status = 'resolved' WHERE status IN ('waiting', 'agent')");
  await t.desk.staffing.refresh();
});

const status = async (c: TestCustomer) => (await c.messages()).json().conversation;

async function askForPerson(text = "I'd like to talk to a person please", language = "en") {
  const customer = new TestCustomer(t.app);
  await customer.open({ text, customer: { id: `crm-${Math.random()}`, language } });
  return customer;
}

describe("presence", () => {
  it("keeps what a person says about themselves", async () => {
    const agent = await TestAgent.create(t);
    const response = await agent.goOnline({ languages: ["sv", "en"], skills: ["Billing"], capacity: 4 });
    expect(response.json().presence).toEqual({ status: "online", languages: ["sv", "en"], skills: ["billing"], capacity: 4, load: 0 });
    expect((await agent.get("/api/v1/agent/presence")).json().presence.status).toBe("online");
  });

  it("refuses an unknown language and keeps the presence as it was", async () => {
    const agent = await TestAgent.create(t);
    await agent.goOnline({ languages: ["en"] });
    const response = await agent.put("/api/v1/agent/presence", { languages: ["xx"] });
    expect(response.statusCode).toBe(400);
    expect((await agent.get("/api/v1/agent/presence")).json().presence.languages).toEqual(["en"]);
  });
});

describe("routing", () => {
  it("gives a Swedish hand-over to the online person who speaks Swedish, at once", async () => {
    const german = await TestAgent.create(t, "agent", "Greta");
    const swede = await TestAgent.create(t, "agent", "Sven");
    await german.goOnline({ languages: ["de"] });
    await swede.goOnline({ languages: ["sv"] });
    const customer = await askForPerson("Jag vill prata med en människa, tack", "sv");
    await expect.poll(async () => (await status(customer)).status).toBe("agent");
    expect((await status(customer)).agentName).toBe("Sven");
    const log = (await swede.get(`/api/v1/agent/conversations/${customer.id}`)).json().log;
    expect(log.find((e: { type: string }) => e.type === "conversation.assigned").data.how).toBe("routed");
  });

  it("leaves a conversation in the queue when nobody online speaks the language", async () => {
    const agent = await TestAgent.create(t);
    await agent.goOnline({ languages: ["de"] });
    const customer = await askForPerson("Chcę rozmawiać z człowiekiem", "pl");
    await new Promise((r) => setTimeout(r, 300));
    expect((await status(customer)).status).toBe("waiting");
  });

  it("respects capacity, and routes the next waiter when a slot frees up", async () => {
    const agent = await TestAgent.create(t);
    await agent.goOnline({ languages: ["en"], capacity: 1 });
    const first = await askForPerson();
    await expect.poll(async () => (await status(first)).status).toBe("agent");
    const second = await askForPerson();
    await new Promise((r) => setTimeout(r, 300));
    expect((await status(second)).status).toBe("waiting");
    await agent.resolve(first.id!);
    await expect.poll(async () => (await status(second)).status).toBe("agent");
  });

  it("re-queues the conversations of a person whose heartbeats stopped", async () => {
    const agent = await TestAgent.create(t);
    await agent.goOnline({ languages: ["en"] });
    const customer = await askForPerson();
    await expect.poll(async () => (await status(customer)).status).toBe("agent");
    const presence = (await t.desk.deps.presence.get(agent.id))!;
    await t.desk.deps.presence.save({ ...presence, lastSeenAt: new Date(Date.now() - 5 * 60_000) });
    const swept = await requeueAbsentAgents(t.desk.deps);
    expect(swept.agents).toContain(agent.id);
    expect(swept.requeued).toContain(customer.id);
    expect((await agent.get("/api/v1/agent/presence")).json().presence.status).toBe("offline");
    expect((await status(customer)).status).toBe("waiting");
  });

  it("re-queues a person's conversations when they sign out", async () => {
    const agent = await TestAgent.create(t);
    await agent.goOnline({ languages: ["en"] });
    const customer = await askForPerson();
    await expect.poll(async () => (await status(customer)).status).toBe("agent");
    const signOut = await t.app.inject({ method: "DELETE", url: "/api/v1/agent/session", headers: agent.headers() });
    expect(signOut.statusCode).toBe(200);
    expect((await status(customer)).status).toBe("waiting");
  });
});

describe("when nobody is online", () => {
  it("says so honestly, and takes a request for a call back", async () => {
    const customer = await askForPerson();
    const opened = (await customer.messages()).json();
    expect(opened.messages.at(-1).text).toMatch(/nobody from our team is online/i);
    expect(opened.messages.at(-1).text).toContain("usually here: Mon–Fri 8:00–18:00");
    expect(opened.conversation.wait).toMatchObject({ agentsOnline: 0, teamHours: "Mon–Fri 8:00–18:00" });
    const response = await customer.call("POST", "/callback", { channel: "phone", contact: "+46 70 123 45 67", note: "after 5pm" });
    expect(response.statusCode).toBe(201);
    expect(response.json().callback).toMatchObject({ channel: "phone", status: "open" });
    expect((await customer.messages()).json().messages.at(-1)).toMatchObject({ author: "system" });
    const agent = await TestAgent.create(t);
    const open = (await agent.get("/api/v1/agent/callbacks")).json().callbacks;
    const mine = open.find((c: { conversationId: string }) => c.conversationId === customer.id);
    expect(mine.contact).toBe("+46 70 123 45 67");
    const done = await agent.post(`/api/v1/agent/callbacks/${mine.id}/complete`);
    expect(done.json().callback.status).toBe("done");
  });

  it("refuses a call-back number that is not a number", async () => {
    const customer = await askForPerson();
    const response = await customer.call("POST", "/callback", { channel: "phone", contact: "call me maybe" });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("invalid_contact");
  });

  it("gives an estimate once someone is online", async () => {
    const agent = await TestAgent.create(t);
    await agent.goOnline({ languages: ["en"], capacity: 1 });
    const busy = await askForPerson();
    await expect.poll(async () => (await status(busy)).status).toBe("agent");
    const waiting = await askForPerson();
    await t.desk.staffing.refresh();
    const wait = (await status(waiting)).wait;
    expect(wait.agentsOnline).toBe(1);
    expect(wait.estimatedMinutes).toBeGreaterThan(0);
    expect(wait.message).toMatch(/about \d+ min/);
  });
});

describe("working a conversation", () => {
  it("shows the brief first: reasons, what the assistant said and cited, the mood", async () => {
    const agent = await TestAgent.create(t);
    const customer = new TestCustomer(t.app);
    await customer.open({ text: "How do I submit a meter reading?" });
    await customer.send("this is useless, I want a human NOW!!!");
    const detail = (await agent.get(`/api/v1/agent/conversations/${customer.id}`)).json();
    expect(detail.brief.reasons.length).toBeGreaterThan(0);
    expect(detail.brief.assistant[0].sources[0].title).toMatch(/meter/i);
    expect(detail.brief.mood.length).toBe(2);
    expect(detail.brief.mood[1].weight).toBeGreaterThan(detail.brief.mood[0].weight);
  });

  it("keeps internal notes away from the customer", async () => {
    const agent = await TestAgent.create(t);
    const customer = await askForPerson();
    await agent.take(customer.id!);
    const note = await agent.post(`/api/v1/agent/conversations/${customer.id}/notes`, { text: "VIP, be extra careful" });
    expect(note.statusCode).toBe(201);
    expect((await customer.messages()).body).not.toContain("VIP");
    const detail = (await agent.get(`/api/v1/agent/conversations/${customer.id}`)).json();
    expect(detail.notes.map((n: { text: string }) => n.text)).toEqual(["VIP, be extra careful"]);
  });

  it("transfers to a colleague, and to a skill through the queue", async () => {
    const first = await TestAgent.create(t, "agent", "First");
    const colleague = await TestAgent.create(t, "agent", "Colleague");
    const biller = await TestAgent.create(t, "agent", "Biller");
    const customer = await askForPerson();
    await first.take(customer.id!);
    const toColleague = await first.post(`/api/v1/agent/conversations/${customer.id}/transfer`, { agentId: colleague.id });
    expect(toColleague.json().conversation.assignedAgent.name).toBe("Colleague");
    await biller.goOnline({ languages: ["en"], skills: ["billing"] });
    const toSkill = await colleague.post(`/api/v1/agent/conversations/${customer.id}/transfer`, { skill: "billing" });
    expect(toSkill.statusCode).toBe(200);
    await expect.poll(async () => (await status(customer)).agentName).toBe("Biller");
  });

  it("drafts a reply with sources in assist mode, and records that the reply started as a draft", async () => {
    const agent = await TestAgent.create(t);
    const customer = new TestCustomer(t.app);
    await customer.open({ text: "How do I submit a meter reading?" });
    await customer.handoff();
    await agent.take(customer.id!);
    const { draft } = (await agent.post(`/api/v1/agent/conversations/${customer.id}/draft`)).json();
    expect(draft.sources.length).toBeGreaterThan(0);
    const sent = await agent.reply(customer.id!, `${draft.text} Anything else?`, undefined, draft.id);
    expect(sent.statusCode).toBe(201);
    const log = (await agent.get(`/api/v1/agent/conversations/${customer.id}`)).json().log;
    expect(log.find((e: { type: string }) => e.type === "assist.drafted").data.draftId).toBe(draft.id);
    expect(log.find((e: { type: string }) => e.type === "agent.replied").data).toMatchObject({ draftId: draft.id, editedDraft: true });
  });
});

describe("the supervisor view", () => {
  it("is closed to agents", async () => {
    const agent = await TestAgent.create(t);
    const response = await agent.get("/api/v1/supervisor/overview");
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe("forbidden");
  });

  it("shows the queue, who is online with their load, and waits", async () => {
    const supervisor = await TestAgent.create(t, "supervisor", "Lead");
    const agent = await TestAgent.create(t, "agent", "Online One");
    await agent.goOnline({ languages: ["de"], capacity: 2 });
    const customer = await askForPerson();
    const overview = (await supervisor.get("/api/v1/supervisor/overview")).json();
    expect(overview.queue.map((c: { id: string }) => c.id)).toContain(customer.id);
    expect(overview.agents.find((a: { name: string }) => a.name === "Online One")).toMatchObject({ status: "online", capacity: 2, load: 0 });
    expect(overview.waits.waiting).toBeGreaterThanOrEqual(1);
  });
});
