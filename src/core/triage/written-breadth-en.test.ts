import { describe, expect, it } from "vitest";
import { readLabelledInquiries, routeLabelled } from "../../test-support/labelled-inquiries.ts";
import { createTriageEngine } from "./index.ts";

const records = readLabelledInquiries(new URL("./fixtures/written-breadth-en.jsonl", import.meta.url));
const engine = createTriageEngine();

describe("English inquiries across many industries (telecom, bank, insurer, shop, gym, parcels, car rental, …)", () => {
  it("the file is large, balanced and English", () => {
    expect(records.length).toBeGreaterThanOrEqual(300);
    const weighty = records.filter((r) => r.weighty === true).length;
    const routine = records.filter((r) => r.weighty === false).length;
    expect(weighty + routine).toBe(records.length);
    expect(weighty / records.length).toBeGreaterThan(0.4);
    expect(weighty / records.length).toBeLessThan(0.6);
    expect(records.every((r) => r.input.language === "en")).toBe(true);
  });

  it("at least 97% of weighty ones reach a person and 90% of routine ones the assistant", () => {
    const routed = routeLabelled(engine, records);
    expect(routed.weightyToPerson, routed.misses).toBeGreaterThanOrEqual(0.97);
    expect(routed.routineToAssistant, routed.falseAlarms).toBeGreaterThanOrEqual(0.9);
  });

  it("calm weighty messages get a reason an agent can read", () => {
    const samples = [
      "Could you stop sending letters addressed to my brother. He took his own life in January and each one is very hard to open.",
      "I'm paid on the 28th and the bill comes out on the 15th. Could I move it? Things are very tight until payday.",
      "Someone got into my account and changed the email address. I can't log in now.",
      "Is there anyone I can actually talk to about this?",
    ];
    for (const text of samples) {
      const d = engine.decide({ text, language: "en", history: [] });
      expect(d.route, text).toBe("human");
      expect(d.reasons.length, text).toBeGreaterThan(0);
    }
  });

  it("routine questions with negative words or a neutral goodbye stay with the assistant", () => {
    const samples = [
      "My old kettle died so I'd like to order the one on your homepage. Is it in stock?",
      "I accidentally sent £10 to the wrong account, my own mistake, is there a way to get it back?",
      "I'm moving to Australia next month, how do I cancel my contract?",
      "Can someone else collect my prescription for me?",
    ];
    for (const text of samples) expect(engine.decide({ text, language: "en", history: [] }).route, text).toBe("ai");
  });
});
