import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/**
 * One schema for the embedded database (PGlite) and a PostgreSQL server; migrations are
 * generated from it by drizzle-kit (`npm run db:generate`) into ./migrations.
 */
const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const conversations = pgTable(
  "conversations",
  {
    id: uuid("id").primaryKey(),
    customerId: text("customer_id"),
    customerName: text("customer_name"),
    channel: text("channel").notNull(),
    status: text("status").notNull(),
    route: text("route").notNull(),
    weight: doublePrecision("weight").notNull(),
    reasons: jsonb("reasons").$type<string[]>().notNull(),
    language: text("language").notNull(),
    assignedAgentId: uuid("assigned_agent_id"),
    assignedAgentName: text("assigned_agent_name"),
    history: jsonb("history").notNull(),
    profile: jsonb("profile"),
    assistantFailures: integer("assistant_failures").notNull(),
    recent: jsonb("recent").notNull(),
    lastSeq: integer("last_seq").notNull(),
    version: integer("version").notNull(),
    openKey: text("open_key"),
    /** Set by a transfer to a skill: routing then needs an agent who has it. */
    skill: text("skill"),
    ratingScore: integer("rating_score"),
    ratingComment: text("rating_comment"),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
    waitingSince: at("waiting_since"),
    resolvedAt: at("resolved_at"),
  },
  (t) => [
    uniqueIndex("conversations_open_key").on(t.openKey),
    // No updated_at in any index: then the hot path's updates can be HOT (no index writes).
    index("conversations_customer").on(t.customerId),
    index("conversations_status").on(t.status, t.waitingSince),
    index("conversations_agent").on(t.assignedAgentId),
  ],
);

export const messages = pgTable(
  "messages",
  {
    id: uuid("id").primaryKey(),
    conversationId: uuid("conversation_id").notNull(),
    seq: integer("seq").notNull(),
    author: text("author").notNull(),
    text: text("text").notNull(),
    clientMessageId: text("client_message_id"),
    inReplyTo: uuid("in_reply_to"),
    sources: jsonb("sources"),
    agentId: uuid("agent_id"),
    agentName: text("agent_name"),
    createdAt: at("created_at").notNull(),
    /** The assistant's draft this agent message started from (assist mode). */
    draftId: uuid("draft_id"),
  },
  (t) => [
    uniqueIndex("messages_position").on(t.conversationId, t.seq),
    uniqueIndex("messages_client_id").on(t.conversationId, t.clientMessageId),
    index("messages_reply").on(t.inReplyTo),
  ],
);

/** Append-only: every state change with its time and actor. Never updated, never deleted. */
export const conversationEvents = pgTable(
  "conversation_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    conversationId: uuid("conversation_id").notNull(),
    type: text("type").notNull(),
    actorKind: text("actor_kind").notNull(),
    actorId: text("actor_id"),
    data: jsonb("data").notNull(),
    at: at("at").notNull(),
  },
  (t) => [index("conversation_events_conversation").on(t.conversationId, t.id), index("conversation_events_type").on(t.type, t.at)],
);

export const customerEvents = pgTable(
  "customer_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    customerId: text("customer_id").notNull(),
    type: text("type").notNull(),
    at: at("at").notNull(),
    data: jsonb("data").notNull(),
    receivedAt: at("received_at").notNull().default(sql`now()`),
  },
  (t) => [index("customer_events_customer").on(t.customerId, t.at)],
);

export const articles = pgTable(
  "articles",
  {
    id: uuid("id").primaryKey(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    language: text("language").notNull(),
    tags: jsonb("tags").$type<string[]>().notNull(),
    url: text("url"),
    sampleQuestions: jsonb("sample_questions").$type<string[]>().notNull(),
    version: integer("version").notNull(),
    retired: boolean("retired").notNull().default(false),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [uniqueIndex("articles_slug").on(t.slug)],
);

/** Every version of every article, so any answer can be traced to the exact text behind it. */
export const articleVersions = pgTable(
  "article_versions",
  {
    articleId: uuid("article_id").notNull(),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    language: text("language").notNull(),
    createdAt: at("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.version] })],
);

export const agents = pgTable(
  "agents",
  {
    id: uuid("id").primaryKey(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role").notNull(),
    passwordHash: text("password_hash").notNull(),
    createdAt: at("created_at").notNull(),
  },
  (t) => [uniqueIndex("agents_email").on(t.email)],
);

export const agentSessions = pgTable("agent_sessions", {
  idHash: text("id_hash").primaryKey(),
  agentId: uuid("agent_id").notNull(),
  csrfToken: text("csrf_token").notNull(),
  expiresAt: at("expires_at").notNull(),
});

export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

/** Who is there to answer: one row per person, refreshed by heartbeats. */
export const agentPresence = pgTable(
  "agent_presence",
  {
    agentId: uuid("agent_id").primaryKey(),
    status: text("status").notNull(),
    languages: jsonb("languages").$type<string[]>().notNull(),
    skills: jsonb("skills").$type<string[]>().notNull(),
    capacity: integer("capacity").notNull(),
    lastSeenAt: at("last_seen_at").notNull(),
    lastAssignedAt: at("last_assigned_at"),
  },
  (t) => [index("agent_presence_status").on(t.status)],
);

/** Internal notes: a separate table, so no customer-facing query can ever return one. */
export const conversationNotes = pgTable(
  "conversation_notes",
  {
    id: uuid("id").primaryKey(),
    conversationId: uuid("conversation_id").notNull(),
    agentId: uuid("agent_id").notNull(),
    agentName: text("agent_name").notNull(),
    text: text("text").notNull(),
    createdAt: at("created_at").notNull(),
  },
  (t) => [index("conversation_notes_conversation").on(t.conversationId, t.createdAt)],
);

/** A promise to call or write back: a task with a due time. */
export const callbacks = pgTable(
  "callbacks",
  {
    id: uuid("id").primaryKey(),
    conversationId: uuid("conversation_id").notNull(),
    customerId: text("customer_id"),
    customerName: text("customer_name"),
    channel: text("channel").notNull(),
    contact: text("contact").notNull(),
    note: text("note"),
    language: text("language").notNull(),
    dueAt: at("due_at").notNull(),
    status: text("status").notNull(),
    createdAt: at("created_at").notNull(),
    completedAt: at("completed_at"),
    completedBy: uuid("completed_by"),
  },
  (t) => [index("callbacks_status_due").on(t.status, t.dueAt)],
);

/** Assist-mode drafts, kept so the record shows which replies started as the assistant's. */
export const assistDrafts = pgTable("assist_drafts", {
  id: uuid("id").primaryKey(),
  conversationId: uuid("conversation_id").notNull(),
  agentId: uuid("agent_id").notNull(),
  text: text("text").notNull(),
  sources: jsonb("sources").notNull(),
  createdAt: at("created_at").notNull(),
});
