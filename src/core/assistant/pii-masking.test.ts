import { describe, expect, it } from "vitest";
import { luhnValid, maskPersonalData } from "./pii-masking.ts";

describe("card numbers", () => {
  it("a Luhn-valid card number is masked however it is grouped", () => {
    expect(maskPersonalData("my card is 4111 1111 1111 1111, please check")).toBe("my card is [card], please check");
    expect(maskPersonalData("Karte 4111-1111-1111-1111")).toBe("Karte [card]");
    expect(maskPersonalData("kortnummer 5555555555554444")).toBe("kortnummer [card]");
  });
  it("a sixteen-digit number that fails the Luhn check is not called a card", () => {
    expect(luhnValid("4111111111111112")).toBe(false);
    expect(maskPersonalData("reference 4111111111111112")).not.toContain("[card]");
  });
});

describe("IBANs", () => {
  it("is masked with or without spaces, in any country's format", () => {
    expect(maskPersonalData("IBAN: DE89 3704 0044 0532 0130 00")).toBe("IBAN: [iban]");
    expect(maskPersonalData("mitt konto SE4550000000058398257466 tack")).toBe("mitt konto [iban] tack");
    expect(maskPersonalData("rekening nl91abna0417164300")).toBe("rekening [iban]");
    expect(maskPersonalData("PL61 1090 1014 0000 0712 1981 2874")).toBe("[iban]");
  });
});

describe("e-mail addresses", () => {
  it("is masked, including unusual but valid addresses", () => {
    expect(maskPersonalData("write to anna.berg+bills@example.co.uk now")).toBe("write to [email] now");
    expect(maskPersonalData("mejl: jörgen_ö@exempel.se")).toBe("mejl: [email]");
  });
});

describe("phone numbers", () => {
  const phones: Array<[string, string]> = [
    ["en", "call me on +44 20 7946 0958"],
    ["sv", "ring mig på 070-123 45 67"],
    ["de", "Rückruf bitte unter 0049 30 12345678"],
    ["fr", "mon numéro est le 06 12 34 56 78"],
    ["pl", "proszę dzwonić: +48 601 234 567"],
    ["fi", "soita numeroon 040 123 4567"],
  ];
  for (const [language, text] of phones) {
    it(`is masked in "${text}" (${language})`, () => {
      const masked = maskPersonalData(text);
      expect(masked).toContain("[phone]");
      expect(masked).not.toMatch(/\d{3}/);
    });
  }
  it("dates, times, amounts and short numbers are left alone", () => {
    const text = "On 12.03.2026 between 08:00-18:00 I paid 1 250,00 kr for order 105, due 2026-04-01.";
    expect(maskPersonalData(text)).toBe(text);
  });
});

it("several kinds in one message are all masked, and the rest is untouched", () => {
  expect(maskPersonalData("I'm anna@example.com, card 4111111111111111, IBAN GB82WEST12345698765432, phone 0701234567. Refund me!")).toBe(
    "I'm [email], card [card], IBAN [iban], phone [phone]. Refund me!",
  );
});
