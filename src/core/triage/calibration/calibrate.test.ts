import { describe, expect, it } from "vitest";
import type { InquiryRecord } from "../io/inquiry-input.ts";
import { DEFAULT_TRIAGE_MODEL } from "../model.ts";
import { calibrate, costThreshold } from "./calibrate.ts";

function labelled(text: string, weighty: boolean, i: number, topic?: string): InquiryRecord {
  const r: InquiryRecord = { id: `t-${i}`, input: { text, history: [] }, weighty };
  if (topic) r.input.topic = topic;
  return r;
}

/** A firm's file: its own weighty phrasing ("escalation ticket") that the built-in weights do not know. */
function firmFile(): InquiryRecord[] {
  const records: InquiryRecord[] = [];
  for (let i = 0; i < 30; i++) {
    records.push(labelled(`My husband died last week, what happens to account ${i}?`, true, records.length, "account"));
    records.push(labelled(`I can't pay the bill for order ${i}, I lost my job.`, true, records.length, "billing"));
    records.push(labelled(`How do I change the email on account ${i}?`, false, records.length, "account"));
    records.push(labelled(`When is the bill for order ${i} due?`, false, records.length, "billing"));
    records.push(labelled(`Where can I download invoice ${i}?`, false, records.length, "billing"));
  }
  return records;
}

describe("calibration", () => {
  it("the cost threshold sends to a person whatever misses would cost more than false alarms", () => {
    const scores = [0.1, 0.2, 0.3, 0.4, 0.9];
    const weighty = [false, false, true, false, true];
    // With misses 10× as costly, the cut must sit below the weighty 0.3.
    const t = costThreshold(scores, weighty, 10);
    expect(t).toBeGreaterThan(0.2);
    expect(t).toBeLessThan(0.3);
    // With misses as cheap as false alarms, it is better to let the lone 0.3 go.
    expect(costThreshold(scores, weighty, 0.5)).toBeGreaterThan(0.4);
  });

  it("reports cross-validated figures and writes a calibrated model", () => {
    const result = calibrate(firmFile(), { costRatio: 10, folds: 5, prior: DEFAULT_TRIAGE_MODEL });
    expect(result.used).toBe(150);
    expect(result.crossValidated.weighty).toBe(60);
    expect(result.crossValidated.weightyToPerson).toBeGreaterThanOrEqual(0.95);
    expect(result.crossValidated.routineToAssistant).toBeGreaterThanOrEqual(0.85);
    expect(result.model.source?.kind).toBe("calibrated");
    expect(result.model.threshold).toBeGreaterThan(0);
    expect(result.model.threshold).toBeLessThan(1);
  });

  it("a topic prior stays weak however one-sided the firm's topics are", () => {
    const result = calibrate(firmFile(), { costRatio: 10, folds: 5, prior: DEFAULT_TRIAGE_MODEL });
    for (const v of Object.values(result.model.topicPriors)) expect(Math.abs(v)).toBeLessThanOrEqual(1.5);
  });

  it("refuses a file with only one kind of label", () => {
    const records = [0, 1, 2, 3].map((i) => labelled(`Question ${i}?`, false, i));
    expect(() => calibrate(records, { costRatio: 10, folds: 5, prior: DEFAULT_TRIAGE_MODEL })).toThrow(/both kinds/);
  });

  it("with learnWording, learns the firm's own weighty vocabulary, checked on folds that never saw it", () => {
    // The firm's weighty inquiries name its hardship scheme ("Lifeline plan"), which no
    // lexicon lists; the routine ones ask plain questions in the same shape.
    const records: InquiryRecord[] = [];
    const things = ["meter", "tariff", "invoice", "direct debit", "account", "statement", "app", "login", "address", "contract"];
    for (let i = 0; i < 60; i++) {
      const thing = things[i % things.length] as string;
      records.push({ id: `w-${i}`, input: { text: `Can I move onto the Lifeline plan for my ${thing} from next month?`, language: "en", history: [] }, weighty: true });
      records.push({ id: `r-${i}`, input: { text: `Can I move my ${thing} date to the start of next month?`, language: "en", history: [] }, weighty: false });
    }
    const kept = calibrate(records, { costRatio: 10, folds: 5, prior: DEFAULT_TRIAGE_MODEL });
    const learned = calibrate(records, { costRatio: 10, folds: 5, prior: DEFAULT_TRIAGE_MODEL, learnWording: { extra: [], minPerLanguage: 50 } });
    expect(kept.model.wording).toBe(DEFAULT_TRIAGE_MODEL.wording);
    expect(learned.model.wording).not.toBe(DEFAULT_TRIAGE_MODEL.wording);
    expect(learned.model.wording?.languages).toEqual(["en"]);
    expect(learned.model.wording?.weights["w:lifeline"]).toBeGreaterThan(0);
    // Out of fold, the retrained wording separates what the built-in one could not.
    expect(learned.crossValidated.weightyToPerson).toBeGreaterThanOrEqual(0.95);
    expect(learned.crossValidated.routineToAssistant).toBeGreaterThan(kept.crossValidated.routineToAssistant);
  });

  it("reads no language's wording without enough examples of it", () => {
    const records = firmFile();
    const learned = calibrate(records, { costRatio: 10, folds: 5, prior: DEFAULT_TRIAGE_MODEL, learnWording: { extra: [], minPerLanguage: 400 } });
    expect(learned.model.wording?.languages).toEqual([]);
  });
});

