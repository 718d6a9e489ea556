/**
 * Trains the built-in learned wording model (src/core/triage/learned/wording-model.json)
 * from the labelled inquiries the project ships: the written fixtures and a fifth of
 * BANKING77's training queries. The development set is left out, so its figures stay a
 * check of the wording model. Re-run after adding labelled inquiries; the result is
 * deterministic.
 *
 *   node bin/run-ts.mjs scripts/train-triage-wording.ts [--from 0.65] [--to 0.9] [--languages en]
 *
 * `from`/`to`: the wording probability where the learnedWording feature starts to count
 * and where it counts fully. They were chosen on the development set and on fresh
 * inquiries written blind to the lexicons (fixtures/fresh-*.jsonl) while those were not
 * yet training data (see docs/triage.md).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { trainTextModel, type LabelledText } from "../src/core/triage/learned/text-model.ts";
import { WEIGHTY_BANKING77_INTENTS } from "./weighty-banking77.ts";

const args = new Map(process.argv.slice(2).map((a, i, all) => [a, all[i + 1] ?? ""]));
const from = Number(args.get("--from") ?? 0.65);
const to = Number(args.get("--to") ?? 0.9);
const languages = (args.get("--languages") ?? "en").split(",");
const root = process.cwd();
const FILES = [
  join(root, "src/core/triage/fixtures/written-inquiries.jsonl"),
  join(root, "src/core/triage/fixtures/written-breadth-en.jsonl"),
  join(root, "src/core/triage/fixtures/multilingual-probes.jsonl"),
  join(root, "src/core/triage/fixtures/fresh-en.jsonl"),
  join(root, "src/core/triage/fixtures/fresh-multilingual.jsonl"),
  ...(args.get("--also") ? (args.get("--also") as string).split(",") : []),
];
const labelled = FILES.flatMap((f) =>
  readFileSync(f, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as { text: string; label: string; language?: string })
    .map((x) => ({ text: x.text, weighty: x.label === "sensitive", group: x.language ?? "en" })),
);
// Every fifth BANKING77 training query (2,000): short, plain banking questions, so that
// "why was I charged a fee?" is not read as a complaint. Test rows are never used.
const banking = (parse(readFileSync(join(root, "..", "shared", "data", "external", "banking77", "train.csv")), { columns: true }) as { text: string; category: string }[])
  .filter((_, i) => i % 5 === 0)
  .map((r) => ({ text: r.text, weighty: WEIGHTY_BANKING77_INTENTS.has(r.category), group: "en" }));
const examples: LabelledText[] = [...labelled, ...banking];
const model = trainTextModel(examples, { l2: 1e-5, epochs: 300, minCount: 2 });
const out = join(root, "src/core/triage/learned/wording-model.json");
writeFileSync(out, JSON.stringify({ version: 1, from, to, languages, bias: model.bias, common: model.common, weights: model.weights }) + "\n");
console.log(`trained on ${examples.length} inquiries (${labelled.length} from ${FILES.length} files, ${banking.length} BANKING77 train): ${Object.keys(model.weights).length} features → ${out}`);
