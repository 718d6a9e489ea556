import type { Command } from "commander";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { calibrate, DEFAULT_COST_RATIO, DEFAULT_TRIAGE_MODEL, type RouteFigures } from "../../core/triage/index.ts";
import { loadModelOrExit, readInquiryFile } from "./triage.ts";

/**
 * `tandem calibrate FILE`: fits triage to a firm's own inquiries, sorted by a person
 * into routine and weighty, reports how well that holds on inquiries it did not see
 * (cross-validation), and writes the model file the server loads.
 */
export function registerCalibrateCommand(program: Command): void {
  program
    .command("calibrate")
    .description("Fit triage weights to your labelled inquiries (JSONL or CSV with a label column) and write a model file")
    .argument("<file>", "labelled inquiries: label is routine or sensitive")
    .option("--out <file>", "where to write the model", "./data/triage-model.json")
    .option("--cost-ratio <n>", "cost of a weighty inquiry sent to the assistant, relative to a routine one sent to a person", String(DEFAULT_COST_RATIO))
    .option("--folds <n>", "cross-validation folds", "5")
    .option("--from <model>", "start from this model instead of the built-in weights")
    .option("--learn-wording", "also retrain the learned wording model on your inquiries (with the ones Tandem ships), for your vocabulary and languages")
    .option("--min-per-language <n>", "with --learn-wording: labelled inquiries a language needs before its wording is read", String(MIN_PER_LANGUAGE))
    .action(async (file: string, options: { out: string; costRatio: string; folds: string; from?: string; learnWording?: boolean; minPerLanguage: string }) => {
      const costRatio = Number(options.costRatio);
      const folds = Number.parseInt(options.folds, 10);
      const minPerLanguage = Number.parseInt(options.minPerLanguage, 10);
      if (!(costRatio > 0) || !(folds >= 2) || !(minPerLanguage >= 1)) {
        process.stderr.write("tandem calibrate: --cost-ratio must be positive, --folds at least 2 and --min-per-language at least 1\n");
        process.exit(2);
      }
      let problems = 0;
      const records = await readInquiryFile(file, (message) => {
        problems++;
        process.stderr.write(`tandem calibrate: ${message}\n`);
      });
      const unlabelled = records.filter((r) => r.weighty === undefined).length;
      if (unlabelled > 0) process.stderr.write(`tandem calibrate: ${unlabelled} inquiries have no routine/sensitive label and are left out\n`);
      const prior = loadModelOrExit(options.from) ?? DEFAULT_TRIAGE_MODEL;
      let result;
      try {
        result = calibrate(records, {
          costRatio,
          folds,
          prior: { ...prior, costRatio },
          ...(options.learnWording ? { learnWording: { extra: shippedInquiries(), minPerLanguage } } : {}),
          onProgress: (done, total) => {
            if (process.stderr.isTTY) process.stderr.write(`\rfitting… ${Math.round((100 * done) / total)}%`);
          },
        });
      } catch (err) {
        process.stderr.write(`\ntandem calibrate: ${(err as Error).message}\n`);
        process.exit(1);
      }
      if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
      mkdirSync(dirname(options.out), { recursive: true });
      writeFileSync(options.out, `${JSON.stringify(result.model, null, 2)}\n`);
      const cv = result.crossValidated;
      const lines = [
        `Calibrated on ${result.used} labelled inquiries (${cv.weighty} weighty, ${cv.routine} routine)${problems ? `; ${problems} lines skipped` : ""}.`,
        `Cost ratio ${costRatio}:1 (a weighty inquiry sent to the assistant costs ${costRatio} times a routine one sent to a person).`,
        "",
        "                              weighty → person   routine → assistant",
        row(`cross-validated (${result.model.source?.crossValidated?.folds ?? folds} folds)`, cv),
        row("built-in weights, same file", result.before),
        "",
        `Threshold ${result.model.threshold.toFixed(3)}; prior strength ${result.strength}.`,
        result.model.wording
          ? `Learned wording ${options.learnWording ? "retrained" : "kept"}; it reads: ${result.model.wording.languages.join(", ") || "no language (too few examples)"}.`
          : "No learned wording model.",
        `Model written to ${options.out}. Use it with: tandem triage --model ${options.out}`,
      ];
      if (cv.weightyToPerson < 0.95) lines.push("", "Warning: fewer than 95% of weighty inquiries would reach a person on unseen data.");
      process.stdout.write(`${lines.join("\n")}\n`);
    });
}

function row(name: string, f: RouteFigures): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
  return `${name.padEnd(30)}${pct(f.weightyToPerson).padStart(17)}${pct(f.routineToAssistant).padStart(22)}`;
}

/**
 * Enough labelled inquiries in a language, of both kinds, for its wording to mean
 * something: with about 130 per language the built-in model sent many routine inquiries
 * to people in every language but English (docs/triage.md).
 */
const MIN_PER_LANGUAGE = 400;

/** The labelled inquiries Tandem ships (src/core/triage/fixtures): the base the firm's own are added to. */
function shippedInquiries(): { text: string; weighty: boolean; group: string }[] {
  const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "core", "triage", "fixtures");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .flatMap((f) => readFileSync(join(dir, f), "utf8").split("\n"))
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as { text: string; label: string; language?: string })
    .map((x) => ({ text: x.text, weighty: x.label === "sensitive", group: x.language ?? "en" }));
}
