import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDesk, TestAgent, TestCustomer, type TestDesk } from "../../test-support/test-desk.ts";

let t: TestDesk;
beforeAll(async () => {
  t = await createTestDesk();
});
afterAll(async () => t?.close());

const ask = async (text: string) => {
  const customer = new TestCustomer(t.app);
  return (await customer.open({ text })).json();
};

describe("keeping the knowledge base", () => {
  it("lets a supervisor write an article the assistant answers from at once, with the version it used", async () => {
    const supervisor = await TestAgent.create(t, "supervisor");
    const created = await supervisor.post("/api/v1/articles", {
      title: "Heat pump grants",
      body: "Nordvik Energy does not give heat pump grants. Ask your municipality about local grants for heat pumps.",
      language: "en",
      sampleQuestions: ["Do you give grants for heat pumps?", "heat pump subsidy"],
    });
    expect(created.statusCode).toBe(201);
    const answer = await ask("Do you give a grant for a heat pump?");
    expect(answer.messages[1].author).toBe("assistant");
    expect(answer.messages[1].sources[0]).toMatchObject({ articleId: created.json().article.id, title: "Heat pump grants" });
  });

  it("keeps every version, so an answer can be traced to the exact text behind it", async () => {
    const supervisor = await TestAgent.create(t, "supervisor");
    const { article } = (await supervisor.post("/api/v1/articles", { title: "Paper bills", body: "Paper bills cost nothing extra.", sampleQuestions: ["do paper bills cost extra"] })).json();
    const edited = await supervisor.put(`/api/v1/articles/${article.id}`, { title: "Paper bills", body: "Paper bills are free of charge.", sampleQuestions: ["do paper bills cost extra"] });
    expect(edited.json().article.version).toBe(2);
    const first = (await supervisor.get(`/api/v1/articles/${article.id}/versions/1`)).json().version;
    expect(first.body).toBe("Paper bills cost nothing extra.");
    expect((await supervisor.get(`/api/v1/articles/${article.id}`)).json().versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
  });

  it("stops the assistant using a retired article", async () => {
    const supervisor = await TestAgent.create(t, "supervisor");
    const { article } = (await supervisor.post("/api/v1/articles", {
      title: "Winter campaign",
      body: "The winter campaign gives new customers a free smart plug.",
      sampleQuestions: ["what is the winter campaign", "free smart plug campaign"],
    })).json();
    expect((await ask("What is the winter campaign?")).messages[1].author).toBe("assistant");
    await supervisor.post(`/api/v1/articles/${article.id}/retire`);
    const after = await ask("What is the winter campaign?");
    expect(after.messages[1]?.sources?.[0]?.articleId).not.toBe(article.id);
    const back = await supervisor.post(`/api/v1/articles/${article.id}/reinstate`);
    expect(back.json().article.retired).toBe(false);
    expect((await ask("What is the winter campaign?")).messages[1].sources[0].articleId).toBe(article.id);
  });

  it("does not let an agent change articles, and refuses a bad one clearly", async () => {
    const agent = await TestAgent.create(t, "agent");
    const refused = await agent.post("/api/v1/articles", { title: "x", body: "y" });
    expect(refused.statusCode).toBe(403);
    const supervisor = await TestAgent.create(t, "supervisor");
    const bad = await supervisor.post("/api/v1/articles", { title: "Klingon", body: "Text", language: "tlh" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe("invalid_article");
    const duplicate = await supervisor.post("/api/v1/articles", { title: "Submitting a meter reading", body: "Another." });
    expect(duplicate.statusCode).toBe(409);
  });
});
