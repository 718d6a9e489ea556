import { describe, expect, it } from "vitest";
import { readLabelledInquiries, routeLabelled } from "../../test-support/labelled-inquiries.ts";
import { createTriageEngine } from "./index.ts";

const records = readLabelledInquiries(new URL("./fixtures/written-inquiries.jsonl", import.meta.url));
const engine = createTriageEngine();

describe("inquiries written for the tests, in twelve languages", () => {
  it("the file covers every supported language with both labels", () => {
    const languages = new Set(records.map((r) => r.input.language ?? "?"));
    for (const l of ["en", "sv", "de", "fr", "es", "nl", "pl", "it", "fi", "da", "no", "pt"]) expect(languages).toContain(l);
    expect(records.some((r) => r.weighty === true)).toBe(true);
    expect(records.some((r) => r.weighty === false)).toBe(true);
  });

  it("at least 95% of weighty ones reach a person and 85% of routine ones the assistant", () => {
    const routed = routeLabelled(engine, records);
    expect(routed.weightyToPerson, routed.misses).toBeGreaterThanOrEqual(0.95);
    expect(routed.routineToAssistant, routed.falseAlarms).toBeGreaterThanOrEqual(0.85);
  });

  for (const language of ["da", "no", "pt", "fi", "pl"]) {
    it(`weighty ${language} inquiries reach a person as reliably as English ones`, () => {
      const mine = records.filter((r) => r.input.language === language && r.weighty);
      const reached = mine.filter((r) => engine.decide(r.input).route === "human").length;
      expect(mine.length).toBeGreaterThan(5);
      expect(reached / mine.length).toBeGreaterThanOrEqual(0.9);
    });
  }
});
