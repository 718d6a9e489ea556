import { describe, expect, it } from "vitest";
import { bestPassage } from "./passage.ts";

const OPENING_HOURS = [
  "Our customer service is open Monday to Friday 8:00 to 18:00 and Saturday 9:00 to 13:00.",
  "",
  "For a power cut, call the network operator, which is open 24 hours a day.",
].join("\n");

describe("the passage the assistant quotes", () => {
  it("starts from the lead paragraph when a later side note shares more words with the question", () => {
    const passage = bestPassage(OPENING_HOURS, "What are your opening hours?", "en");
    expect(passage.startsWith("Our customer service is open Monday to Friday")).toBe(true);
  });

  it("is always one verbatim slice of the article", () => {
    const passage = bestPassage(OPENING_HOURS, "What are your opening hours?", "en");
    expect(OPENING_HOURS.includes(passage)).toBe(true);
  });

  it("quotes only the paragraph that answers when the lead says nothing about the question", () => {
    const body = ["Welcome to our help pages.", "", "Refunds of a credit balance are paid to your bank account within 10 days."].join("\n");
    expect(bestPassage(body, "when is my credit balance refunded", "en")).toBe(
      "Refunds of a credit balance are paid to your bank account within 10 days.",
    );
  });
});
