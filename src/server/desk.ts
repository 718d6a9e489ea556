import { randomSecret, HmacConversationTokens, ScryptPasswordHasher, systemClock, uuidIds } from "../adapters/system/system-adapters.ts";
import { openDatabase, type Database, type DatabaseOptions } from "../adapters/sql/database.ts";
import { SqlAgentStore } from "../adapters/sql/sql-agent-store.ts";
import { SqlArticleStore } from "../adapters/sql/sql-article-store.ts";
import { SqlConversationStore } from "../adapters/sql/sql-conversation-store.ts";
import { SqlCustomerEventStore } from "../adapters/sql/sql-customer-event-store.ts";
import { SqlSettingsStore } from "../adapters/sql/sql-settings-store.ts";
import { SqlPresenceStore } from "../adapters/sql/sql-presence-store.ts";
import { SqlCallbackStore, SqlDraftStore, SqlNoteStore } from "../adapters/sql/sql-staff-stores.ts";
import pino, { type Logger } from "pino";
import type { StaffDeps } from "../core/routing/staff-deps.ts";
import { Router } from "./staff/router.ts";
import { StaffingSnapshot } from "./staff/staffing-snapshot.ts";
import { MemoryEventBus } from "../adapters/memory/memory-event-bus.ts";
import { RedisEventBus } from "../adapters/redis/redis-event-bus.ts";
import { ExtractiveAssistant } from "../core/assistant/extractive-assistant.ts";
import { ModelAssistant } from "../core/assistant/index.ts";
import { OpenAiChatModel } from "../adapters/llm/openai-chat-model.ts";
import type { Assistant } from "../ports/assistant.ts";
import type { LanguageModelConfig } from "./config.ts";
import { DEFAULT_ANSWER_THRESHOLD } from "../core/knowledge/index.ts";
import { createTriageEngine, parseTriageModel } from "../core/triage/index.ts";
import type { AgentStore } from "../ports/agent-store.ts";
import type { ArticleStore } from "../ports/article-store.ts";
import type { EventBus } from "../ports/event-bus.ts";
import type { SettingsStore } from "../ports/settings-store.ts";
import type { PasswordHasher } from "../ports/system.ts";
import { apiKeyVerifier, sha256 } from "./http/authentication.ts";
import { LiveKnowledge } from "./live-knowledge.ts";

export interface DeskOptions {
  database: DatabaseOptions;
  redisUrl?: string;
  /** The firm's API key from the environment; when absent one is generated and stored. */
  apiKey?: string;
  /** A calibrated triage model (parsed JSON of `tandem calibrate`); the default otherwise. */
  triageModel?: unknown;
  answerThreshold?: number;
  /** Word answers with a language model (behind the groundedness check); extractive otherwise. */
  languageModel?: LanguageModelConfig;
  logLevel?: string;
  /** Hours within which a call back is promised when nobody is online (default 24). */
  callbackWithinHours?: number;
  /** When people are usually there, in the firm's words; told to customers when nobody is. */
  teamHours?: string;
  /** Background routing and presence sweeps (off in tests that drive them by hand). */
  routing?: boolean;
}

/** Everything the transports need, wired once. The composition root of the desk. */
export interface Desk {
  deps: StaffDeps;
  staffing: StaffingSnapshot;
  log: Logger;
  callbackWithinHours: number;
  agents: AgentStore;
  articles: ArticleStore;
  settings: SettingsStore;
  passwords: PasswordHasher;
  /** Verified against when an e-mail is unknown, so sign-in timing reveals nothing. */
  dummyPasswordHash: string;
  knowledge: LiveKnowledge;
  apiKey: { verify(key: string): boolean };
  /** Set only on the start that generated the API key: print it once. */
  generatedApiKey?: string;
  database: Database;
  close(): Promise<void>;
}

