import { describe, expect, it } from "vitest";
import { SUPPORTED_LANGUAGES } from "../../languages.ts";
import { compiledLexicon, LEXICONS } from "./index.ts";

describe("lexicons", () => {
  for (const language of SUPPORTED_LANGUAGES) {
    it(`the ${language} lexicon compiles and covers requests, bereavement, hardship, complaints and affect`, () => {
      const compiled = compiledLexicon(language);
      expect(compiled.matcher.size).toBeGreaterThan(100);
      const phrases = LEXICONS[language].phrases;
      for (const signal of ["personRequest", "bereavement", "hardship", "complaint", "legalThreat", "anger", "distress"] as const) {
        expect(phrases[signal]?.length ?? 0, `${language} ${signal}`).toBeGreaterThan(2);
      }
      expect(compiled.negators.size).toBeGreaterThan(2);
    });
  }

  it("every strength is in (0, 1]", () => {
    for (const lexicon of Object.values(LEXICONS)) {
      for (const entries of Object.values(lexicon.phrases)) {
        for (const e of entries ?? []) if (typeof e !== "string") expect(e[1] > 0 && e[1] <= 1).toBe(true);
      }
    }
  });
});
