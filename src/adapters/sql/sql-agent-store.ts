import { and, count, eq, gt } from "drizzle-orm";
import type { Agent, AgentRole, AgentSession, AgentStore } from "../../ports/agent-store.ts";
import type { DrizzleDb } from "./database.ts";
import { agentSessions, agents } from "./schema.ts";

export class SqlAgentStore implements AgentStore {
  constructor(private readonly db: DrizzleDb) {}

  async create(agent: Agent): Promise<{ ok: true } | { ok: false; reason: "email_taken" }> {
    const inserted = await this.db
      .insert(agents)
      .values({ ...agent, email: agent.email.toLowerCase() })
      .onConflictDoNothing()
      .returning({ id: agents.id });
    return inserted.length > 0 ? { ok: true } : { ok: false, reason: "email_taken" };
  }

  async findByEmail(email: string): Promise<Agent | undefined> {
    const rows = await this.db.select().from(agents).where(eq(agents.email, email.toLowerCase()));
    return rows[0] ? toAgent(rows[0]) : undefined;
  }

  async findById(id: string): Promise<Agent | undefined> {
    const rows = await this.db.select().from(agents).where(eq(agents.id, id));
    return rows[0] ? toAgent(rows[0]) : undefined;
  }

  async list(): Promise<Agent[]> {
    return (await this.db.select().from(agents).orderBy(agents.name)).map(toAgent);
  }

  async count(): Promise<number> {
    const rows = await this.db.select({ n: count() }).from(agents);
    return Number(rows[0]?.n ?? 0);
  }

  async createSession(session: AgentSession): Promise<void> {
    await this.db.insert(agentSessions).values(session);
  }

  async findSession(idHash: string, now: Date): Promise<AgentSession | undefined> {
    const rows = await this.db
      .select()
      .from(agentSessions)
      .where(and(eq(agentSessions.idHash, idHash), gt(agentSessions.expiresAt, now)));
    return rows[0];
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.db.delete(agentSessions).where(eq(agentSessions.idHash, idHash));
  }
}

function toAgent(row: typeof agents.$inferSelect): Agent {
  return { ...row, role: row.role as AgentRole };
}
