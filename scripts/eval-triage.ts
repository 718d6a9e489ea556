/**
 * Evaluates triage on the development set and the public data sets in
 * ../shared/data/external. Usage:
 *   node bin/run-ts.mjs scripts/eval-triage.ts [--split dev|test] [--only dev,cfpb,banking77,goemotions] [--file labelled.jsonl] [--verbose]
 * `--split dev` (default) uses training/validation splits for development; `--split test`
 * is for the one reported run.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { calibrate, createTriageEngine, extractFeatures, DEFAULT_TRIAGE_MODEL, parseInquiryLine } from "../src/core/triage/index.ts";
import { parseCsvRecords } from "../src/core/triage/io/csv.ts";
import { WEIGHTY_BANKING77_INTENTS } from "./weighty-banking77.ts";

const SHARED = process.env.TANDEM_SHARED ?? join(process.cwd(), "..", "shared", "data");
const args = process.argv.slice(2);
const split = args.includes("--split") ? args[args.indexOf("--split") + 1] : "dev";
const only = args.includes("--only") ? (args[args.indexOf("--only") + 1] ?? "").split(",") : ["dev", "cfpb", "banking77", "goemotions"];
const verbose = args.includes("--verbose");
const engine = createTriageEngine();

const pct = (n: number, d: number) => (d === 0 ? "n/a" : (n / d).toFixed(3));

/** Routes a labelled JSONL file with the built-in model; figures per language too. */
function labelledFile(path: string, title: string): void {
  const records = readFileSync(path, "utf8")
    .split("\n")
    .map((line, i) => parseInquiryLine(line, i + 1))
    .flatMap((p) => (p.kind === "ok" && p.record.weighty !== undefined ? [p.record] : []));
  const byLanguage = new Map<string, { w: number; wp: number; r: number; ra: number }>();
  const total = { w: 0, wp: 0, r: 0, ra: 0 };
  for (const rec of records) {
    const d = engine.decide(rec.input);
    const s = byLanguage.get(d.language) ?? { w: 0, wp: 0, r: 0, ra: 0 };
    for (const t of [s, total]) {
      if (rec.weighty) {
        t.w++;
        if (d.route === "human") t.wp++;
      } else {
        t.r++;
        if (d.route === "ai") t.ra++;
      }
    }
    byLanguage.set(d.language, s);
    if (verbose && (d.route === "human") !== rec.weighty) console.log(`  ${rec.weighty ? "missed" : "false alarm"}: ${rec.id} w=${d.weight} [${d.reasons.join("; ")}] ${rec.input.text.slice(0, 120)}`);
  }
  console.log(`${title}: weighty→person ${pct(total.wp, total.w)} (${total.wp}/${total.w}), routine→assistant ${pct(total.ra, total.r)} (${total.ra}/${total.r})`);
  console.log(`  by language: ${[...byLanguage].sort((a, b) => b[1].w + b[1].r - a[1].w - a[1].r).map(([l, t]) => `${l} ${pct(t.wp, t.w)}/${pct(t.ra, t.r)}`).join(", ")}`);
  return;
}

if (only.includes("dev")) {
  const devPath = join(SHARED, "triage-dev.jsonl");
  labelledFile(devPath, "dev set, built-in weights (in-sample: the lexicons were developed on it)");
  const records = readFileSync(devPath, "utf8")
    .split("\n")
    .map((line, i) => parseInquiryLine(line, i + 1))
    .flatMap((p) => (p.kind === "ok" ? [p.record] : []));
  const cal = calibrate(records, { costRatio: 10, folds: 5, prior: DEFAULT_TRIAGE_MODEL });
  console.log(`dev set, calibrated weights, 5-fold cross-validated: weighty→person ${cal.crossValidated.weightyToPerson.toFixed(3)}, routine→assistant ${cal.crossValidated.routineToAssistant.toFixed(3)}`);
}

const fileArg = args.includes("--file") ? args[args.indexOf("--file") + 1] : undefined;
if (fileArg) labelledFile(fileArg, fileArg);

