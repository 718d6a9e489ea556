import { describe, expect, it } from "vitest";
import { tokenize } from "./normalise.ts";
import { PhraseMatcher } from "./phrase-matcher.ts";

const matcher = (phrase: string, negatable = false) => new PhraseMatcher([{ signal: "s", phrase, strength: 1, negatable }]);
const hits = (phrase: string, text: string, negators: string[] = []) => matcher(phrase).match(tokenize(text), new Set(negators)).length;

describe("phrase syntax", () => {
  it("alternatives match any of the words", () => {
    expect(hits("speak|talk to", "can I talk to you")).toBe(1);
    expect(hits("speak|talk to", "can I walk to you")).toBe(0);
  });

  it("an optional word may be there or not", () => {
    expect(hits("talk to a|an? real person", "talk to a real person")).toBe(1);
    expect(hits("talk to a|an? real person", "talk to real person")).toBe(1);
  });

  it("a star matches a prefix, stars on both sides a part of a compound", () => {
    expect(hits("worr*", "I am worried")).toBe(1);
    expect(hits("*inkasso*", "ein Inkassobüro schrieb")).toBe(1);
  });

  it("a gap skips up to three words, a long gap up to six", () => {
    expect(hits("speak .. person", "speak to a real person")).toBe(1);
    expect(hits("speak .. person", "speak to a very nice real person")).toBe(0);
    expect(hits("speak ... person", "speak to a very nice real person")).toBe(1);
  });

  it("underscores join words into one alternative", () => {
    expect(hits("dont|do_not know", "I do not know")).toBe(1);
    expect(hits("dont|do_not know", "I dont know")).toBe(1);
    expect(hits("dont|do_not know", "I do know")).toBe(0);
  });

  it("#num matches any number", () => {
    expect(hits("dont have #num", "I simply don't have £600")).toBe(1);
    expect(hits("dont have #num", "I don't have time")).toBe(0);
  });

  it("phrases are written with natural spelling and match folded text", () => {
    expect(hits("människa", "en manniska")).toBe(1);
  });

  it("a negation just before a negatable phrase marks it negated", () => {
    const m = matcher("angry", true);
    expect(m.match(tokenize("I am not angry"), new Set(["not"]))[0]?.negated).toBe(true);
    expect(m.match(tokenize("not that I mind, but I am angry"), new Set(["not"]))[0]?.negated).toBe(false);
  });

  it("rejects phrases it cannot read", () => {
    expect(() => matcher("a* thing")).toThrow(/3\+ letters/);
    expect(() => matcher(".. person")).toThrow(/required word/);
  });
});
