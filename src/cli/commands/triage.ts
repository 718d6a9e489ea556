import type { Command } from "commander";
import { createReadStream, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { once } from "node:events";
import { createTriageEngine, parseTriageModel, type TriageModel } from "../../core/triage/index.ts";
import { parseCsvRecords } from "../../core/triage/io/csv.ts";
import { csvRowToRecord, parseInquiryLine, type InquiryRecord, type ParsedLine } from "../../core/triage/io/inquiry-input.ts";

/**
 * `tandem triage`: JSONL inquiries in (a file or stdin), one JSONL decision out per good
 * line, in input order. A bad line is reported on stderr with its number and skipped;
 * it never stops the run and never costs a good line its decision.
 */
export function registerTriageCommand(program: Command): void {
  program
    .command("triage")
    .description("Route inquiries (JSONL, see spec/inquiry-format.md) to the assistant or a person; JSONL decisions on stdout")
    .argument("[file]", "JSONL file of inquiries (default: stdin)")
    .option("--model <file>", "triage model written by `tandem calibrate` (default: built-in weights)")
    .action(async (file: string | undefined, options: { model?: string }) => {
      const model = loadModelOrExit(options.model);
      const engine = createTriageEngine(model);
      // A reader that stops early (`| head`) closes the pipe: that is the end, not a crash.
      process.stdout.on("error", (err: NodeJS.ErrnoException) => {
        if (err.code === "EPIPE") process.exit(0);
        throw err;
      });
      const out = new BufferedStdout();
      let good = 0;
      let bad = 0;
      for await (const parsed of readJsonl(file)) {
        if (parsed.kind === "blank") continue;
        if (parsed.kind === "error") {
          bad++;
          process.stderr.write(`tandem triage: ${parsed.message}\n`);
          continue;
        }
        const { record } = parsed;
        try {
          const d = engine.decide(record.input);
          await out.write(`${JSON.stringify({ id: record.id, route: d.route, weight: d.weight, reasons: d.reasons })}\n`);
          good++;
        } catch (err) {
          // A bug in triage must not cost the rest of the file its decisions.
          bad++;
          process.stderr.write(`tandem triage: id ${record.id}: could not be triaged (${(err as Error).message}); skipped\n`);
        }
      }
      await out.flush();
      if (bad > 0) process.stderr.write(`tandem triage: ${good} triaged, ${bad} skipped\n`);
    });
}

/** Loads and validates a model file; a bad file is a start-up error, reported once. */
export function loadModelOrExit(path: string | undefined): TriageModel | undefined {
  if (!path) return undefined;
  try {
    return parseTriageModel(JSON.parse(readFileSync(path, "utf8")));
  } catch (err) {
    process.stderr.write(`tandem: cannot use model ${path}: ${(err as Error).message}\n`);
    process.exit(2);
  }
}

/** JSONL lines from a file or stdin, parsed one at a time so a large file streams. */
export async function* readJsonl(file: string | undefined): AsyncGenerator<ParsedLine & { lineNumber: number }> {
  const input = file ? createReadStream(file, { encoding: "utf8" }) : process.stdin.setEncoding("utf8");
  if (!file && process.stdin.isTTY) process.stderr.write("tandem: reading inquiries from stdin (Ctrl-D to end)\n");
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    yield { ...parseInquiryLine(line, lineNumber), lineNumber };
  }
}

/**
 * Reads a whole inquiry file, JSONL or CSV (by extension, or by a first line that does
 * not start with "{"). Problems go to `onProblem`; good records are returned.
 */
export async function readInquiryFile(
  file: string,
  onProblem: (message: string) => void,
): Promise<InquiryRecord[]> {
  const records: InquiryRecord[] = [];
  const head = readFileSync(file, { encoding: "utf8", flag: "r" }).slice(0, 200).trimStart();
  const isCsv = /\.csv$/i.test(file) || (!/\.jsonl?$/i.test(file) && !head.startsWith("{"));
  if (isCsv) {
    const { records: rows } = parseCsvRecords(readFileSync(file, "utf8"));
    rows.forEach((row, i) => collect(csvRowToRecord(row, i + 2), records, onProblem));
  } else {
    for await (const parsed of readJsonl(file)) collect(parsed, records, onProblem);
  }
  return records;
}

function collect(parsed: ParsedLine, into: InquiryRecord[], onProblem: (message: string) => void): void {
  if (parsed.kind === "ok") into.push(parsed.record);
  else if (parsed.kind === "error") onProblem(parsed.message);
}

/** Batches small writes and respects back-pressure, so piping a million lines stays fast and bounded. */
class BufferedStdout {
  private chunks: string[] = [];
  private size = 0;

  async write(s: string): Promise<void> {
    this.chunks.push(s);
    this.size += s.length;
    if (this.size >= 64 * 1024) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.chunks.length === 0) return;
    const data = this.chunks.join("");
    this.chunks = [];
    this.size = 0;
    if (!process.stdout.write(data)) await once(process.stdout, "drain");
  }
}
