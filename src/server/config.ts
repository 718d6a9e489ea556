import { resolve } from "node:path";
import { z } from "zod";

/**
 * Configuration, parsed once at start-up from the environment. Every problem is listed
 * at once and the process stops, rather than failing later on first use.
 */
const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  TANDEM_DATA: z.string().default("./data"),
  DATABASE_URL: z.string().url().optional(),
  REDIS_URL: z.string().url().optional(),
  TANDEM_API_KEY: z.string().min(16, "TANDEM_API_KEY must be at least 16 characters").optional(),
  TANDEM_DEMO: z.enum(["0", "1"]).default("1"),
  TANDEM_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  TANDEM_TRIAGE_MODEL: z.string().optional(),
  TANDEM_ANSWER_THRESHOLD: z.coerce.number().min(0).max(1).optional(),
  TANDEM_PUBLIC_URL: z.string().url().optional(),
  TANDEM_WIDGET_ORIGINS: z.string().default("*"),
  TANDEM_LLM_URL: z.string().url().optional(),
  TANDEM_LLM_MODEL: z.string().min(1).optional(),
  TANDEM_LLM_KEY: z.string().min(1).optional(),
  TANDEM_LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).optional(),
  TANDEM_LLM_STREAM: z.enum(["0", "1"]).default("1"),
  TANDEM_TEAM_HOURS: z.string().max(200).optional(),
  TANDEM_CALLBACK_HOURS: z.coerce.number().positive().max(24 * 14).default(24),
});

export interface LanguageModelConfig {
  url: string;
  model: string;
  apiKey?: string;
  timeoutMs?: number;
  /** Show checked drafts while the model writes (default true). */
  streamDrafts?: boolean;
}

export interface DeskConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  apiKey?: string;
  demo: boolean;
  logLevel: z.infer<typeof Env>["TANDEM_LOG_LEVEL"];
  triageModelPath?: string;
  answerThreshold?: number;
  publicUrl?: string;
  widgetOrigins: string[];
  callbackWithinHours: number;
  teamHours?: string;
  /** Set: the assistant words answers with this model, behind the groundedness check. */
  languageModel?: LanguageModelConfig;
}

export type ConfigResult = { ok: true; config: DeskConfig } | { ok: false, problems: string[] };

export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = Env.safeParse(cleaned);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
  }
  const e = parsed.data;
  if (e.TANDEM_LLM_URL && !e.TANDEM_LLM_MODEL) {
    return { ok: false, problems: ["TANDEM_LLM_MODEL: set the model name when TANDEM_LLM_URL is set"] };
  }
  return {
    ok: true,
    config: {
      port: e.PORT,
      host: e.HOST,
      dataDir: resolve(e.TANDEM_DATA),
      databaseUrl: e.DATABASE_URL,
      redisUrl: e.REDIS_URL,
      apiKey: e.TANDEM_API_KEY,
      demo: e.TANDEM_DEMO === "1",
      logLevel: e.TANDEM_LOG_LEVEL,
      triageModelPath: e.TANDEM_TRIAGE_MODEL,
      answerThreshold: e.TANDEM_ANSWER_THRESHOLD,
      publicUrl: e.TANDEM_PUBLIC_URL,
      callbackWithinHours: e.TANDEM_CALLBACK_HOURS,
      teamHours: e.TANDEM_TEAM_HOURS,
      languageModel: e.TANDEM_LLM_URL
        ? {
            url: e.TANDEM_LLM_URL,
            model: e.TANDEM_LLM_MODEL!,
            apiKey: e.TANDEM_LLM_KEY,
            timeoutMs: e.TANDEM_LLM_TIMEOUT_MS,
            streamDrafts: e.TANDEM_LLM_STREAM === "1",
          }
        : undefined,
      widgetOrigins: e.TANDEM_WIDGET_ORIGINS.split(",").map((o) => o.trim()).filter(Boolean),
    },
  };
}
