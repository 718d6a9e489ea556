import type { Conversation, LogEvent, Message } from "../../core/conversations/conversation.ts";
import type {
  CommitResult,
  ConversationChange,
  ConversationQuery,
  ConversationStore,
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
import type { SqlClient, SqlQuerier } from "./sql-client.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_BATCH = 256;

/**
 * Conversations in the embedded database or PostgreSQL. The per-message calls — read a
 * conversation, look up a client message id, commit a change — are grouped across
 * concurrent requests, so one database round trip serves many customers.
 */
export class SqlConversationStore implements ConversationStore {
  private readonly reads: GroupBatcher<string, Conversation | undefined>;
  private readonly groups: GroupBatcher<{ conversationId: string; clientMessageId: string }, Message[] | undefined>;
  private readonly commits: GroupBatcher<ConversationChange, CommitResult>;

  constructor(private readonly sql: SqlClient) {
    const options = { parallelism: sql.parallelism, maxBatch: MAX_BATCH };
    this.reads = new GroupBatcher((ids) => this.readMany(ids), options);
    this.groups = new GroupBatcher((keys) => this.readGroups(keys), options);
    this.commits = new GroupBatcher((changes) => this.commitMany(changes), options);
  }

  get(id: string): Promise<Conversation | undefined> {
    return UUID.test(id) ? this.reads.submit(id) : Promise.resolve(undefined);
  }

  findMessageGroup(conversationId: string, clientMessageId: string): Promise<Message[] | undefined> {
    if (!UUID.test(conversationId)) return Promise.resolve(undefined);
    return this.groups.submit({ conversationId, clientMessageId });
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

  private async readMany(ids: string[]): Promise<(Conversation | undefined)[]> {
    const rows = await this.sql.query<ConversationRow>("SELECT * FROM conversations WHERE id = ANY($1::uuid[])", [
      [...new Set(ids)],
    ]);
    const byId = new Map(rows.map((row) => [row.id, conversationFromRow(row)]));
    return ids.map((id) => byId.get(id));
  }

  private async readGroups(keys: { conversationId: string; clientMessageId: string }[]): Promise<(Message[] | undefined)[]> {
    const rows = await this.sql.query<MessageRow & { k: number }>(
      `WITH k AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS k(i int, conversation_id uuid, client_message_id text)),
            anchor AS (SELECT k.i, m.id FROM k JOIN messages m
                         ON m.conversation_id = k.conversation_id AND m.client_message_id = k.client_message_id)
       SELECT anchor.i AS k, m.* FROM anchor JOIN messages m ON m.id = anchor.id
       UNION ALL
       SELECT anchor.i AS k, m.* FROM anchor JOIN messages m ON m.in_reply_to = anchor.id
       ORDER BY k, seq`,
      [JSON.stringify(keys.map((key, i) => ({ i, conversation_id: key.conversationId, client_message_id: key.clientMessageId })))],
    );
    const groups = new Map<number, Message[]>();
    for (const row of rows) {
      const group = groups.get(row.k) ?? [];
      group.push(messageFromRow(row));
      groups.set(row.k, group);
    }
    return keys.map((_, i) => groups.get(i));
  }

  /**
   * One transaction for the whole batch. A change whose version is stale (someone else
   * committed first) is left out and reported as a conflict; the rest land together.
   * Only the first change per conversation goes in a batch; later ones conflict and retry.
   */
  private async commitMany(changes: ConversationChange[]): Promise<(CommitResult | BatchItemError)[]> {
    try {
      return await this.sql.transaction((tx) => applyBatch(tx, changes));
    } catch (error) {
      if (changes.length === 1) return [new BatchItemError(error)];
      // One bad change must not sink the others: fall back to one transaction each.
      const results: (CommitResult | BatchItemError)[] = [];
      for (const change of changes) {
        try {
          const [result] = await this.sql.transaction((tx) => applyBatch(tx, [change]));
          results.push(result ?? new BatchItemError(new Error("no commit result")));
        } catch (itemError) {
          results.push(new BatchItemError(itemError));
        }
      }
      return results;
    }
  }
}

async function applyBatch(tx: SqlQuerier, changes: ConversationChange[]): Promise<CommitResult[]> {
  const seen = new Set<string>();
  const first = changes.map((change) => {
    const id = change.conversation.id;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const inserts = changes.filter((c, i) => first[i] && c.expectedVersion === null);
  const updates = changes.filter((c, i) => first[i] && c.expectedVersion !== null);
  const accepted = new Set<string>();

  if (inserts.length > 0) {
    const rows = await tx.query<{ id: string }>(
      `INSERT INTO conversations SELECT * FROM jsonb_populate_recordset(null::conversations, $1::jsonb)
       ON CONFLICT DO NOTHING RETURNING id`,
      [JSON.stringify(inserts.map((c) => conversationToRow(c.conversation)))],
    );
    for (const row of rows) accepted.add(row.id);
  }
  if (updates.length > 0) {
    const columns = Object.keys(conversationToRow(updates[0]!.conversation)).filter((c) => c !== "id");
    const rows = await tx.query<{ id: string }>(
      `UPDATE conversations AS c SET (${columns.join(", ")}) = (${columns.map((col) => `v.${col}`).join(", ")})
       FROM jsonb_populate_recordset(null::conversations, $1::jsonb) AS v
       WHERE c.id = v.id AND c.version = v.version - 1
       RETURNING c.id`,
      [JSON.stringify(updates.map((c) => conversationToRow(c.conversation)))],
    );
    for (const row of rows) accepted.add(row.id);
  }

  const landed = changes.filter((c, i) => first[i] && accepted.has(c.conversation.id));
  const messages = landed.flatMap((c) => c.messages.map(messageToRow));
  if (messages.length > 0) {
    await tx.query(`INSERT INTO messages SELECT * FROM jsonb_populate_recordset(null::messages, $1::jsonb)`, [
      JSON.stringify(messages),
    ]);
  }
  const events = landed.flatMap((c) => c.events.map(eventToRow));
  if (events.length > 0) {
    await tx.query(
      `INSERT INTO conversation_events (conversation_id, type, actor_kind, actor_id, data, at)
       SELECT conversation_id, type, actor_kind, actor_id, data, at
       FROM jsonb_to_recordset($1::jsonb) AS e(conversation_id uuid, type text, actor_kind text, actor_id text, data jsonb, at timestamptz)`,
      [JSON.stringify(events)],
    );
  }
  return changes.map((c, i) => (first[i] && accepted.has(c.conversation.id) ? { ok: true } : { ok: false, reason: "conflict" }));
}
