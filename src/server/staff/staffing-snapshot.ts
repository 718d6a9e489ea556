import { queueOrder, speaks, type Candidate } from "../../core/routing/select-agent.ts";
import { estimateWaitMinutes } from "../../core/routing/estimate-wait.ts";
import type { ConversationStore } from "../../ports/conversation-store.ts";
import type { Presence, PresenceStore } from "../../ports/presence-store.ts";
import type { Availability, Staffing } from "../../ports/staffing.ts";
import type { SqlClient } from "../../adapters/sql/sql-client.ts";

/** Used until the desk has seen enough resolved conversations to know its own pace. */
const DEFAULT_HANDLING_MINUTES = 8;
const PACE_EVERY_MS = 60_000;

/**
 * Who is online, how full they are, and the queue, refreshed in the background every
 * couple of seconds (and at once when someone's presence changes). Hand-overs and the
 * widget read it synchronously, so telling the truth about the wait costs no query.
 */
export class StaffingSnapshot implements Staffing {
  private online: Presence[] = [];
  private loads = new Map<string, number>();
  private queue: string[] = [];
  private handlingMinutes = DEFAULT_HANDLING_MINUTES;
  private timer?: NodeJS.Timeout;
  private refreshing?: Promise<void>;
  private soon?: NodeJS.Timeout;
  private paceReadAt = 0;

  constructor(
    private readonly deps: { presence: PresenceStore; conversations: ConversationStore; sql: SqlClient },
    private readonly options: { intervalMs?: number; teamHours?: string } = {},
  ) {}

  async start(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), this.options.intervalMs ?? 2000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.soon) clearTimeout(this.soon);
  }

  /** Refreshes soon, once, however many changes ask for it meanwhile. */
  refreshSoon(delayMs = 100): void {
    if (this.soon) return;
    this.soon = setTimeout(() => {
      this.soon = undefined;
      void this.refresh().catch(() => undefined);
    }, delayMs);
    this.soon.unref();
  }

  refresh(): Promise<void> {
    this.refreshing ??= this.load().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  /**
   * Who could take a conversation now, from the snapshot, with the assignments this
   * process made since it was read already counted. A stale load can only over-count
   * (a resolve not seen yet), except for assignments made by another process, which can
   * overshoot a capacity by one until the next refresh, two seconds at most.
   */
  candidates(): Candidate[] {
    return this.online.map((presence) => ({ presence, load: this.loads.get(presence.agentId) ?? 0 }));
  }

  /** This process just gave a conversation to someone. */
  noteAssigned(agentId: string, at: Date): void {
    this.loads.set(agentId, (this.loads.get(agentId) ?? 0) + 1);
    const presence = this.online.find((p) => p.agentId === agentId);
    if (presence) presence.lastAssignedAt = at;
  }

  availability(language: string, conversationId?: string): Availability {
    const online = this.online.filter((p) => p.status === "online");
    const speakers = online.filter((p) => speaks(p, language));
    const freeSlots = speakers.reduce((n, p) => n + Math.max(0, p.capacity - (this.loads.get(p.agentId) ?? 0)), 0);
    const known = conversationId ? this.queue.indexOf(conversationId) : -1;
    const position = known >= 0 ? known : this.queue.length;
    return {
      ...(this.options.teamHours ? { teamHours: this.options.teamHours } : {}),
      agentsOnline: online.length,
      speakersOnline: speakers.length,
      estimatedMinutes: estimateWaitMinutes({
        position,
        agentsOnline: speakers.length,
        freeSlots,
        averageHandlingMinutes: this.handlingMinutes,
      }),
    };
  }

  private async load(): Promise<void> {
    const [available, loads, waiting] = await Promise.all([
      this.deps.presence.listAvailable(),
      this.deps.presence.loads(),
      this.deps.conversations.list({ statuses: ["waiting"], limit: 5000 }),
      this.maybeLoadPace(),
    ]);
    this.online = available;
    this.loads = loads;
    this.queue = waiting.sort(queueOrder).map((c) => c.id);
  }

  /** The pace of handling moves slowly; reading it once a minute is plenty. */
  private async maybeLoadPace(): Promise<void> {
    const now = Date.now();
    if (now - this.paceReadAt < PACE_EVERY_MS) return;
    this.paceReadAt = now;
    const pace = await this.deps.sql.query<{ minutes: number | null }>(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM (r.at - a.at)) / 60) AS minutes
       FROM conversation_events a JOIN conversation_events r
         ON r.conversation_id = a.conversation_id AND r.type = 'conversation.resolved' AND r.at > a.at
       WHERE a.type = 'conversation.assigned' AND a.at > now() - interval '1 day'`,
    );
    const minutes = Number(pace[0]?.minutes);
    this.handlingMinutes = Number.isFinite(minutes) && minutes > 0 ? minutes : DEFAULT_HANDLING_MINUTES;
  }
}
