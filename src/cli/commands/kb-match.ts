import type { Command } from "commander";
import { createReadStream, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { once } from "node:events";
import { parse } from "csv-parse/sync";
import {
  buildExamplesKnowledgeBase,
  buildKnowledgeIndex,
  decideMatch,
  DEFAULT_ANSWER_THRESHOLD,
  type Article,
  type KnowledgeIndex,
} from "../../core/knowledge/index.ts";
import { readArticleFiles } from "../../adapters/files/article-files.ts";

interface KbMatchOptions {
  examples?: string;
  articles?: string;
  threshold?: string;
  language?: string;
}

/**
 * `tandem kb match`: JSONL `{"id","text"}` in (a file or stdin), JSONL
 * `{"id","articleId","score"}` out, in input order; `articleId` is null where the
 * assistant would hand over to a person. The public benchmarks run through this, so a
 * benchmark figure is what a customer would get. stdout carries only results.
 */
export function registerKbMatchCommand(kb: Command): void {
  kb.command("match")
    .description("Match questions (JSONL {id,text}) against a knowledge base; JSONL {id,articleId,score} on stdout")
    .argument("[file]", "JSONL file of questions (default: stdin)")
    .option("--examples <csv>", "labelled examples (columns text,category): each category becomes an article")
    .option("--articles <path>", "a folder of Markdown articles or a CSV of articles (as for `tandem kb import`)")
    .option("--threshold <p>", `answer only at or above this confidence (default ${DEFAULT_ANSWER_THRESHOLD})`)
    .option("--language <code>", "the customers' language, when lines carry none")
    .action(async (file: string | undefined, options: KbMatchOptions) => {
      const threshold = parseThreshold(options.threshold);
      const started = performance.now();
      const articles = loadArticles(options);
      const index = buildKnowledgeIndex(articles);
      process.stderr.write(`tandem kb match: ${index.size} articles indexed in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
      await matchLines(index, file, threshold, options.language);
    });
}

function parseThreshold(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_ANSWER_THRESHOLD;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 1) fail(`--threshold must be a number from 0 to 1, not "${raw}"`);
  return value;
}

function loadArticles(options: KbMatchOptions): Article[] {
  if (options.examples && options.articles) fail("give either --examples or --articles, not both");
  if (options.examples) return buildExamplesKnowledgeBase(readExamples(options.examples));
  if (options.articles) {
    const read = readArticleFiles(options.articles);
    if (!read.ok) {
      for (const e of read.errors) process.stderr.write(`${e.file}:${e.line}: ${e.message}\n`);
      fail(`cannot use ${options.articles}: ${read.errors.length} problem(s) above`);
    }
    return read.drafts.map(({ draft }) => ({ ...draft, id: draft.slug, version: 1 }));
  }
  fail("say what to match against: --examples FILE.csv or --articles DIR");
}

function readExamples(path: string): Array<{ text: string; category: string }> {
  let rows: Record<string, string>[];
  try {
    rows = parse(readFileSync(path, "utf8"), { bom: true, columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true });
  } catch (error) {
    fail(`cannot read ${path}: ${(error as Error).message}`);
  }
  const first = rows[0];
  if (!first || !("text" in first) || !("category" in first)) fail(`${path}: needs a header with columns text and category, and at least one row`);
  const examples = rows.filter((r) => (r.text ?? "").trim() !== "" && (r.category ?? "").trim() !== "");
  if (examples.length < rows.length) process.stderr.write(`tandem kb match: ${rows.length - examples.length} row(s) without text or category skipped\n`);
  return examples.map((r) => ({ text: r.text!, category: r.category!.trim() }));
}

async function matchLines(index: KnowledgeIndex, file: string | undefined, threshold: number, language: string | undefined): Promise<void> {
  const input = file ? createReadStream(file, { encoding: "utf8" }) : process.stdin.setEncoding("utf8");
  if (!file && process.stdin.isTTY) process.stderr.write("tandem kb match: reading questions from stdin (Ctrl-D to end)\n");
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let buffer = "";
  let lineNumber = 0;
  let matched = 0;
  let bad = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === "") continue;
    const question = parseQuestion(line, lineNumber);
    if (typeof question === "string") {
      bad++;
      process.stderr.write(`tandem kb match: line ${lineNumber}: ${question}; skipped\n`);
      continue;
    }
    const decision = decideMatch(index, question.text, { threshold, ...((question.language ?? language) ? { language: question.language ?? language } : {}) });
    buffer += `${JSON.stringify({ id: question.id, articleId: decision.articleId, score: Number(decision.score.toFixed(4)) })}\n`;
    matched++;
    // Batched writes with back-pressure: a million lines stay fast and bounded in memory.
    if (buffer.length >= 64 * 1024) {
      const ok = process.stdout.write(buffer);
      buffer = "";
      if (!ok) await once(process.stdout, "drain");
    }
  }
  if (buffer !== "") process.stdout.write(buffer);
  // Like `tandem triage`: a bad line is reported and skipped, and never stops the run.
  if (bad > 0) process.stderr.write(`tandem kb match: ${matched} matched, ${bad} line(s) skipped\n`);
}

/** A line without an id is still answered, as `line-N`, like `tandem triage` does. */
function parseQuestion(line: string, lineNumber: number): { id: string | number; text: string; language?: string } | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return "not valid JSON";
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "expected an object {\"id\",\"text\"}";
  const { id, text, language } = value as Record<string, unknown>;
  if (id !== undefined && typeof id !== "string" && typeof id !== "number") return "\"id\" must be a string or a number";
  if (typeof text !== "string") return "missing \"text\" (a string)";
  return { id: id ?? `line-${lineNumber}`, text, ...(typeof language === "string" ? { language } : {}) };
}

function fail(message: string): never {
  process.stderr.write(`tandem kb match: ${message}\n`);
  process.exit(2);
}
