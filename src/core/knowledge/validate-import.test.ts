import { describe, expect, it } from "vitest";
import type { ArticleDraft } from "./article.ts";
import { validateImport } from "./validate-import.ts";

const draft = (slug: string, title: string, language = "en"): ArticleDraft => ({
  slug,
  title,
  body: "Body.",
  language,
  tags: [],
  sampleQuestions: [],
});

describe("validateImport", () => {
  it("accepts distinct articles", () => {
    expect(validateImport([draft("a", "A"), draft("b", "B")]).ok).toBe(true);
  });

  it("refuses the whole import when two files share a slug, naming both", () => {
    const result = validateImport([
      { draft: draft("hours", "Opening hours"), file: "en/hours.md" },
      { draft: draft("hours", "Öffnungszeiten", "de"), file: "de/hours.md" },
    ]);
    expect(!result.ok && result.errors).toEqual([{ file: "de/hours.md", line: 1, message: 'duplicate slug "hours" (also en/hours.md)' }]);
  });

  it("refuses duplicate titles in one language, case-insensitively", () => {
    const result = validateImport([draft("a", "Moving home"), draft("b", "moving HOME")]);
    expect(!result.ok && result.errors[0]!.message).toMatch(/duplicate title/);
  });

  it("allows the same title in two languages (a translation)", () => {
    expect(validateImport([draft("a", "Kontakt", "de"), draft("b", "Kontakt", "sv")]).ok).toBe(true);
  });

  it("refuses an empty import", () => {
    expect(validateImport([]).ok).toBe(false);
  });
});
