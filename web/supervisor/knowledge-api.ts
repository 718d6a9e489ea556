// The knowledge-base API for the supervisor page. Same cookie session as the agent
// workspace; it reads the CSRF token from /me itself because AgentApi keeps its own private.
import type { Agent } from "../agent/agent-types.ts";
import type { ArticleFull, ArticleInput, ArticleSummary, ArticleVersion, ArticleVersionSummary } from "../shared/article-types.ts";
import { jsonInit, requestJson } from "../shared/http.ts";

const BASE = "/api/v1/articles";
const path = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export class KnowledgeApi {
  private csrf = "";

  async me(): Promise<Agent> {
    const body = await requestJson<{ agent: Agent; csrfToken: string }>("/api/v1/agent/me");
    this.csrf = body.csrfToken;
    return body.agent;
  }

  async list(retired: "include" | "exclude"): Promise<ArticleSummary[]> {
    return (await requestJson<{ articles: ArticleSummary[] }>(`${BASE}?retired=${retired}`)).articles;
  }

  get(id: string): Promise<{ article: ArticleFull; versions: ArticleVersionSummary[] }> {
    return requestJson(path(id));
  }

  async version(id: string, n: number): Promise<ArticleVersion> {
    return (await requestJson<{ version: ArticleVersion }>(`${path(id)}/versions/${n}`)).version;
  }

  async create(input: ArticleInput): Promise<ArticleFull> {
    return (await requestJson<{ article: ArticleFull }>(BASE, jsonInit("POST", input, this.headers()))).article;
  }

  async update(id: string, input: ArticleInput): Promise<ArticleFull> {
    return (await requestJson<{ article: ArticleFull }>(path(id), jsonInit("PUT", input, this.headers()))).article;
  }

  async reinstate(id: string): Promise<ArticleFull> {
    return (await requestJson<{ article: ArticleFull }>(`${path(id)}/reinstate`, jsonInit("POST", {}, this.headers()))).article;
  }

  async retire(id: string): Promise<ArticleFull> {
    return (await requestJson<{ article: ArticleFull }>(`${path(id)}/retire`, jsonInit("POST", {}, this.headers()))).article;
  }

  private headers(): Record<string, string> {
    return { "x-csrf-token": this.csrf };
  }
}
