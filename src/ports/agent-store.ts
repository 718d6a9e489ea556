export type AgentRole = "agent" | "supervisor" | "admin";

export interface Agent {
  id: string;
  email: string;
  name: string;
  role: AgentRole;
  passwordHash: string;
  createdAt: Date;
}

export interface AgentSession {
  /** Hash of the cookie value: a stolen database does not yield live sessions. */
  idHash: string;
  agentId: string;
  csrfToken: string;
  expiresAt: Date;
}

export interface AgentStore {
  create(agent: Agent): Promise<{ ok: true } | { ok: false; reason: "email_taken" }>;
  findByEmail(email: string): Promise<Agent | undefined>;
  findById(id: string): Promise<Agent | undefined>;
  count(): Promise<number>;
  list(): Promise<Agent[]>;
  createSession(session: AgentSession): Promise<void>;
  findSession(idHash: string, now: Date): Promise<AgentSession | undefined>;
  deleteSession(idHash: string): Promise<void>;
}
