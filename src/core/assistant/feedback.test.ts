import { describe, expect, it } from "vitest";
import { isNegativeFeedback } from "./feedback.ts";

describe("didn't-help replies", () => {
  it.each([
    ["no", "en"],
    ["No, that didn't help.", "en"],
    ["nej", "sv"],
    ["Das hilft mir nicht", "de"],
    ["non", "fr"],
    ["no me ha ayudado", "es"],
    ["nee, heeft niet geholpen", "nl"],
    ["nie pomogło", "pl"],
    ["ei auttanut", "fi"],
    ["não ajudou", "pt"],
  ])("recognises %j (%s)", (text) => {
    expect(isNegativeFeedback(text)).toBe(true);
  });

  it("does not take a new question that starts with 'no' as feedback", () => {
    expect(isNegativeFeedback("No problem, but how do I change my tariff when I move house next month?")).toBe(false);
  });

  it("does not take a thank-you as feedback", () => {
    expect(isNegativeFeedback("thanks, that answered it")).toBe(false);
    expect(isNegativeFeedback("tack!")).toBe(false);
  });
});
