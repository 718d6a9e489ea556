import { describe, expect, it } from "vitest";
import { fold, tokenize } from "./normalise.ts";

describe("tokenize", () => {
  it("lower-cases and strips diacritics so typed-without-accents text matches", () => {
    expect(tokenize("Wściekliźnie PIÙ Mätarställning")).toEqual(["wsciekliznie", "piu", "matarstallning"]);
  });

  it("folds letters that have no combining form", () => {
    expect(tokenize("Straße łódź Søren Æble")).toEqual(["strasse", "lodz", "soren", "aeble"]);
  });

  it("joins English contractions, with straight or curly apostrophes", () => {
    expect(tokenize("I don't know, I’m scared, we've tried")).toEqual(["i", "dont", "know", "im", "scared", "weve", "tried"]);
  });

  it("splits French and Italian elisions", () => {
    expect(tokenize("l'hôtel, quelqu'un, un'altra")).toEqual(["l", "hotel", "quelqu", "un", "un", "altra"]);
  });

  it("treats emoji, punctuation and symbols as separators", () => {
    expect(tokenize("£15.99 TWICE!!! 😅 ok")).toEqual(["15", "99", "twice", "ok"]);
  });

  it("fold gives the tokens joined by spaces", () => {
    expect(fold("Don't  STOP")).toBe("dont stop");
  });
});
