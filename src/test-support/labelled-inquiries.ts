import { readFileSync } from "node:fs";
import { parseInquiryLine } from "../core/triage/io/inquiry-input.ts";
import type { TriageEngine } from "../core/triage/triage-engine.ts";

type Parsed = Extract<ReturnType<typeof parseInquiryLine>, { kind: "ok" }>["record"];

/** A labelled JSONL fixture, read for a test (the engine itself never touches files). */
export function readLabelledInquiries(url: URL): Parsed[] {
  return readFileSync(url, "utf8")
    .split("\n")
    .flatMap((line, i) => {
      const parsed = parseInquiryLine(line, i + 1);
      return parsed.kind === "ok" ? [parsed.record] : [];
    });
}

export interface RoutedFigures {
  weightyToPerson: number;
  routineToAssistant: number;
  /** Weighty inquiries sent to the assistant, readable in a failing test's message. */
  misses: string;
  /** Routine inquiries sent to a person, with the reasons that sent them. */
  falseAlarms: string;
}

/** Routes every inquiry and gives the two figures the triage goals are stated in. */
export function routeLabelled(engine: TriageEngine, records: Parsed[]): RoutedFigures {
  let weighty = 0;
  let toPerson = 0;
  let routine = 0;
  let toAssistant = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  for (const r of records) {
    const d = engine.decide(r.input);
    if (r.weighty) {
      weighty++;
      if (d.route === "human") toPerson++;
      else misses.push(`${r.id} ${r.input.text}`);
    } else {
      routine++;
      if (d.route === "ai") toAssistant++;
      else falseAlarms.push(`${r.id} [${d.reasons.join("; ")}] ${r.input.text}`);
    }
  }
  return {
    weightyToPerson: toPerson / Math.max(1, weighty),
    routineToAssistant: toAssistant / Math.max(1, routine),
    misses: misses.join("\n"),
    falseAlarms: falseAlarms.join("\n"),
  };
}
