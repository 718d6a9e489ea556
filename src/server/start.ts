import type { FastifyInstance } from "fastify";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildApp } from "./app.ts";
import type { LanguageModelConfig } from "./config.ts";
import { createDesk, type Desk } from "./desk.ts";
import { seedDemoIfEmpty, type DemoCredentials } from "./demo.ts";

export interface StartOptions {
  port: number;
  host?: string;
  /** Folder of the embedded database; omitted with databaseUrl, or for an in-memory desk. */
  dataDir?: string;
  databaseUrl?: string;
  redisUrl?: string;
  apiKey?: string;
  demo: boolean;
  logLevel: string;
  triageModelPath?: string;
  answerThreshold?: number;
  signInLimit?: number;
  widgetOrigins?: string[];
  callbackWithinHours?: number;
  languageModel?: LanguageModelConfig;
  teamHours?: string;
  /** Last chance to add hooks or routes (benchmarks time every request this way). */
  beforeListen?: (app: FastifyInstance) => void;
}

export interface RunningDesk {
  url: string;
  app: FastifyInstance;
  desk: Desk;
  demoCredentials?: DemoCredentials;
  /** Present only on the start that generated the firm's API key. */
  generatedApiKey?: string;
  close(): Promise<void>;
}

/** Opens the database, seeds the demo on first start, and listens. Used by `tandem serve` and tests. */
export async function startDesk(options: StartOptions): Promise<RunningDesk> {
  const desk = await createDesk({
    database: options.databaseUrl
      ? { kind: "postgres", url: options.databaseUrl }
      : { kind: "pglite", dataDir: options.dataDir === undefined ? undefined : join(options.dataDir, "db") },
    redisUrl: options.redisUrl,
    apiKey: options.apiKey,
    triageModel: options.triageModelPath ? JSON.parse(readFileSync(options.triageModelPath, "utf8")) : undefined,
    answerThreshold: options.answerThreshold,
    logLevel: options.logLevel,
    callbackWithinHours: options.callbackWithinHours,
    languageModel: options.languageModel,
    teamHours: options.teamHours,
  });
  const demoCredentials = options.demo ? await seedDemoIfEmpty(desk) : undefined;
  const app = await buildApp(desk, { logLevel: options.logLevel, signInLimit: options.signInLimit, widgetOrigins: options.widgetOrigins });
  options.beforeListen?.(app);
  const address = await app.listen({ port: options.port, host: options.host ?? "127.0.0.1" });
  const url = address.replace("[::1]", "localhost");
  let closed = false;
  return {
    url,
    app,
    desk,
    demoCredentials,
    generatedApiKey: desk.generatedApiKey,
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      await desk.close();
    },
  };
}
