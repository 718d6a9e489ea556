import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createTriageEngine } from "./index.ts";
import { parseInquiryLine } from "./io/inquiry-input.ts";

// Test-only file reading: the engine itself never touches the file system.
const lines = readFileSync(new URL("./fixtures/written-inquiries.jsonl", import.meta.url), "utf8").split("\n");
const records = lines.flatMap((line, i) => {
  const parsed = parseInquiryLine(line, i + 1);
  return parsed.kind === "ok" ? [parsed.record] : [];
});
const engine = createTriageEngine();

describe("inquiries written for the tests, in twelve languages", () => {
  it("the file covers every supported language with both labels", () => {
    const languages = new Set(records.map((r) => r.input.language ?? "?"));
    for (const l of ["en", "sv", "de", "fr", "es", "nl", "pl", "it", "fi", "da", "no", "pt"]) expect(languages).toContain(l);
    expect(records.some((r) => r.weighty === true)).toBe(true);
    expect(records.some((r) => r.weighty === false)).toBe(true);
  });

  it("at least 95% of weighty ones reach a person and 85% of routine ones the assistant", () => {
    let weighty = 0, toPerson = 0, routine = 0, toAssistant = 0;
    const misses: string[] = [];
    for (const r of records) {
      const d = engine.decide(r.input);
      if (r.weighty) {
        weighty++;
        if (d.route === "human") toPerson++;
        else misses.push(`${r.id} ${r.input.text}`);
      } else {
        routine++;
        if (d.route === "ai") toAssistant++;
      }
    }
    expect(toPerson / weighty, misses.join("\n")).toBeGreaterThanOrEqual(0.95);
    expect(toAssistant / routine).toBeGreaterThanOrEqual(0.85);
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
