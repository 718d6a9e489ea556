import { describe, expect, it } from "vitest";
import { parseArticlesCsv } from "./csv-articles.ts";

describe("parseArticlesCsv", () => {
  it("reads quoted bodies with commas and newlines, tags, and questions split on |", () => {
    const csv = 'title,body,language,tags,url,questions\n"Paying, late","Pay within 14 days.\n\nOr call us.",en,"billing,late",,"When is it due?|Can I pay late?"\n';
    const result = parseArticlesCsv(csv);
    expect(result).toEqual({
      ok: true,
      drafts: [
        {
          slug: "paying-late",
          title: "Paying, late",
          body: "Pay within 14 days.\n\nOr call us.",
          language: "en",
          tags: ["billing", "late"],
          sampleQuestions: ["When is it due?", "Can I pay late?"],
        },
      ],
    });
  });

  it("derives slugs from titles in other scripts and languages", () => {
    const result = parseArticlesCsv("title,body,language\nÖffnungszeiten Büro,Wir sind da.,de\nGodziny otwarcia,Jesteśmy.,pl\n");
    expect(result.ok && result.drafts.map((d) => d.slug)).toEqual(["offnungszeiten-buro", "godziny-otwarcia"]);
  });

  it("lists every bad row with its line and returns no drafts", () => {
    const result = parseArticlesCsv("title,body,language\nGood,Fine,en\n,No title,en\nBad lang,Body,xx\n");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.line)).toEqual([3, 4]);
      expect(result.errors[1]!.message).toMatch(/unknown language "xx"/);
    }
  });

  it("refuses a file without the title or body column", () => {
    const result = parseArticlesCsv("name,text\na,b\n");
    expect(!result.ok && result.errors[0]!.message).toMatch(/missing column\(s\): title, body/);
  });

  it("reports broken quoting instead of guessing", () => {
    const result = parseArticlesCsv('title,body\n"unclosed,body\n');
    expect(!result.ok && result.errors[0]!.message).toMatch(/broken CSV/);
  });
});
