import { and, asc, desc, eq } from "drizzle-orm";
import type { Source } from "../../core/conversations/conversation.ts";
import type { Callback, CallbackChannel, CallbackStore } from "../../ports/callback-store.ts";
import type { AssistDraft, DraftStore } from "../../ports/draft-store.ts";
import type { Note, NoteStore } from "../../ports/note-store.ts";
import type { DrizzleDb } from "./database.ts";
import { assistDrafts, callbacks, conversationNotes } from "./schema.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class SqlNoteStore implements NoteStore {
  constructor(private readonly db: DrizzleDb) {}

  async add(note: Note): Promise<void> {
    await this.db.insert(conversationNotes).values(note);
  }

  async list(conversationId: string): Promise<Note[]> {
    if (!UUID.test(conversationId)) return [];
    return this.db
      .select()
      .from(conversationNotes)
      .where(eq(conversationNotes.conversationId, conversationId))
      .orderBy(asc(conversationNotes.createdAt));
  }
}

export class SqlCallbackStore implements CallbackStore {
  constructor(private readonly db: DrizzleDb) {}

  async add(c: Callback): Promise<void> {
    await this.db.insert(callbacks).values({
      id: c.id,
      conversationId: c.conversationId,
      customerId: c.customer.id ?? null,
      customerName: c.customer.name ?? null,
      channel: c.channel,
      contact: c.contact,
      note: c.note ?? null,
      language: c.language,
      dueAt: c.dueAt,
      status: c.status,
      createdAt: c.createdAt,
    });
  }

  async get(id: string): Promise<Callback | undefined> {
    if (!UUID.test(id)) return undefined;
    const rows = await this.db.select().from(callbacks).where(eq(callbacks.id, id));
    return rows[0] ? toCallback(rows[0]) : undefined;
  }

  async list(status: "open" | "done", limit = 200): Promise<Callback[]> {
    const rows = await this.db
      .select()
      .from(callbacks)
      .where(eq(callbacks.status, status))
      .orderBy(status === "open" ? asc(callbacks.dueAt) : desc(callbacks.completedAt))
      .limit(limit);
    return rows.map(toCallback);
  }

  async complete(id: string, by: string, at: Date): Promise<Callback | undefined> {
    if (!UUID.test(id)) return undefined;
    await this.db
      .update(callbacks)
      .set({ status: "done", completedAt: at, completedBy: by })
      .where(and(eq(callbacks.id, id), eq(callbacks.status, "open")));
    return this.get(id);
  }
}

export class SqlDraftStore implements DraftStore {
  constructor(private readonly db: DrizzleDb) {}

  async add(draft: AssistDraft): Promise<void> {
    await this.db.insert(assistDrafts).values(draft);
  }

  async get(id: string): Promise<AssistDraft | undefined> {
    if (!UUID.test(id)) return undefined;
    const rows = await this.db.select().from(assistDrafts).where(eq(assistDrafts.id, id));
    const row = rows[0];
    return row ? { ...row, sources: row.sources as Source[] } : undefined;
  }
}

function toCallback(row: typeof callbacks.$inferSelect): Callback {
  return {
    id: row.id,
    conversationId: row.conversationId,
    customer: { id: row.customerId ?? undefined, name: row.customerName ?? undefined },
    channel: row.channel as CallbackChannel,
    contact: row.contact,
    note: row.note ?? undefined,
    language: row.language,
    dueAt: row.dueAt,
    status: row.status as "open" | "done",
    createdAt: row.createdAt,
    completedAt: row.completedAt ?? undefined,
    completedBy: row.completedBy ?? undefined,
  };
}
