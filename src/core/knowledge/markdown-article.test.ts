import { describe, expect, it } from "vitest";
import { parseMarkdownArticle } from "./markdown-article.ts";
import { MAX_ARTICLE_CHARS } from "./import-error.ts";

const article = `---
language: sv-SE
tags: [faktura, Betalning]
url: https://example.com/faktura
questions:
  - När ska fakturan vara betald?
  - Hur betalar jag?
---
# Betala fakturan

Fakturan förfaller 14 dagar efter utskick.

Du kan betala med autogiro.
`;

describe("parseMarkdownArticle", () => {
  it("takes the title from the first heading, the slug from the file name and the fields from front matter", () => {
    const result = parseMarkdownArticle("kb/betala-fakturan.md", article);
    expect(result).toEqual({
      ok: true,
      draft: {
        slug: "betala-fakturan",
        title: "Betala fakturan",
        body: "Fakturan förfaller 14 dagar efter utskick.\n\nDu kan betala med autogiro.",
        language: "sv",
        tags: ["faktura", "betalning"],
        url: "https://example.com/faktura",
        sampleQuestions: ["När ska fakturan vara betald?", "Hur betalar jag?"],
      },
    });
  });

  it("reads an article without front matter as English with no tags or questions", () => {
    const result = parseMarkdownArticle("hours.md", "# Opening hours\n\nWe are open 8 to 18.\n");
    expect(result.ok && result.draft).toMatchObject({ language: "en", tags: [], sampleQuestions: [], title: "Opening hours" });
  });

  it("accepts 'sample_questions' and a comma-separated tag text", () => {
    const result = parseMarkdownArticle("a.md", "---\ntags: meter, readings\nsample_questions: [How do I read my meter?]\n---\n# Meter\n\nRead it.");
    expect(result.ok && result.draft.tags).toEqual(["meter", "readings"]);
    expect(result.ok && result.draft.sampleQuestions).toEqual(["How do I read my meter?"]);
  });

  it("reads Windows line endings and a byte-order mark, and maps Norwegian Bokmål (nb) to no", () => {
    const result = parseMarkdownArticle("strombrudd.md", "\uFEFF---\r\nlanguage: nb\r\n---\r\n# Strømbrudd\r\n\r\nRing nettselskapet.\r\n");
    expect(result.ok && result.draft).toMatchObject({ language: "no", title: "Strømbrudd", body: "Ring nettselskapet." });
  });

  it("refuses an unknown language, naming the file and the line of the language key", () => {
    const result = parseMarkdownArticle("klingon.md", "---\ntags: [x]\nlanguage: tlh\n---\n# Title\n\nBody");
    expect(result).toEqual({ ok: false, error: { file: "klingon.md", line: 3, message: expect.stringContaining('unknown language "tlh"') } });
  });

  it("reports broken front matter with the line it breaks on", () => {
    const result = parseMarkdownArticle("broken.md", "---\nlanguage: en\ntags: [a, b\nurl: x\n---\n# T\n\nBody");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(/broken front matter/);
      expect(result.error.line).toBeGreaterThanOrEqual(3);
    }
  });

  it("reports front matter that is never closed", () => {
    const result = parseMarkdownArticle("open.md", "---\nlanguage: en\n# Title\n\nBody");
    expect(!result.ok && result.error).toMatchObject({ file: "open.md", line: 1, message: expect.stringMatching(/never closed/) });
  });

  it("refuses an empty file, a title without body, and text before the title", () => {
    expect(!parseMarkdownArticle("e.md", "  \n\n").ok && "refused").toBe("refused");
    const noBody = parseMarkdownArticle("t.md", "# Only a title\n");
    expect(!noBody.ok && noBody.error.message).toMatch(/no body/);
    const stray = parseMarkdownArticle("s.md", "intro\n# Title\n\nBody");
    expect(!stray.ok && stray.error).toMatchObject({ line: 1, message: expect.stringMatching(/before the title/) });
  });

  it("refuses an article without a first-level heading", () => {
    const result = parseMarkdownArticle("n.md", "## Second level\n\nBody");
    expect(!result.ok && result.error.message).toMatch(/no title/);
  });

  it("refuses a huge article and says how to fix it", () => {
    const result = parseMarkdownArticle("huge.md", `# Huge\n\n${"word ".repeat(MAX_ARTICLE_CHARS / 4)}`);
    expect(!result.ok && result.error.message).toMatch(/too large.*split/);
  });

  it("refuses a url that is not a web address", () => {
    const result = parseMarkdownArticle("u.md", "---\nurl: javascript:alert(1)\n---\n# T\n\nB");
    expect(!result.ok && result.error).toMatchObject({ line: 2, message: expect.stringMatching(/url/) });
  });
});
