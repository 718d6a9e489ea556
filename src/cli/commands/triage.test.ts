import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const TANDEM = join(process.cwd(), "bin", "tandem.mjs");
const run = (args: string[], input?: string) => spawnSync(process.execPath, [TANDEM, ...args], { input, encoding: "utf8", timeout: 60_000 });

describe("tandem triage", () => {
  it("answers every good line in order, reports bad lines by number on stderr, and never stops", () => {
    const input = [
      '{"id":"a","text":"How do I change my email address?"}',
      "{broken",
      '{"id":"b","text":""}',
      '{"text":"I want to speak to a real person"}',
      "",
      '{"id":"c","text":"My husband died and the account is in his name.","history":[{"type":"unknown_event","daysAgo":1}]}',
    ].join("\n");
    const r = run(["triage"], input);
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: string; route: string; weight: number; reasons: string[] });
    expect(out.map((d) => d.id)).toEqual(["a", "line-4", "c"]);
    expect(Object.keys(out[0] ?? {})).toEqual(["id", "route", "weight", "reasons"]);
    expect(out.map((d) => d.route)).toEqual(["ai", "human", "human"]);
    expect(r.stderr).toMatch(/line 2: not valid JSON/);
    expect(r.stderr).toMatch(/line 3 \(id b\): text is empty/);
  });

  it("uses a model written by tandem calibrate, and refuses a broken model file clearly", () => {
    const dir = mkdtempSync(join(tmpdir(), "tandem-triage-"));
    const labelled = join(dir, "labelled.jsonl");
    const lines: string[] = [];
    for (let i = 0; i < 12; i++) {
      lines.push(JSON.stringify({ id: `w${i}`, text: `I lost my job and can't pay invoice ${i}.`, label: "sensitive" }));
      lines.push(JSON.stringify({ id: `r${i}`, text: `Where do I find invoice ${i}?`, label: "routine" }));
    }
    writeFileSync(labelled, lines.join("\n"));
    const model = join(dir, "model.json");
    const cal = run(["calibrate", labelled, "--out", model]);
    expect(cal.status).toBe(0);
    expect(cal.stdout).toMatch(/cross-validated/);
    expect(JSON.parse(readFileSync(model, "utf8")).source.kind).toBe("calibrated");

    const ok = run(["triage", "--model", model], '{"id":"x","text":"Where do I find my invoice?"}\n');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).route).toBe("ai");

    const broken = join(dir, "broken.json");
    writeFileSync(broken, '{"version":1}');
    const bad = run(["triage", "--model", broken], "");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/cannot use model/);
  });

  // Three trainings of the wording model on ~3,000 texts in a child process: slower than the rest.
  it("calibrate --learn-wording retrains the wording on the firm's file and says which languages it reads", { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "tandem-calibrate-"));
    const labelled = join(dir, "labelled.jsonl");
    const lines: string[] = [];
    for (let i = 0; i < 12; i++) {
      lines.push(JSON.stringify({ id: `w${i}`, text: `I lost my job and can't pay invoice ${i}.`, label: "sensitive" }));
      lines.push(JSON.stringify({ id: `r${i}`, text: `Where do I find invoice ${i}?`, label: "routine" }));
    }
    writeFileSync(labelled, lines.join("\n"));
    const out = join(dir, "learned.json");
    // With the inquiries Tandem ships, English has enough examples; no other language does.
    const learned = run(["calibrate", labelled, "--learn-wording", "--folds", "2", "--out", out]);
    expect(learned.status).toBe(0);
    expect(learned.stdout).toMatch(/Learned wording retrained; it reads: en\./);
    expect(JSON.parse(readFileSync(out, "utf8")).wording.languages).toEqual(["en"]);
    const refused = run(["calibrate", labelled, "--learn-wording", "--min-per-language", "0"]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/--min-per-language/);
  });
});

