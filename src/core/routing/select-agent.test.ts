import { describe, expect, it } from "vitest";
import type { Presence } from "../../ports/presence-store.ts";
import { estimateWaitMinutes } from "./estimate-wait.ts";
import { queueOrder, selectAgent } from "./select-agent.ts";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 22, 9, minute));
function person(id: string, overrides: Partial<Presence> = {}): Presence {
  return { agentId: id, status: "online", languages: ["en"], skills: [], capacity: 3, lastSeenAt: at(0), ...overrides };
}

describe("choosing a person for a waiting conversation", () => {
  it("picks only someone who speaks the customer's language", () => {
    const chosen = selectAgent({ language: "sv" }, [
      { presence: person("en-only"), load: 0 },
      { presence: person("swede", { languages: ["sv", "en"] }), load: 2 },
    ]);
    expect(chosen?.agentId).toBe("swede");
  });

  it("never gives a conversation to someone away, offline or full", () => {
    const chosen = selectAgent({ language: "en" }, [
      { presence: person("away", { status: "away" }), load: 0 },
      { presence: person("offline", { status: "offline" }), load: 0 },
      { presence: person("full", { capacity: 2 }), load: 2 },
    ]);
    expect(chosen).toBeUndefined();
  });

  it("prefers the least loaded, then whoever has waited longest since their last conversation", () => {
    const chosen = selectAgent({ language: "en" }, [
      { presence: person("busy"), load: 2 },
      { presence: person("recent", { lastAssignedAt: at(30) }), load: 0 },
      { presence: person("idle-longest", { lastAssignedAt: at(5) }), load: 0 },
    ]);
    expect(chosen?.agentId).toBe("idle-longest");
  });

  it("needs the skill when the conversation was transferred to one", () => {
    const chosen = selectAgent({ language: "en", skill: "billing" }, [
      { presence: person("generalist"), load: 0 },
      { presence: person("billing", { skills: ["billing"] }), load: 1 },
    ]);
    expect(chosen?.agentId).toBe("billing");
  });

  it("takes someone who lists no languages as speaking every one", () => {
    expect(selectAgent({ language: "fi" }, [{ presence: person("anyone", { languages: [] }), load: 0 }])?.agentId).toBe("anyone");
  });

  it("orders the queue by weight, then by time waited", () => {
    const queue = [
      { id: "light-old", weight: 0.2, waitingSince: at(1) },
      { id: "heavy-new", weight: 0.9, waitingSince: at(20) },
      { id: "heavy-old", weight: 0.9, waitingSince: at(2) },
    ].sort(queueOrder);
    expect(queue.map((q) => q.id)).toEqual(["heavy-old", "heavy-new", "light-old"]);
  });
});

describe("estimating the wait", () => {
  it("gives no estimate when nobody is online", () => {
    expect(estimateWaitMinutes({ position: 0, agentsOnline: 0, freeSlots: 0, averageHandlingMinutes: 8 })).toBeUndefined();
  });

  it("says about a minute when someone is free", () => {
    expect(estimateWaitMinutes({ position: 0, agentsOnline: 2, freeSlots: 1, averageHandlingMinutes: 8 })).toBe(1);
  });

  it("grows with the people ahead and shrinks with the people online", () => {
    const few = estimateWaitMinutes({ position: 5, agentsOnline: 1, freeSlots: 0, averageHandlingMinutes: 6 })!;
    const many = estimateWaitMinutes({ position: 5, agentsOnline: 3, freeSlots: 0, averageHandlingMinutes: 6 })!;
    expect(few).toBe(36);
    expect(many).toBe(12);
  });
});
