import { describe, expect, it } from "vitest";
import { readHistory } from "./history-signals.ts";

describe("history", () => {
  it("counts unresolved contacts of the last week fully and older ones less", () => {
    const recent = readHistory([{ type: "contact", daysAgo: 3, outcome: "unresolved" }]);
    const old = readHistory([{ type: "contact", daysAgo: 30, outcome: "unresolved" }]);
    expect(recent.repeatUnresolved).toBe(1);
    expect(old.repeatUnresolved).toBeLessThan(0.2);
  });

  it("an abandoned chat counts for less than an unresolved one", () => {
    expect(readHistory([{ type: "contact", daysAgo: 1, outcome: "abandoned" }]).repeatUnresolved).toBeLessThan(0.5);
  });

  it("trouble before a later resolved contact fades", () => {
    const r = readHistory([
      { type: "callback_missed", daysAgo: 10 },
      { type: "contact", daysAgo: 5, outcome: "resolved" },
    ]);
    expect(r.callbackMissed).toBeLessThan(0.3);
  });

  it("a refund is overdue after two weeks, and not once it was issued", () => {
    expect(readHistory([{ type: "refund_pending", daysAgo: 20 }]).refundPending).toBe(1);
    expect(readHistory([{ type: "refund_pending", daysAgo: 20 }, { type: "refund_issued", daysAgo: 2 }]).refundPending).toBe(0);
  });

  it("a long delay weighs more than a short one", () => {
    const long = readHistory([{ type: "delivery_delayed", daysAgo: 1, daysLate: 10 }]).deliveryDelayed;
    const short = readHistory([{ type: "delivery_delayed", daysAgo: 1, daysLate: 1 }]).deliveryDelayed;
    expect(long).toBeGreaterThan(short);
  });

  it("only low ratings count, and they fade over weeks", () => {
    expect(readHistory([{ type: "csat", daysAgo: 2, score: 5 }]).lowRating).toBe(0);
    expect(readHistory([{ type: "csat", daysAgo: 2, score: 1 }]).lowRating).toBe(1);
    expect(readHistory([{ type: "csat", daysAgo: 120, score: 1 }]).lowRating).toBeLessThan(0.01);
  });

  it("ignores unknown types and events without a usable daysAgo", () => {
    const r = readHistory([
      { type: "teleported", daysAgo: 1 },
      { type: "callback_missed", daysAgo: -3 },
      { type: "callback_missed", daysAgo: Number.NaN },
    ]);
    expect(Object.values(r).every((v) => v === 0)).toBe(true);
  });
});
