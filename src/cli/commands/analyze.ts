import type { Command } from "commander";
import { writeFileSync } from "node:fs";
import { basename } from "node:path";
import cliProgress from "cli-progress";
import {
  analyzeInquiries,
  createTriageEngine,
  DEFAULT_TRIAGE_MODEL,
  renderReportHtml,
  type SegmentationReport,
} from "../../core/triage/index.ts";
import { loadModelOrExit, readInquiryFile } from "./triage.ts";

/** Files this large get a progress bar; smaller ones finish before a bar would be seen. */
const PROGRESS_FROM = 2000;

/**
 * `tandem analyze FILE`: the segmentation report a firm reads before deploying an
 * assistant. A table on stdout, an HTML report with charts, progress on stderr.
 */
export function registerAnalyzeCommand(program: Command): void {
  program
    .command("analyze")
    .description("Segmentation report for past inquiries (CSV or JSONL, labelled or not): can the assistant take a share, and which?")
    .argument("<file>", "past inquiries: JSONL per spec/inquiry-format.md, or CSV with a text column")
    .option("--html <file>", "where to write the HTML report", "./tandem-report.html")
    .option("--model <file>", "triage model written by `tandem calibrate`")
    .action(async (file: string, options: { html: string; model?: string }) => {
      const model = loadModelOrExit(options.model) ?? DEFAULT_TRIAGE_MODEL;
      let skipped = 0;
      const records = await readInquiryFile(file, (message) => {
        skipped++;
        // Many bad lines would drown the report; the count is given at the end.
        if (skipped <= 20) process.stderr.write(`tandem analyze: ${message}\n`);
      });
      if (skipped > 20) process.stderr.write(`tandem analyze: … ${skipped - 20} more problems\n`);
      if (records.length === 0) {
        process.stderr.write("tandem analyze: no readable inquiries in the file\n");
        process.exit(1);
      }
      const bar =
        records.length >= PROGRESS_FROM
          ? new cliProgress.SingleBar(
              { stream: process.stderr, format: "triaging [{bar}] {percentage}% | {value}/{total} inquiries", hideCursor: true },
              cliProgress.Presets.shades_classic,
            )
          : undefined;
      bar?.start(records.length, 0);
      const report = analyzeInquiries(records, createTriageEngine(model), model.threshold, (done) => bar?.update(done));
      bar?.stop();
      process.stdout.write(renderTerminal(report, skipped));
      const html = renderReportHtml(report, basename(file), new Date().toISOString().slice(0, 16).replace("T", " "));
      writeFileSync(options.html, html);
      process.stderr.write(`tandem analyze: HTML report written to ${options.html}\n`);
    });
}

function renderTerminal(r: SegmentationReport, skipped: number): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const out: string[] = [];
  const rule = "─".repeat(64);
  out.push(rule, r.verdict.headline, rule);
  for (const reason of r.verdict.reasons) out.push(`  • ${reason}`);
  out.push("");
  out.push(`Inquiries: ${r.total}${skipped ? ` (${skipped} lines skipped)` : ""}   to the assistant: ${pct(r.assistantShare)}   to a person: ${pct(1 - r.assistantShare)}`);
  if (r.labels) {
    const l = r.labels;
    out.push(
      `Labelled: ${l.weighty} weighty, ${l.routine} routine   weighty → person ${pct(l.weightyToPerson)}   routine → assistant ${pct(l.routineToAssistant)}`,
      `Separability (AUC) ${l.auc.toFixed(3)}   assistant share keeping 95% of weighty with people: ${pct(l.assistantShareAt95)}`,
    );
    if (l.topicOnly) out.push(`Topic-only router for comparison: weighty → person ${pct(l.topicOnly.weightyToPerson)}, routine → assistant ${pct(l.topicOnly.routineToAssistant)}`);
  }
  out.push("", "Weight distribution");
  const max = Math.max(1, ...r.histogram.map((b) => b.ai + b.human));
  for (const b of r.histogram) {
    const n = b.ai + b.human;
    const ai = Math.round((30 * b.ai) / max);
    const hu = Math.round((30 * b.human) / max);
    out.push(`  ${b.from.toFixed(1)}–${b.to.toFixed(1)} ${"░".repeat(ai)}${"█".repeat(hu)} ${n}`);
  }
  out.push("  (░ assistant, █ person)", "", "Most common reasons (share of inquiries sent to a person)");
  for (const x of r.reasons.slice(0, 8)) out.push(`  ${x.reason.padEnd(48)} ${String(x.count).padStart(6)}  ${pct(x.share).padStart(6)}`);
  out.push("", `Weighty share within each topic${r.labels ? " (triage / labelled)" : ""}`);
  for (const t of r.topics.slice(0, 15)) {
    const labelled = t.labelledWeightyShare === undefined ? "" : ` / ${pct(t.labelledWeightyShare).padStart(6)}`;
    out.push(`  ${t.topic.slice(0, 30).padEnd(30)} ${String(t.count).padStart(6)}  ${pct(t.weightyShare).padStart(6)}${labelled}`);
  }
  if (r.topics.length > 15) out.push(`  … ${r.topics.length - 15} more topics in the HTML report`);
  out.push("");
  return `${out.join("\n")}\n`;
}
