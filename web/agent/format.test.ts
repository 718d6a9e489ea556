import { describe, expect, it } from "vitest";
import { moodTrend, waitText, weightLabel } from "./format.ts";

describe("agent display helpers", () => {
  it("reads a mood as rising, easing or steady, ignoring small wobbles", () => {
    expect(moodTrend([{ weight: 0.2 }, { weight: 0.5 }, { weight: 0.9 }])).toBe("rising");
    expect(moodTrend([{ weight: 0.9 }, { weight: 0.4 }])).toBe("easing");
    expect(moodTrend([{ weight: 0.5 }, { weight: 0.55 }])).toBe("steady");
    expect(moodTrend([])).toBe("steady");
  });

  it("says how long someone has waited in the largest sensible unit", () => {
    const since = "2026-01-01T00:00:00Z";
    const after = (s: number) => Date.parse(since) + s * 1000;
    expect(waitText(since, after(42))).toBe("42s");
    expect(waitText(since, after(5 * 60 + 10))).toBe("5 min");
    expect(waitText(since, after(2 * 3600 + 60))).toBe("2 h 1 min");
  });

  it("names weights the way triage draws its lines", () => {
    expect(weightLabel(0.7)).toBe("high");
    expect(weightLabel(0.4)).toBe("medium");
    expect(weightLabel(0.39)).toBe("low");
  });
});
