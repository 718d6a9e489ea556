import { describe, expect, it } from "vitest";
import type { SupportedLanguage } from "../../languages.ts";
import { extractFacts, parseNumber } from "./facts.ts";

const keys = (text: string, language: SupportedLanguage = "en") => extractFacts(text, [language, "en"]).flatMap((f) => f.keys.map((k) => `${f.kind}:${k}`));

describe("figures written any way read the same", () => {
  it("thousands separators and decimals", () => {
    expect([parseNumber("1,000"), parseNumber("1.000"), parseNumber("1 000"), parseNumber("1000")]).toEqual([1000, 1000, 1000, 1000]);
    expect([parseNumber("10,5"), parseNumber("10.5"), parseNumber("1.234,56")]).toEqual([10.5, 10.5, 1234.56]);
  });
  it("an amount, with the currency before or after, as a symbol, code or word", () => {
    for (const text of ["€50", "50 €", "50 EUR", "EUR 50", "fifty euros"]) expect(keys(text)).toEqual(["amount:50 EUR"]);
    expect(keys("250:-", "sv")).toEqual(["amount:250 KR"]);
    expect(keys("200 zł", "pl")).toEqual(["amount:200 PLN"]);
  });
  it("number words, compounds included, in several languages", () => {
    const cases: Array<[SupportedLanguage, string, string]> = [
      ["en", "twenty-four hours", "time limit:1440 minute"],
      ["de", "vierundzwanzig Stunden", "time limit:1440 minute"],
      ["sv", "tjugofyra timmar", "time limit:1440 minute"],
      ["da", "fireogtyve timer", "time limit:1440 minute"],
      ["nl", "vierentwintig uur", "time limit:1440 minute"],
      ["fi", "kaksikymmentäneljä tuntia", "time limit:1440 minute"],
      ["fr", "quatre-vingt-dix jours", "time limit:90 day"],
      ["pt", "vinte e quatro horas", "time limit:1440 minute"],
      ["pl", "dwadzieścia cztery godziny", "time limit:1440 minute"],
      ["es", "veinticuatro horas", "time limit:1440 minute"],
      ["it", "ventiquattro ore", "time limit:1440 minute"],
      ["en", "two hundred and fifty pounds", "amount:250 GBP"],
    ];
    for (const [language, text, key] of cases) expect(keys(text, language), `${language}: ${text}`).toEqual([key]);
  });
  it("working days are not days, in every language", () => {
    expect(keys("3 working days")).toEqual(["time limit:3 working day"]);
    expect(keys("3 Werktage", "de")).toEqual(["time limit:3 working day"]);
    expect(keys("3 jours ouvrés", "fr")).toEqual(["time limit:3 working day"]);
    expect(keys("3 dias úteis", "pt")).toEqual(["time limit:3 working day"]);
    expect(keys("3 days")).toEqual(["time limit:3 day"]);
  });
  it("a time limit counted in another unit is the same limit", () => {
    expect(keys("two weeks")).toEqual(keys("14 days"));
    expect(keys("a fortnight")).toEqual(keys("14 days"));
    expect(keys("half an hour")).toEqual(["time limit:30 minute"]);
    expect(keys("30 minutes")).toEqual(keys("30 Minuten", "de"));
    expect(keys("ett år", "sv")).toEqual(keys("12 months"));
  });
  it("clock times in 24-hour and am/pm form", () => {
    expect(keys("8am")).toEqual(["time:8:00"]);
    expect(keys("6 pm")).toEqual(["time:18:00"]);
    expect(keys("18.00", "de")).toEqual(["time:18:00"]);
  });
  it("dates, read both day-first and month-first when ambiguous", () => {
    expect(keys("2026-03-05")).toEqual(["date:2026-3-5"]);
    expect(keys("05/03/2026")).toEqual(["date:2026-3-5", "date:2026-5-3"]);
  });
  it("contact details, normalised", () => {
    expect(keys("Ring 0800-123 45 67", "sv")).toEqual(["phone number:08001234567"]);
    expect(keys("Mail HELP@Example.com or see https://www.example.com/help/.")).toEqual(["e-mail address:help@example.com", "web address:example.com/help"]);
  });
});

describe("words that are not numbers stay words", () => {
  it("indefinite articles are not 'one' (except before a time unit)", () => {
    expect(keys("Ein Konto, un compte, en faktura, een rekening", "de")).toEqual([]);
    expect(keys("within a week")).toEqual(["time limit:7 day"]);
  });
  it("'to' is a number in Danish only, 'due' in Italian only", () => {
    expect(keys("Pay the bill to us, it is due soon")).toEqual([]);
    expect(keys("om to dage", "da")).toEqual(["time limit:2 day"]);
    expect(keys("entro due giorni", "it")).toEqual(["time limit:2 day"]);
  });
  it("Polish 'ten' (this) is not English 'ten'", () => expect(keys("ten rachunek", "pl")).toEqual([]));
});
