import type { Conversation, LogEvent, Message } from "../../core/conversations/conversation.ts";
import type {
  CommitResult,
  ConversationChange,
  ConversationQuery,
  ConversationStore,
  MessageContext,
} from "../../ports/conversation-store.ts";
import {
  conversationFromRow,
  conversationToRow,
  eventFromRow,
  eventToRow,
  messageFromRow,
  messageToRow,
  type ConversationRow,
  type EventRow,
  type MessageRow,
} from "./conversation-rows.ts";
import { BatchItemError, GroupBatcher } from "./group-batcher.ts";
import type { SqlClient } from "./sql-client.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_BATCH = 256;

/**
 * Conversations in the embedded database or PostgreSQL. The per-message calls — read a
 * conversation, look up a client message id, commit a change — are grouped across
 * concurrent requests, so one database round trip serves many customers.
 */
export class SqlConversationStore implements ConversationStore {
  private readonly reads: GroupBatcher<ContextKey, { conversation?: Conversation; replayAnchor?: string }>;
  private readonly commits: GroupBatcher<ConversationChange, CommitResult>;

  constructor(private readonly sql: SqlClient) {
    const options = { parallelism: sql.parallelism, maxBatch: MAX_BATCH };
    this.reads = new GroupBatcher((keys) => this.readMany(keys), options);
    this.commits = new GroupBatcher((changes) => this.commitMany(changes), options);
  }

  async get(id: string): Promise<Conversation | undefined> {
    if (!UUID.test(id)) return undefined;
    return (await this.reads.submit({ id })).conversation;
  }

  async loadForMessage(conversationId: string, clientMessageId?: string): Promise<MessageContext> {
    if (!UUID.test(conversationId)) return {};
    const { conversation, replayAnchor } = await this.reads.submit({ id: conversationId, clientMessageId });
    if (!conversation || !replayAnchor || !clientMessageId) return { conversation };
    return { conversation, replay: await this.findMessageGroup(conversationId, clientMessageId) };
  }

  async findMessageGroup(conversationId: string, clientMessageId: string): Promise<Message[] | undefined> {
    if (!UUID.test(conversationId)) return undefined;
    const rows = await this.sql.query<MessageRow>(
      `WITH anchor AS (SELECT id FROM messages WHERE conversation_id = $1 AND client_message_id = $2)
       SELECT m.* FROM messages m, anchor WHERE m.conversation_id = $1 AND (m.id = anchor.id OR m.in_reply_to = anchor.id)
       ORDER BY m.seq`,
      [conversationId, clientMessageId],
    );
    return rows.length > 0 ? rows.map(messageFromRow) : undefined;
  }

  commit(change: ConversationChange): Promise<CommitResult> {
    return this.commits.submit(change);
  }

  async findByOpenKey(openKey: string): Promise<Conversation | undefined> {
    const rows = await this.sql.query<ConversationRow>("SELECT * FROM conversations WHERE open_key = $1", [openKey]);
    return rows[0] ? conversationFromRow(rows[0]) : undefined;
  }

  async listMessages(conversationId: string, options: { afterSeq?: number } = {}): Promise<Message[]> {
    if (!UUID.test(conversationId)) return [];
    const rows = await this.sql.query<MessageRow>(
      "SELECT * FROM messages WHERE conversation_id = $1 AND seq > $2 ORDER BY seq",
      [conversationId, options.afterSeq ?? 0],
    );
    return rows.map(messageFromRow);
  }

  async findMessage(conversationId: string, messageId: string): Promise<Message | undefined> {
    if (!UUID.test(conversationId) || !UUID.test(messageId)) return undefined;
    const rows = await this.sql.query<MessageRow>("SELECT * FROM messages WHERE conversation_id = $1 AND id = $2", [
      conversationId,
      messageId,
    ]);
    return rows[0] ? messageFromRow(rows[0]) : undefined;
  }

