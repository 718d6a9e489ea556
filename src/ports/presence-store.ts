export type PresenceStatus = "online" | "away" | "offline";

export interface Presence {
  agentId: string;
  status: PresenceStatus;
  languages: string[];
  skills: string[];
  /** Conversations at once. */
  capacity: number;
  lastSeenAt: Date;
  lastAssignedAt?: Date;
}

export interface PresenceStore {
  get(agentId: string): Promise<Presence | undefined>;
  save(presence: Presence): Promise<void>;
  /** A heartbeat: the person is still there. */
  touch(agentId: string, at: Date): Promise<void>;
  markAssigned(agentId: string, at: Date): Promise<void>;
  /** Everyone not offline. */
  listAvailable(): Promise<Presence[]>;
  listAll(): Promise<Presence[]>;
  /** Sets offline everyone not seen since `before`; returns who that was. */
  expire(before: Date): Promise<string[]>;
  /** Conversations each person holds right now. */
  loads(): Promise<Map<string, number>>;
}
