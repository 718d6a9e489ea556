import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const TANDEM = join(process.cwd(), "bin", "tandem.mjs");
const run = (args: string[], input?: string) => spawnSync(process.execPath, [TANDEM, ...args], { input, encoding: "utf8", timeout: 60_000 });

describe("tandem kb match", () => {
  it("turns labelled examples into articles and answers JSONL with the category, or null to hand over", () => {
    const dir = mkdtempSync(join(tmpdir(), "tandem-kb-match-"));
    const examples = join(dir, "examples.csv");
    const rows = [
      ...["where is my card", "my card has not arrived", "card still not delivered", "when will my new card come"].map((t) => `${t},card_arrival`),
      ...["I forgot my passcode", "reset my passcode", "cannot remember my login code", "\"passcode lost, help\""].map((t) => `${t},passcode_forgotten`),
    ];
    writeFileSync(examples, `text,category\n${rows.join("\n")}\n`);
    const input = [
      '{"id":1,"text":"my card has still not been delivered"}',
      '{"id":"two","text":"what is the capital of Mongolia"}',
      "{broken",
      '{"text":"I cannot remember my passcode"}',
    ].join("\n");
    const r = run(["kb", "match", "--examples", examples], input);
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: string | number; articleId: string | null; score: number });
    expect(out.map((o) => Object.keys(o))).toEqual([["id", "articleId", "score"], ["id", "articleId", "score"], ["id", "articleId", "score"]]);
    expect(out.map((o) => [o.id, o.articleId])).toEqual([
      [1, "card_arrival"],
      ["two", null],
      ["line-4", "passcode_forgotten"],
    ]);
    expect(out.every((o) => o.score >= 0 && o.score <= 1)).toBe(true);
    expect(r.stderr).toMatch(/line 3: not valid JSON; skipped/);
  });

  it("matches against a folder of Markdown articles, in the customer's language", () => {
    const r = run(["kb", "match", "--articles", "sample-kb"], '{"id":"s","text":"Hur lämnar jag min mätarställning?","language":"sv"}\n');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: "s", articleId: "matarstallning-sv" });
  });

  it("refuses to run without a knowledge base, or with a file lacking text and category columns", () => {
    expect(run(["kb", "match"], "").stderr).toMatch(/--examples FILE.csv or --articles DIR/);
    const dir = mkdtempSync(join(tmpdir(), "tandem-kb-match-"));
    writeFileSync(join(dir, "bad.csv"), "question,label\nhi,greeting\n");
    const r = run(["kb", "match", "--examples", join(dir, "bad.csv")], "");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/columns text and category/);
  });
});