export async function createDesk(options: DeskOptions): Promise<Desk> {
  const database = await openDatabase(options.database);
  const settings = new SqlSettingsStore(database.db);
  const tokenSecret = await settings.setIfAbsent("conversation_token_secret", randomSecret());
  const { verifier, generated } = await apiKey(settings, options.apiKey);
  const bus: EventBus = options.redisUrl ? await RedisEventBus.connect(options.redisUrl) : new MemoryEventBus();
  const articles = new SqlArticleStore(database.db);
  const knowledge = new LiveKnowledge(articles);
  await knowledge.reload();
  knowledge.watch();
  const triageEngine = createTriageEngine(options.triageModel === undefined ? undefined : parseTriageModel(options.triageModel));
  const passwords = new ScryptPasswordHasher();
  const agents = new SqlAgentStore(database.db);
  const conversations = new SqlConversationStore(database.sql);
  const presence = new SqlPresenceStore(database.db);
  const staffing = new StaffingSnapshot({ presence, conversations, sql: database.sql }, { teamHours: options.teamHours });
  await staffing.start();
  const log = pino({
    level: options.logLevel ?? "info",
    redact: ["req.headers.authorization", "req.headers.cookie", 'req.headers["x-csrf-token"]'],
  }, pino.destination(2));
  const names = new Map<string, string>();

  const deps: StaffDeps = {
    conversations,
    customerEvents: new SqlCustomerEventStore(database.db),
    triage: () => triageEngine,
    assistant: chooseAssistant(options, knowledge, log),
    bus,
    clock: systemClock,
    ids: uuidIds,
    tokens: new HmacConversationTokens(tokenSecret),
    staffing,
    presence,
    notes: new SqlNoteStore(database.db),
    callbacks: new SqlCallbackStore(database.db),
    drafts: new SqlDraftStore(database.db),
    async agentName(agentId) {
      // Names change rarely; a person renamed shows the new name after a restart.
      if (!names.has(agentId)) names.set(agentId, (await agents.findById(agentId))?.name ?? "");
      return names.get(agentId);
    },
  };
  const router = options.routing === false ? undefined : new Router(deps, staffing, (message, error) => log.error({ err: error }, message));
  router?.start();
  return {
    deps,
    staffing,
    log,
    callbackWithinHours: options.callbackWithinHours ?? 24,
    agents,
    articles,
    settings,
    passwords,
    dummyPasswordHash: await passwords.hash(randomSecret()),
    knowledge,
    apiKey: verifier,
    generatedApiKey: generated,
    database,
    async close() {
      await router?.stop();
      staffing.stop();
      knowledge.stop();
      await bus.close();
      await database.close();
    },
  };
}

async function apiKey(settings: SettingsStore, configured: string | undefined) {
  if (configured) return { verifier: apiKeyVerifier(sha256(configured)), generated: undefined };
  const candidate = `tdm_${randomSecret(24)}`;
  const stored = await settings.setIfAbsent("firm_api_key_sha256", sha256(candidate));
  return { verifier: apiKeyVerifier(stored), generated: stored === sha256(candidate) ? candidate : undefined };
}

/** The extractive assistant by default; a language model only when configured, always checked. */
function chooseAssistant(options: DeskOptions, knowledge: LiveKnowledge, log: Logger): Assistant {
  const threshold = options.answerThreshold ?? DEFAULT_ANSWER_THRESHOLD;
  const model = options.languageModel;
  if (!model) return new ExtractiveAssistant(knowledge.current, threshold);
  const chat = new OpenAiChatModel({ baseUrl: model.url, model: model.model, apiKey: model.apiKey, timeoutMs: model.timeoutMs });
  return new ModelAssistant(knowledge.current, chat, {
    threshold,
    maxPassages: 3,
    streamDrafts: model.streamDrafts ?? true,
    // Every answer that was not sent as the model wrote it is logged (already masked).
    onBlocked: (event) => log.warn({ blocked: event }, "language-model answer not sent as written"),
  });
}
