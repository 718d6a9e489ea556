// The agent API: a cookie session plus a CSRF token sent on every change.
import type { Message } from "../shared/api-types.ts";
import { jsonInit, requestJson } from "../shared/http.ts";
import type {
  Agent,
  AgentCallback,
  AgentPresence,
  ConversationDetail,
  ConversationSummary,
  DraftResult,
  Note,
  Overview,
  Presence,
} from "./agent-types.ts";

const BASE = "/api/v1/agent";

interface SessionBody {
  agent: Agent;
  csrfToken: string;
}

export class AgentApi {
  private csrf = "";

  async me(): Promise<Agent> {
    return this.keep(await requestJson<SessionBody>(`${BASE}/me`));
  }

  async signIn(email: string, password: string): Promise<Agent> {
    return this.keep(await requestJson<SessionBody>(`${BASE}/session`, jsonInit("POST", { email, password })));
  }

  async signOut(): Promise<void> {
    await requestJson(`${BASE}/session`, { method: "DELETE", headers: this.headers() });
    this.csrf = "";
  }

  async list(view: "queue" | "mine" | "all"): Promise<ConversationSummary[]> {
    const res = await requestJson<{ conversations: ConversationSummary[] }>(`${BASE}/conversations?view=${view}`);
    return res.conversations;
  }

  detail(id: string): Promise<ConversationDetail> {
    return requestJson<ConversationDetail>(`${BASE}/conversations/${encodeURIComponent(id)}`);
  }

  async assign(id: string): Promise<ConversationSummary> {
    return (await this.post<{ conversation: ConversationSummary }>(id, "assign", {})).conversation;
  }

  async resolve(id: string): Promise<ConversationSummary> {
    return (await this.post<{ conversation: ConversationSummary }>(id, "resolve", {})).conversation;
  }

  /** `draftId` marks a reply that started as the assistant's draft, for the record. */
  async reply(id: string, text: string, clientMessageId: string, draftId?: string): Promise<Message> {
    const body = draftId ? { text, clientMessageId, draftId } : { text, clientMessageId };
    return (await this.post<{ message: Message }>(id, "messages", body)).message;
  }

  async addNote(id: string, text: string): Promise<Note> {
    return (await this.post<{ note: Note }>(id, "notes", { text })).note;
  }

  async transfer(id: string, to: { agentId: string } | { skill: string }): Promise<ConversationSummary> {
    return (await this.post<{ conversation: ConversationSummary }>(id, "transfer", to)).conversation;
  }

  draft(id: string): Promise<DraftResult> {
    return this.post<DraftResult>(id, "draft", {});
  }

  async presence(): Promise<Presence> {
    return (await requestJson<{ presence: Presence }>(`${BASE}/presence`)).presence;
  }

  async setPresence(change: Partial<Omit<Presence, "load">>): Promise<Presence> {
    return (await requestJson<{ presence: Presence }>(`${BASE}/presence`, jsonInit("PUT", change, this.headers()))).presence;
  }

  async colleagues(): Promise<AgentPresence[]> {
    return (await requestJson<{ agents: AgentPresence[] }>(`${BASE}/colleagues`)).agents;
  }

  async callbacks(status: "open" | "done" = "open"): Promise<AgentCallback[]> {
    return (await requestJson<{ callbacks: AgentCallback[] }>(`${BASE}/callbacks?status=${status}`)).callbacks;
  }

  async completeCallback(id: string): Promise<AgentCallback> {
    const url = `${BASE}/callbacks/${encodeURIComponent(id)}/complete`;
    return (await requestJson<{ callback: AgentCallback }>(url, jsonInit("POST", {}, this.headers()))).callback;
  }

  overview(): Promise<Overview> {
    return requestJson<Overview>("/api/v1/supervisor/overview");
  }

  streamUrl(): string {
    return `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}${BASE}/stream`;
  }

  private post<T>(id: string, action: string, body: unknown): Promise<T> {
    const url = `${BASE}/conversations/${encodeURIComponent(id)}/${action}`;
    return requestJson<T>(url, jsonInit("POST", body, this.headers()));
  }

  private headers(): Record<string, string> {
    return { "x-csrf-token": this.csrf };
  }

  private keep(body: SessionBody): Agent {
    this.csrf = body.csrfToken;
    return body.agent;
  }
}
