import { describe, expect, it } from "vitest";
import { readLabelledInquiries } from "../../test-support/labelled-inquiries.ts";
import { createTriageEngine } from "./index.ts";

const engine = createTriageEngine();
const LANGUAGES = ["en", "sv", "de", "fr", "es", "nl", "pl", "it", "fi", "da", "no", "pt"];

/**
 * Requests for a person, written blind to the lexicons in three rounds (see
 * fixtures/README.md): the hard rule must recognise them in every language, and lines
 * that only mention people ("your agent fixed it", "what are your phone hours?") must
 * not trip it.
 */
describe.each(["person-requests-1", "person-requests-2", "person-requests-3"])("requests for a person: %s", (name) => {
  const records = readLabelledInquiries(new URL(`./fixtures/${name}.jsonl`, import.meta.url));

  it("covers all twelve languages", () => {
    expect(new Set(records.map((r) => r.input.language))).toEqual(new Set(LANGUAGES));
  });

  it("recognises at least 90% of the requests as an explicit request, in every language at least 80%", () => {
    const byLanguage = new Map<string, { asked: number; recognised: number }>();
    const missed: string[] = [];
    for (const r of records.filter((x) => x.weighty)) {
      const d = engine.decide(r.input);
      const s = byLanguage.get(r.input.language ?? "?") ?? { asked: 0, recognised: 0 };
      s.asked++;
      if (d.explicitRequest && d.reasons[0] === "asked for a person") s.recognised++;
      else missed.push(`${r.id}: ${r.input.text}`);
      byLanguage.set(r.input.language ?? "?", s);
    }
    const all = [...byLanguage.values()].reduce((a, s) => ({ asked: a.asked + s.asked, recognised: a.recognised + s.recognised }), { asked: 0, recognised: 0 });
    expect(all.recognised / all.asked, missed.join("\n")).toBeGreaterThanOrEqual(0.9);
    for (const [language, s] of byLanguage) expect(s.recognised / s.asked, `${language}\n${missed.join("\n")}`).toBeGreaterThanOrEqual(0.8);
  });

  it("does not read a mere mention of people as a request", () => {
    const routine = records.filter((x) => !x.weighty);
    const tripped = routine.filter((r) => engine.decide(r.input).explicitRequest).map((r) => `${r.id}: ${r.input.text}`);
    expect(tripped.length / routine.length, tripped.join("\n")).toBeLessThanOrEqual(0.05);
  });
});
