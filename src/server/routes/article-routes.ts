import { z } from "zod";
import { createArticle, reinstateArticle, retireArticle, updateArticle } from "../../core/knowledge/edit-article.ts";
import type { Article } from "../../core/knowledge/article.ts";
import type { Desk } from "../desk.ts";
import { HttpError } from "../http/error-codes.ts";
import type { RouteRegistry } from "../http/route-registry.ts";
import { unwrap } from "../http/unwrap.ts";

const ArticleBody = z.strictObject({
  title: z.string({ error: "title is required" }),
  body: z.string({ error: "body is required" }),
  language: z.string().max(35).optional(),
  tags: z.array(z.string().max(60)).max(50).optional(),
  url: z.string().max(2000).optional(),
  sampleQuestions: z.array(z.string().max(500)).max(200).optional(),
});
const ListQuery = z.object({ retired: z.enum(["include", "exclude"]).default("exclude") });

const present = (a: Article, withBody = false) => ({
  id: a.id,
  slug: a.slug,
  title: a.title,
  language: a.language,
  tags: a.tags,
  ...(a.url ? { url: a.url } : {}),
  sampleQuestions: a.sampleQuestions,
  version: a.version,
  retired: a.retired ?? false,
  ...(withBody ? { body: a.body } : {}),
});

/** The knowledge base for people: everyone signed in reads it, supervisors change it. */
export function registerArticleRoutes(routes: RouteRegistry, desk: Desk): void {
  const deps = { articles: desk.articles, onChange: () => desk.knowledge.reload() };

  routes.add(
    { method: "GET", url: "/api/v1/articles", summary: "The knowledge base's articles (retired ones with ?retired=include)", tag: "knowledge", auth: "agent", query: ListQuery, responses: { 200: "Articles" } },
    async ({ query }) => {
      const all = await desk.articles.listAll();
      return { articles: all.filter((a) => query.retired === "include" || !a.retired).map((a) => present(a)) };
    },
  );

  routes.add(
    { method: "GET", url: "/api/v1/articles/:id", summary: "One article with its text and its versions", tag: "knowledge", auth: "agent", responses: { 200: "The article", 404: "No such article" } },
    async ({ params }) => {
      const article = await desk.articles.get(params.id!);
      if (!article) throw new HttpError("article_not_found", "There is no such article.");
      const versions = await desk.articles.versions(article.id);
      return { article: present(article, true), versions: versions.map((v) => ({ version: v.version, title: v.title, createdAt: v.createdAt.toISOString() })) };
    },
  );

  routes.add(
    {
      method: "GET",
      url: "/api/v1/articles/:id/versions/:version",
      summary: "The exact text of one version: what an answer citing it was built from",
      tag: "knowledge",
      auth: "agent",
      responses: { 200: "That version", 404: "No such article or version" },
    },
    async ({ params }) => {
      const version = await desk.articles.getVersion(params.id!, Number(params.version));
      if (!version) throw new HttpError("article_not_found", "There is no such article version.");
      return { version: { ...version, createdAt: version.createdAt.toISOString() } };
    },
  );

  routes.add(
    { method: "POST", url: "/api/v1/articles", summary: "Write a new article (supervisors)", tag: "knowledge", auth: "supervisor", body: ArticleBody, responses: { 201: "Created", 400: "Invalid article", 409: "Same title exists" } },
    async ({ body, reply }) => {
      const { article } = unwrap(await createArticle(deps, body));
      reply.code(201);
      return { article: present(article, true) };
    },
  );

  routes.add(
    { method: "PUT", url: "/api/v1/articles/:id", summary: "Edit an article: a new version (supervisors)", tag: "knowledge", auth: "supervisor", body: ArticleBody, responses: { 200: "Saved", 400: "Invalid article", 404: "No such article" } },
    async ({ params, body }) => ({ article: present(unwrap(await updateArticle(deps, params.id!, body)).article, true) }),
  );

  routes.add(
    { method: "POST", url: "/api/v1/articles/:id/retire", summary: "Retire an article: the assistant stops using it; its history stays (supervisors)", tag: "knowledge", auth: "supervisor", responses: { 200: "Retired", 404: "No such article" } },
    async ({ params }) => ({ article: present(unwrap(await retireArticle(deps, params.id!)).article, true) }),
  );

  routes.add(
    { method: "POST", url: "/api/v1/articles/:id/reinstate", summary: "Bring a retired article back into the assistant's reach (supervisors)", tag: "knowledge", auth: "supervisor", responses: { 200: "Reinstated", 404: "No such article" } },
    async ({ params }) => ({ article: present(unwrap(await reinstateArticle(deps, params.id!)).article, true) }),
  );
}
