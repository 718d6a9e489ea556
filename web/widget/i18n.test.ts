import { describe, expect, it } from "vitest";
import { fill, pickLanguage, textsFor } from "./i18n.ts";

const LANGUAGES = ["en", "sv", "de", "fr", "es", "nl", "pl", "it", "fi", "da", "no", "pt"];

describe("widget texts", () => {
  it("the browser's first supported language wins, regional tags included", () => {
    expect(pickLanguage(["sv-SE", "en"])).toBe("sv");
    expect(pickLanguage(["ja", "de-AT"])).toBe("de");
    expect(pickLanguage(["nb-NO"])).toBe("no");
    expect(pickLanguage(["pt_BR"])).toBe("pt");
  });

  it("a language we do not speak falls back to English", () => {
    expect(pickLanguage(["ja-JP"])).toBe("en");
    expect(pickLanguage([])).toBe("en");
  });

  it("every language has every text, translated and with its placeholders", () => {
    const english = textsFor("en");
    for (const lang of LANGUAGES) {
      const texts = textsFor(lang);
      for (const [key, value] of Object.entries(texts)) {
        expect(value.trim(), `${lang}.${key}`).not.toBe("");
        const placeholders = english[key as keyof typeof english].match(/\{\w+\}/g) ?? [];
        for (const p of placeholders) expect(value, `${lang}.${key}`).toContain(p);
      }
      if (lang !== "en") expect(texts.person, lang).not.toBe(english.person);
      if (lang !== "en") expect(texts.callMe, lang).not.toBe(english.callMe);
    }
  });

  it("fills placeholders", () => {
    expect(fill(textsFor("sv").personNamed, { name: "Maja" })).toBe("En människa (Maja)");
    expect(fill(textsFor("de").stars, { n: 4 })).toBe("4 von 5");
    expect(fill(textsFor("fr").cbDone, { due: "lundi 17:00" })).toContain("lundi 17:00");
  });
});
