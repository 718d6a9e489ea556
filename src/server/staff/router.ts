import { requeueAbsentAgents } from "../../core/routing/requeue-absent-agents.ts";
import { routeConversation } from "../../core/routing/route-conversation.ts";
import { queueOrder } from "../../core/routing/select-agent.ts";
import type { StaffDeps } from "../../core/routing/staff-deps.ts";
import type { DeskEvent } from "../../ports/event-bus.ts";
import type { StaffingSnapshot } from "./staffing-snapshot.ts";

/**
 * Keeps the queue moving: a conversation that starts waiting is offered to the right
 * person at once; when someone comes online or frees a slot, the queue is worked through
 * in order (heaviest, then longest waiting); and every few seconds people who stopped
 * sending heartbeats are set offline and their conversations re-queued. Work runs one
 * piece at a time per process; across processes the atomic claim keeps it safe.
 */
export class Router {
  private chain: Promise<unknown> = Promise.resolve();
  private drainPending = false;
  private timer?: NodeJS.Timeout;
  private unsubscribe?: () => void;

  constructor(
    private readonly deps: StaffDeps,
    private readonly snapshot: StaffingSnapshot,
    private readonly log: (message: string, error?: unknown) => void,
    private readonly sweepMs = 5000,
  ) {}

  start(): void {
    this.unsubscribe = this.deps.bus.subscribeAll((event) => this.onEvent(event));
    this.timer = setInterval(() => this.enqueue(() => this.sweep()), this.sweepMs);
    this.timer.unref();
    this.drainSoon();
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    if (this.timer) clearInterval(this.timer);
    await this.chain.catch(() => undefined);
  }

  private onEvent(event: DeskEvent): void {
    if (event.type === "conversation") {
      const { status } = event.conversation;
      // A new waiter, or a slot freed: either way the queue may move.
      if (status === "waiting") this.enqueue(() => this.route(event.conversation.id));
      else if (status === "resolved") this.drainSoon();
    } else if (event.type === "presence") {
      this.snapshot.refreshSoon();
      this.drainSoon();
    }
  }

  private drainSoon(): void {
    if (this.drainPending) return;
    this.drainPending = true;
    this.enqueue(async () => {
      this.drainPending = false;
      await this.drain();
    });
  }

  private async drain(): Promise<void> {
    const waiting = (await this.deps.conversations.list({ statuses: ["waiting"], limit: 500 })).sort(queueOrder);
    await this.snapshot.refresh();
    // Nobody free for one conversation does not stop the next (another language or skill may fit).
    for (const conversation of waiting) await this.route(conversation.id);
  }

  private async route(conversationId: string): Promise<void> {
    const outcome = await routeConversation(this.deps, { conversationId, candidates: this.snapshot.candidates() });
    if (outcome.kind === "assigned") this.snapshot.noteAssigned(outcome.agentId, this.deps.clock.now());
    this.snapshot.refreshSoon(1000);
  }

  private async sweep(): Promise<void> {
    const { agents } = await requeueAbsentAgents(this.deps);
    if (agents.length > 0) await this.drain();
  }

  private enqueue(work: () => Promise<unknown>): void {
    this.chain = this.chain.then(work).catch((error) => this.log("routing failed", error));
  }
}