  async list(query: ConversationQuery): Promise<Conversation[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.statuses?.length) {
      params.push(query.statuses);
      where.push(`status = ANY($${params.length}::text[])`);
    }
    if (query.assignedAgentId) {
      params.push(query.assignedAgentId);
      where.push(`assigned_agent_id = $${params.length}`);
    }
    params.push(query.limit ?? 200);
    const rows = await this.sql.query<ConversationRow>(
      `SELECT * FROM conversations ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
       ORDER BY updated_at DESC LIMIT $${params.length}`,
      params,
    );
    return rows.map(conversationFromRow);
  }

  async listByCustomer(customerId: string, since: Date): Promise<Conversation[]> {
    const rows = await this.sql.query<ConversationRow>(
      "SELECT * FROM conversations WHERE customer_id = $1 AND updated_at >= $2 ORDER BY updated_at DESC LIMIT 50",
      [customerId, since.toISOString()],
    );
    return rows.map(conversationFromRow);
  }

  async listLog(conversationId: string): Promise<LogEvent[]> {
    if (!UUID.test(conversationId)) return [];
    const rows = await this.sql.query<EventRow>(
      "SELECT conversation_id, type, actor_kind, actor_id, data, at FROM conversation_events WHERE conversation_id = $1 ORDER BY id",
      [conversationId],
    );
    return rows.map(eventFromRow);
  }

  async lastMessages(conversationIds: string[]): Promise<Map<string, Message>> {
    const ids = conversationIds.filter((id) => UUID.test(id));
    if (ids.length === 0) return new Map();
    const rows = await this.sql.query<MessageRow>(
      `SELECT m.* FROM conversations c
       JOIN messages m ON m.conversation_id = c.id AND m.seq = c.last_seq
       WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.conversation_id, messageFromRow(row)]));
  }

  /** One query for a whole batch of reads, including whether each client message id was seen. */
  private async readMany(keys: ContextKey[]): Promise<{ conversation?: Conversation; replayAnchor?: string }[]> {
    const rows = await this.sql.queryPrepared<{ k: number; conversation: ConversationRow; replay_anchor: string | null }>(
      "conversations_read_batch",
      READ_BATCH,
      // The id list is redundant for the result but not for the planner: without it, it
      // guesses 100 rows for the JSON and scans the whole table (O(conversations) per batch).
      [JSON.stringify(keys.map((key, i) => ({ i, id: key.id, client_message_id: key.clientMessageId ?? null }))), [...new Set(keys.map((k) => k.id))]],
    );
    const found = new Map(rows.map((row) => [row.k, row]));
    return keys.map((_, i) => {
      const row = found.get(i);
      return row ? { conversation: conversationFromRow(row.conversation), replayAnchor: row.replay_anchor ?? undefined } : {};
    });
  }

  /**
   * One statement for the whole batch (atomic by itself: no BEGIN/COMMIT round trips).
   * A change whose version is stale — someone else committed first — is left out with its
   * messages and log lines, and reported as a conflict; the rest land together.
   */
  private async commitMany(changes: ConversationChange[]): Promise<(CommitResult | BatchItemError)[]> {
    try {
      return await applyBatch(this.sql, changes);
    } catch (error) {
      if (changes.length === 1) return [new BatchItemError(error)];
      // One bad change must not sink the others: fall back to one transaction each.
      const results: (CommitResult | BatchItemError)[] = [];
      for (const change of changes) {
        try {
          const [result] = await applyBatch(this.sql, [change]);
          results.push(result ?? new BatchItemError(new Error("no commit result")));
        } catch (itemError) {
          results.push(new BatchItemError(itemError));
        }
      }
      return results;
    }
  }
}

const CONVERSATION_COLUMNS = Object.keys(conversationToRow(placeholderConversation())).filter((c) => c !== "id");

// Each conversation comes back as one JSON value rather than 26 columns: decoding and
// parsing one field per row is much cheaper for both drivers, and the statement keeps its
// shape (it is prepared once per connection) when a migration adds a column.
const READ_BATCH = `
  SELECT k.i AS k, to_jsonb(c) AS conversation,
         (SELECT m.id FROM messages m WHERE m.conversation_id = k.id AND m.client_message_id = k.client_message_id) AS replay_anchor
  FROM jsonb_to_recordset($1::jsonb) AS k(i int, id uuid, client_message_id text)
  JOIN conversations c ON c.id = k.id
  WHERE c.id = ANY($2::uuid[])`;

const COMMIT_BATCH = `
  WITH inserted AS (
    INSERT INTO conversations SELECT * FROM jsonb_populate_recordset(null::conversations, $1::jsonb)
    ON CONFLICT DO NOTHING RETURNING id
  ), updated AS (
    UPDATE conversations AS c SET (${CONVERSATION_COLUMNS.join(", ")}) = (${CONVERSATION_COLUMNS.map((col) => `v.${col}`).join(", ")})
    FROM jsonb_populate_recordset(null::conversations, $2::jsonb) AS v
    WHERE c.id = ANY($5::uuid[]) AND c.id = v.id AND c.version = v.version - 1
    RETURNING c.id
  ), landed AS (
    SELECT id FROM inserted UNION ALL SELECT id FROM updated
  ), new_messages AS (
    INSERT INTO messages SELECT m.* FROM jsonb_populate_recordset(null::messages, $3::jsonb) AS m
    WHERE m.conversation_id IN (SELECT id FROM landed)
  ), new_events AS (
    INSERT INTO conversation_events (conversation_id, type, actor_kind, actor_id, data, at)
    SELECT e.conversation_id, e.type, e.actor_kind, e.actor_id, e.data, e.at
    FROM jsonb_to_recordset($4::jsonb) AS e(conversation_id uuid, type text, actor_kind text, actor_id text, data jsonb, at timestamptz)
    WHERE e.conversation_id IN (SELECT id FROM landed)
  )
  SELECT id FROM landed`;

async function applyBatch(sql: Pick<SqlClient, "queryPrepared">, changes: ConversationChange[]): Promise<CommitResult[]> {
  // Two changes to one conversation cannot both be right; the later one retries.
  const seen = new Set<string>();
  const first = changes.map((change) => {
    const id = change.conversation.id;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const batch = changes.filter((_, i) => first[i]);
  const updates = batch.filter((c) => c.expectedVersion !== null);
  const rows = await sql.queryPrepared<{ id: string }>("conversations_commit_batch", COMMIT_BATCH, [
    JSON.stringify(batch.filter((c) => c.expectedVersion === null).map((c) => conversationToRow(c.conversation))),
    JSON.stringify(updates.map((c) => conversationToRow(c.conversation))),
    JSON.stringify(batch.flatMap((c) => c.messages.map(messageToRow))),
    JSON.stringify(batch.flatMap((c) => c.events.map(eventToRow))),
    // Lets the planner use the primary key instead of scanning every conversation.
    updates.map((c) => c.conversation.id),
  ]);
  const landed = new Set(rows.map((row) => row.id));
  return changes.map((c, i) => (first[i] && landed.has(c.conversation.id) ? { ok: true } : { ok: false, reason: "conflict" }));
}

function placeholderConversation(): Conversation {
  const now = new Date(0);
  return {
    id: "",
    customer: {},
    channel: "",
    status: "assistant",
    route: "ai",
    weight: 0,
    reasons: [],
    language: "",
    history: [],
    assistantFailures: 0,
    recent: { customerTexts: [], lastAuthor: "customer" },
    lastSeq: 0,
    version: 0,
    createdAt: now,
    updatedAt: now,
  };
}

interface ContextKey {
  id: string;
  clientMessageId?: string;
}
