import { describe, expect, it } from "vitest";
import { csvRowToRecord, parseInquiryLine } from "./inquiry-input.ts";

describe("reading inquiry lines", () => {
  it("a malformed line is an error naming its line number", () => {
    const r = parseInquiryLine("{not json", 7);
    expect(r.kind).toBe("error");
    expect(r.kind === "error" && r.message).toMatch(/^line 7: not valid JSON/);
  });

  it("empty text is a clear error, not a decision", () => {
    const r = parseInquiryLine('{"id":"x","text":"   "}', 3);
    expect(r.kind === "error" && r.message).toMatch(/line 3 \(id x\): text is empty/);
  });

  it("a missing id gets one generated from the line number", () => {
    const r = parseInquiryLine('{"text":"hello"}', 12);
    expect(r.kind === "ok" && r.record.id).toBe("line-12");
  });

  it("keeps unknown history types and drops entries that are not events", () => {
    const r = parseInquiryLine('{"id":"a","text":"hi","history":[{"type":"new_thing","daysAgo":1},42,null]}', 1);
    expect(r.kind === "ok" && r.record.input.history).toEqual([{ type: "new_thing", daysAgo: 1 }]);
  });

  it("reads labels as weighty or routine", () => {
    const weighty = parseInquiryLine('{"id":"a","text":"hi","label":"sensitive"}', 1);
    const routine = parseInquiryLine('{"id":"b","text":"hi","label":"routine"}', 2);
    expect(weighty.kind === "ok" && weighty.record.weighty).toBe(true);
    expect(routine.kind === "ok" && routine.record.weighty).toBe(false);
  });

  it("a blank line is neither an inquiry nor an error", () => {
    expect(parseInquiryLine("   ", 4).kind).toBe("blank");
  });

  it("CSV rows accept common column names and a history column in JSON", () => {
    const r = csvRowToRecord(
      { Message: "Where is my order?", Topic: "orders", Label: "routine", history: '[{"type":"callback_missed","daysAgo":1}]' },
      2,
    );
    expect(r.kind).toBe("ok");
    if (r.kind !== "ok") return;
    expect(r.record.input.text).toBe("Where is my order?");
    expect(r.record.input.topic).toBe("orders");
    expect(r.record.weighty).toBe(false);
    expect(r.record.input.history).toEqual([{ type: "callback_missed", daysAgo: 1 }]);
  });
});