if (only.includes("cfpb")) {
  const { records } = parseCsvRecords(readFileSync(join(SHARED, "external/cfpb_complaints/complaints_with_narrative.csv"), "utf8"));
  let human = 0;
  const reasons = new Map<string, number>();
  const misses: string[] = [];
  for (const r of records) {
    const d = engine.decide({ text: r["Consumer complaint narrative"] ?? "", history: [] });
    if (d.route === "human") human++;
    else misses.push(`${d.weight} ${(r["Consumer complaint narrative"] ?? "").slice(0, 200)}`);
    for (const reason of d.reasons) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  console.log(`CFPB narratives (all ${records.length}): to a person ${pct(human, records.length)} (${human}/${records.length})`);
  console.log(`  top reasons: ${[...reasons].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([r, n]) => `${r} ${n}`).join(", ")}`);
  if (verbose) for (const m of misses.slice(0, 40)) console.log("  miss:", m);
}

if (only.includes("banking77")) {
  const file = split === "test" ? "test.csv" : "train.csv";
  const { records } = parseCsvRecords(readFileSync(join(SHARED, "external/banking77", file), "utf8"));
  let routine = 0, routineAi = 0, weighty = 0, weightyHuman = 0;
  const perIntent = new Map<string, { n: number; human: number }>();
  for (const r of records) {
    const intent = r.category ?? "";
    const d = engine.decide({ text: r.text ?? "", language: "en", history: [] });
    const s = perIntent.get(intent) ?? { n: 0, human: 0 };
    s.n++;
    if (d.route === "human") s.human++;
    perIntent.set(intent, s);
    if (WEIGHTY_BANKING77_INTENTS.has(intent)) {
      weighty++;
      if (d.route === "human") weightyHuman++;
    } else {
      routine++;
      if (d.route === "ai") routineAi++;
    }
  }
  console.log(`BANKING77 ${file}: routine intents to the assistant ${pct(routineAi, routine)} (${routineAi}/${routine}); weighty intents [${[...WEIGHTY_BANKING77_INTENTS].join(", ")}] to a person ${pct(weightyHuman, weighty)} (${weightyHuman}/${weighty})`);
  const worst = [...perIntent].filter(([i]) => !WEIGHTY_BANKING77_INTENTS.has(i)).sort((a, b) => b[1].human / b[1].n - a[1].human / a[1].n).slice(0, 10);
  console.log(`  routine intents most often sent to a person: ${worst.map(([i, s]) => `${i} ${pct(s.human, s.n)}`).join(", ")}`);
  if (verbose) {
    for (const r of records) {
      if (WEIGHTY_BANKING77_INTENTS.has(r.category ?? "")) continue;
      const d = engine.decide({ text: r.text ?? "", language: "en", history: [] });
      if (d.route === "human") console.log(`  false: ${r.category} [${d.reasons.join("; ")}] ${r.text}`);
    }
  }
}

if (only.includes("goemotions")) {
  const file = split === "test" ? "test.csv" : "dev.csv";
  const { records } = parseCsvRecords(readFileSync(join(SHARED, "external/goemotions", file), "utf8"));
  // Affect signal: does the text carry anger, distress or dissatisfaction? Checked against
  // two readings of the labels: the negative sentiment group, and the Ekman anger/fear/sadness groups.
  const features = records.map((r) => extractFeatures({ text: r.text ?? "", language: "en", history: [] }, DEFAULT_TRIAGE_MODEL.topicPriors).features);
  const evaluate = (isPositive: (r: Record<string, string>) => boolean, name: string, anyNegative = false) => {
    let tp = 0, fp = 0, fn = 0, tn = 0;
    for (const [i, r] of records.entries()) {
      const f = features[i] as (typeof features)[number];
      const strong = f.anger > 0 || f.distress > 0 || f.dissatisfaction > 0 || f.bereavement > 0;
      const predicted = strong || (anyNegative && f.weakNegative > 0);
      const actual = isPositive(r);
      if (predicted && actual) tp++; else if (predicted) fp++; else if (actual) fn++; else tn++;
    }
    const precision = tp / (tp + fp), recall = tp / (tp + fn);
    console.log(`GoEmotions ${file} — ${name}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${((2 * precision * recall) / (precision + recall)).toFixed(3)}, accuracy ${((tp + tn) / records.length).toFixed(3)} (n=${records.length}, positives ${tp + fn})`);
  };
  evaluate((r) => (r.sentiment_labels ?? "").split(",").includes("negative"), "affect signal vs negative sentiment group");
  evaluate((r) => (r.sentiment_labels ?? "").split(",").includes("negative"), "affect signal or negative wording vs negative sentiment group", true);
  const distressNames = new Set(["anger", "annoyance", "disappointment", "fear", "grief", "nervousness", "sadness", "remorse", "disgust"]);
  evaluate((r) => (r.label_names ?? "").split(",").some((n) => distressNames.has(n)) , "affect signal vs anger/annoyance/disappointment/disgust/fear/grief/nervousness/sadness/remorse");
}
