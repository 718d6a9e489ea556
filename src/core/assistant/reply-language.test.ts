import { describe, expect, it } from "vitest";
import { detectReplyLanguage } from "./reply-language.ts";

describe("a reply in the customer's language passes", () => {
  const replies: Array<[string, string]> = [
    ["en", "You can submit a meter reading in the app or on the My Account page at any time."],
    ["pl", "Odczyt licznika można przekazać w aplikacji lub na stronie Moje konto w dowolnym momencie."],
    ["fi", "Voit ilmoittaa mittarilukeman sovelluksessa tai Oma tili -sivulla milloin tahansa."],
    ["pt", "Pode enviar a leitura do contador na aplicação ou na página A minha conta a qualquer momento."],
  ];
  for (const [language, text] of replies) it(`${language}`, () => expect(detectReplyLanguage(text, language)).toEqual({ ok: true }));
  it("Danish for a Norwegian customer (written almost alike)", () =>
    expect(detectReplyLanguage("Du kan indsende en måleraflæsning i appen eller på siden Min konto når som helst.", "no")).toEqual({ ok: true }));
  it("a reply too short to tell", () => expect(detectReplyLanguage("Ja, i appen. [1]", "de")).toEqual({ ok: true }));
});

describe("a reply in another language is caught", () => {
  it("German for a Polish customer", () => {
    const result = detectReplyLanguage("Sie können Ihren Zählerstand jederzeit in der App oder auf der Seite Mein Konto eingeben.", "pl");
    expect(result).toEqual({ ok: false, problem: "the answer is in de, the customer wrote in pl" });
  });
  it("English for a Spanish customer", () =>
    expect(detectReplyLanguage("You can submit a meter reading in the app or on the My Account page at any time.", "es").ok).toBe(false));
});
