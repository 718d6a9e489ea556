import { describe, expect, it } from "vitest";
import { triageLanguageHint } from "./language-hint.ts";

describe("which language hint triage gets", () => {
  it("lets the customer's own words decide when there are enough of them", () => {
    expect(triageLanguageHint("Jag vill prata med en människa", "en")).toBeUndefined();
  });

  it("keeps the browser's language for a message too short to tell", () => {
    expect(triageLanguageHint("hej!", "sv")).toBe("sv");
    expect(triageLanguageHint("ok thanks", "en")).toBe("en");
  });
});
