import { randomUUID } from "node:crypto";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { buildApp } from "../server/app.ts";
import { createDesk, type Desk } from "../server/desk.ts";
import { seedDemoIfEmpty } from "../server/demo.ts";
import type { AgentRole } from "../ports/agent-store.ts";

export const TEST_API_KEY = "test-firm-api-key-0123456789";

export interface TestDesk {
  desk: Desk;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** A whole desk on an in-memory embedded database, with the sample knowledge base; no socket. */
export async function createTestDesk(options: { signInLimit?: number; teamHours?: string } = {}): Promise<TestDesk> {
  const desk = await createDesk({ database: { kind: "pglite" }, apiKey: TEST_API_KEY, logLevel: "silent", teamHours: options.teamHours });
  await seedDemoIfEmpty(desk);
  const app = await buildApp(desk, { logLevel: "silent", signInLimit: options.signInLimit ?? 1000 });
  await app.ready();
  return {
    desk,
    app,
    async close() {
      await app.close();
      await desk.close();
    },
  };
}

/** A customer of the fixed API: opens a conversation and keeps its token. */
export class TestCustomer {
  id?: string;
  token?: string;

  constructor(private readonly app: FastifyInstance) {}

  async open(body: Record<string, unknown>): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({ method: "POST", url: "/api/v1/conversations", payload: body });
    if (response.statusCode === 201) {
      const json = response.json();
      this.id = json.conversation.id;
      this.token = json.token;
    }
    return response;
  }

  send(text: string, clientMessageId?: string) {
    return this.call("POST", `/messages`, { text, ...(clientMessageId ? { clientMessageId } : {}) });
  }

  messages(after?: string) {
    return this.call("GET", `/messages${after ? `?after=${after}` : ""}`);
  }

  handoff() {
    return this.call("POST", "/handoff");
  }

  rate(score: number, comment?: string) {
    return this.call("POST", "/rating", { score, ...(comment ? { comment } : {}) });
  }

  call(method: "GET" | "POST", path: string, payload?: unknown) {
    return this.app.inject({
      method,
      url: `/api/v1/conversations/${this.id}${path}`,
      headers: { authorization: `Bearer ${this.token}` },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
  }
}

/** A signed-in person of the agent workspace. */
export class TestAgent {
  private cookie = "";
  private csrf = "";
  id = "";

  private constructor(private readonly app: FastifyInstance) {}

  static async create(desk: TestDesk, role: AgentRole = "agent", name = "Sam"): Promise<TestAgent> {
    const email = `${randomUUID()}@example.com`;
    const password = "correct horse battery";
    const id = randomUUID();
    await desk.desk.agents.create({ id, email, name, role, passwordHash: await desk.desk.passwords.hash(password), createdAt: new Date() });
    const agent = new TestAgent(desk.app);
    agent.id = id;
    const response = await desk.app.inject({ method: "POST", url: "/api/v1/agent/session", payload: { email, password } });
    if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
    agent.cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    agent.csrf = response.json().csrfToken;
    return agent;
  }

  headers() {
    return { cookie: this.cookie, "x-csrf-token": this.csrf };
  }

  get(url: string) {
    return this.app.inject({ method: "GET", url, headers: { cookie: this.cookie } });
  }

  post(url: string, payload?: Record<string, unknown>, options: { csrf?: boolean } = {}) {
    return this.app.inject({
      method: "POST",
      url,
      headers: { cookie: this.cookie, ...(options.csrf === false ? {} : { "x-csrf-token": this.csrf }) },
      ...(payload ? { payload } : {}),
    });
  }

  put(url: string, payload: Record<string, unknown>) {
    return this.app.inject({ method: "PUT", url, headers: { cookie: this.cookie, "x-csrf-token": this.csrf }, payload });
  }

  goOnline(change: Record<string, unknown> = {}) {
    return this.put("/api/v1/agent/presence", { status: "online", ...change });
  }

  take(conversationId: string) {
    return this.post(`/api/v1/agent/conversations/${conversationId}/assign`);
  }

  reply(conversationId: string, text: string, clientMessageId?: string, draftId?: string) {
    return this.post(`/api/v1/agent/conversations/${conversationId}/messages`, {
      text,
      ...(clientMessageId ? { clientMessageId } : {}),
      ...(draftId ? { draftId } : {}),
    });
  }

  resolve(conversationId: string) {
    return this.post(`/api/v1/agent/conversations/${conversationId}/resolve`);
  }
}
