import type { CustomerProfile, HistoryEvent } from "../../inquiry.ts";
import type { TriageInput } from "../triage-engine.ts";

/** One inquiry read from a firm's file, with its label when the file has one. */
export interface InquiryRecord {
  id: string;
  input: TriageInput;
  /** true = weighty (a person should handle it), false = routine, undefined = unlabelled. */
  weighty?: boolean;
}

export type ParsedLine = { kind: "ok"; record: InquiryRecord } | { kind: "error"; message: string } | { kind: "blank" };

/**
 * Reads one JSONL line. Bad lines become an error value with a message fit for stderr;
 * they never throw, so one bad line cannot stop a file. `lineNumber` is 1-based.
 */
export function parseInquiryLine(line: string, lineNumber: number): ParsedLine {
  const trimmed = line.trim();
  if (trimmed === "") return { kind: "blank" };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (err) {
    return { kind: "error", message: `line ${lineNumber}: not valid JSON (${(err as Error).message})` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { kind: "error", message: `line ${lineNumber}: expected a JSON object` };
  }
  return toRecord(value as Record<string, unknown>, lineNumber, "line");
}

/** Builds a record from loose fields (a JSON object or a CSV row). */
export function toRecord(raw: Record<string, unknown>, lineNumber: number, where: "line" | "row"): ParsedLine {
  const idValue = raw.id;
  const id = typeof idValue === "string" && idValue.trim() !== "" ? idValue : typeof idValue === "number" ? String(idValue) : `${where}-${lineNumber}`;
  const text = raw.text;
  if (typeof text !== "string" || text.trim() === "") {
    const what = typeof text === "string" ? "text is empty" : text === undefined ? "text is missing" : "text is not a string";
    return { kind: "error", message: `${where} ${lineNumber} (id ${id}): ${what}; skipped` };
  }
  const input: TriageInput = { text, history: readHistory(raw.history) };
  if (typeof raw.language === "string" && raw.language.trim() !== "") input.language = raw.language.trim();
  if (typeof raw.channel === "string" && raw.channel.trim() !== "") input.channel = raw.channel.trim();
  if (typeof raw.topic === "string" && raw.topic.trim() !== "") input.topic = raw.topic.trim();
  const customer = readCustomer(raw.customer);
  if (customer) input.customer = customer;
  const record: InquiryRecord = { id, input };
  const weighty = readLabel(raw.label);
  if (weighty !== undefined) record.weighty = weighty;
  return { kind: "ok", record };
}

const WEIGHTY_LABELS = new Set(["sensitive", "weighty", "human", "person", "1", "true", "yes"]);
const ROUTINE_LABELS = new Set(["routine", "ai", "assistant", "0", "false", "no"]);

export function readLabel(label: unknown): boolean | undefined {
  if (typeof label === "boolean") return label;
  if (typeof label === "number") return label === 1 ? true : label === 0 ? false : undefined;
  if (typeof label !== "string") return undefined;
  const key = label.trim().toLowerCase();
  if (WEIGHTY_LABELS.has(key)) return true;
  if (ROUTINE_LABELS.has(key)) return false;
  return undefined;
}

function readHistory(history: unknown): HistoryEvent[] {
  let list = history;
  // CSV cells carry history as a JSON string.
  if (typeof list === "string" && list.trim().startsWith("[")) {
    try {
      list = JSON.parse(list);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(list)) return [];
  return list.filter(
    (e): e is HistoryEvent => typeof e === "object" && e !== null && typeof (e as { type?: unknown }).type === "string",
  );
}

function readCustomer(customer: unknown): CustomerProfile | undefined {
  if (typeof customer === "string" && customer.trim().startsWith("{")) {
    try {
      return readCustomer(JSON.parse(customer));
    } catch {
      return undefined;
    }
  }
  if (typeof customer !== "object" || customer === null) return undefined;
  const c = customer as Record<string, unknown>;
  const profile: CustomerProfile = {};
  if (typeof c.tenureDays === "number") profile.tenureDays = c.tenureDays;
  if (c.vulnerable === true || c.vulnerable === "true") profile.vulnerable = true;
  return profile;
}

/** Column names firms use for the message text, most specific first. */
const TEXT_COLUMNS = ["text", "message", "body", "inquiry", "description", "consumer complaint narrative", "narrative", "content"];
const LABEL_COLUMNS = ["label", "class", "category_label", "segment"];

/** Maps CSV rows (header → cell) to records; the same rules as JSONL, with common column aliases. */
export function csvRowToRecord(row: Record<string, string>, rowNumber: number): ParsedLine {
  const lower = new Map<string, string>();
  for (const [k, v] of Object.entries(row)) lower.set(k.trim().toLowerCase(), v);
  const pick = (names: readonly string[]): string | undefined => {
    for (const n of names) {
      const v = lower.get(n);
      if (v !== undefined) return v;
    }
    return undefined;
  };
  const raw: Record<string, unknown> = {
    id: pick(["id", "inquiry_id", "ticket", "ticket_id", "complaint id"]),
    text: pick(TEXT_COLUMNS),
    language: pick(["language", "lang"]),
    channel: pick(["channel"]),
    topic: pick(["topic", "category", "product"]),
    label: pick(LABEL_COLUMNS),
    history: pick(["history"]),
    customer: pick(["customer"]),
  };
  const vulnerable = pick(["vulnerable"]);
  if (vulnerable !== undefined && /^(true|yes|1)$/i.test(vulnerable.trim())) raw.customer = { vulnerable: true };
  return toRecord(raw, rowNumber, "row");
}
