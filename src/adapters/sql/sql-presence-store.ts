import { and, eq, lt, ne, sql } from "drizzle-orm";
import type { Presence, PresenceStatus, PresenceStore } from "../../ports/presence-store.ts";
import type { DrizzleDb } from "./database.ts";
import { agentPresence, conversations } from "./schema.ts";

export class SqlPresenceStore implements PresenceStore {
  constructor(private readonly db: DrizzleDb) {}

  async get(agentId: string): Promise<Presence | undefined> {
    const rows = await this.db.select().from(agentPresence).where(eq(agentPresence.agentId, agentId));
    return rows[0] ? toPresence(rows[0]) : undefined;
  }

  async save(p: Presence): Promise<void> {
    const row = { ...p, lastAssignedAt: p.lastAssignedAt ?? null };
    await this.db.insert(agentPresence).values(row).onConflictDoUpdate({ target: agentPresence.agentId, set: row });
  }

  async touch(agentId: string, at: Date): Promise<void> {
    await this.db.update(agentPresence).set({ lastSeenAt: at }).where(eq(agentPresence.agentId, agentId));
  }

  async markAssigned(agentId: string, at: Date): Promise<void> {
    await this.db.update(agentPresence).set({ lastAssignedAt: at }).where(eq(agentPresence.agentId, agentId));
  }

  async listAvailable(): Promise<Presence[]> {
    return (await this.db.select().from(agentPresence).where(ne(agentPresence.status, "offline"))).map(toPresence);
  }

  async listAll(): Promise<Presence[]> {
    return (await this.db.select().from(agentPresence)).map(toPresence);
  }

  async expire(before: Date): Promise<string[]> {
    const rows = await this.db
      .update(agentPresence)
      .set({ status: "offline" })
      .where(and(ne(agentPresence.status, "offline"), lt(agentPresence.lastSeenAt, before)))
      .returning({ agentId: agentPresence.agentId });
    return rows.map((r) => r.agentId);
  }

  async loads(): Promise<Map<string, number>> {
    const rows = await this.db
      .select({ agentId: conversations.assignedAgentId, n: sql<number>`count(*)::int` })
      .from(conversations)
      .where(eq(conversations.status, "agent"))
      .groupBy(conversations.assignedAgentId);
    return new Map(rows.filter((r) => r.agentId).map((r) => [r.agentId!, Number(r.n)]));
  }
}

function toPresence(row: typeof agentPresence.$inferSelect): Presence {
  return {
    agentId: row.agentId,
    status: row.status as PresenceStatus,
    languages: row.languages,
    skills: row.skills,
    capacity: row.capacity,
    lastSeenAt: row.lastSeenAt,
    lastAssignedAt: row.lastAssignedAt ?? undefined,
  };
}
