import { describe, expect, it } from "vitest";
import { createTriageEngine } from "../create-triage-engine.ts";
import type { InquiryRecord } from "../io/inquiry-input.ts";
import { DEFAULT_TRIAGE_MODEL } from "../model.ts";
import { analyzeInquiries } from "./analyze.ts";
import { renderReportHtml } from "./report-html.ts";

const engine = createTriageEngine();
const t = DEFAULT_TRIAGE_MODEL.threshold;
let n = 0;
const rec = (text: string, topic: string, weighty?: boolean): InquiryRecord => {
  const r: InquiryRecord = { id: `a-${n++}`, input: { text, topic, history: [] } };
  if (weighty !== undefined) r.weighty = weighty;
  return r;
};

const routine = (k: number) => rec(`How do I update the address on account ${k}?`, "account", false);
const weighty = (k: number) => rec(`My mother passed away and I cannot pay bill ${k}. I am so worried.`, "billing", true);

describe("segmentation report", () => {
  it("recommends the assistant when routine inquiries dominate and separate well", () => {
    const records = [...Array.from({ length: 70 }, (_, k) => routine(k)), ...Array.from({ length: 30 }, (_, k) => weighty(k))];
    const report = analyzeInquiries(records, engine, t);
    expect(report.verdict.go).toBe(true);
    expect(report.assistantShare).toBeCloseTo(0.7, 5);
    expect(report.labels?.weightyToPerson).toBe(1);
    expect(report.labels?.auc).toBe(1);
  });

  it("says no-go when weighty inquiries dominate", () => {
    const records = [...Array.from({ length: 20 }, (_, k) => routine(k)), ...Array.from({ length: 80 }, (_, k) => weighty(k))];
    const report = analyzeInquiries(records, engine, t);
    expect(report.verdict.go).toBe(false);
    expect(report.verdict.reasons.join(" ")).toMatch(/dominate/);
  });

  it("says no-go when labels show weighty inquiries the triage cannot find", () => {
    // Labelled weighty by the firm, but worded exactly like routine ones: not separable.
    const hidden = Array.from({ length: 30 }, (_, k) => rec(`How do I update the address on account ${k}?`, "account", true));
    const records = [...Array.from({ length: 70 }, (_, k) => routine(k)), ...hidden];
    const report = analyzeInquiries(records, engine, t);
    expect(report.verdict.go).toBe(false);
    expect(report.labels?.weightyToPerson).toBeLessThan(0.95);
  });

  it("shows the weighty share within each topic", () => {
    const records = [rec("How do I pay by card?", "billing"), rec("I can't pay, I lost my job.", "billing")];
    const report = analyzeInquiries(records, engine, t);
    expect(report.topics.find((x) => x.topic === "billing")?.weightyShare).toBe(0.5);
  });

  it("the HTML report is self-contained: inline charts, nothing fetched", () => {
    const records = [...Array.from({ length: 7 }, (_, k) => routine(k)), ...Array.from({ length: 3 }, (_, k) => weighty(k))];
    const html = renderReportHtml(analyzeInquiries(records, engine, t), "past <inquiries>.csv", "2026-01-01 10:00");
    expect(html).toContain("<svg");
    expect(html).not.toMatch(/<script|src="http|href="http|@import/);
    expect(html).toContain("past &lt;inquiries&gt;.csv");
  });
});
