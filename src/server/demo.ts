import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { readArticleFiles } from "../adapters/files/article-files.ts";
import { randomSecret } from "../adapters/system/system-adapters.ts";
import { importArticles } from "../core/knowledge/import-articles.ts";
import type { Desk } from "./desk.ts";

export const SAMPLE_KB_DIR = fileURLToPath(new URL("../../sample-kb", import.meta.url));
export const DEMO_EMAIL = "demo@tandem.example";

export interface DemoCredentials {
  email: string;
  password: string;
}

/**
 * A first start on an empty database gets the sample knowledge base (clearly marked as
 * sample content) and a demo supervisor, so a newcomer can try every path at once.
 * Returns the credentials only when it created them: they are shown once.
 */
export async function seedDemoIfEmpty(desk: Desk): Promise<DemoCredentials | undefined> {
  const [articleCount, agentCount] = await Promise.all([desk.articles.count(), desk.agents.count()]);
  if (articleCount === 0) {
    const read = readArticleFiles(SAMPLE_KB_DIR);
    if (!read.ok) throw new Error(`the sample knowledge base is broken: ${read.errors.map((e) => `${e.file}:${e.line} ${e.message}`).join("; ")}`);
    const imported = await importArticles({ articles: desk.articles, onChange: () => desk.knowledge.reload() }, read.drafts);
    if (!imported.ok) throw new Error(`the sample knowledge base is broken: ${imported.errors.map((e) => e.message).join("; ")}`);
  }
  if (agentCount > 0) return undefined;
  const password = randomSecret(12);
  await desk.agents.create({
    id: randomUUID(),
    email: DEMO_EMAIL,
    name: "Demo Supervisor",
    role: "supervisor",
    passwordHash: await desk.passwords.hash(password),
    createdAt: new Date(),
  });
  return { email: DEMO_EMAIL, password };
}
