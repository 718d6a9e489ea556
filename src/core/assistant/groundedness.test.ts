import { describe, expect, it } from "vitest";
import { checkGroundedness } from "./groundedness.ts";

const REFUND = {
  language: "en",
  text: "We refund credit balances to the bank account your direct debit is paid from, within 10 working days of your request.",
};
const HOURS = {
  language: "en",
  text: "Our customer service is open Monday to Friday 8:00 to 18:00 and Saturday 9:00 to 13:00. You can reach us by chat in the app, by phone on 0800 123 4567, or by email at help@nordvik-energy.example.",
};
const BILL = {
  language: "en",
  text: "Your bill is sent on the 1st of each month and is due 14 days later. A late payment costs €1,000.50 or 5% of the bill. There is no fee for paying by card.",
};
const UMZUG = { language: "de", text: "Die Schlussrechnung für die alte Adresse erhalten Sie innerhalb von vierzehn Tagen nach dem Umzugsdatum." };
const FAKTURA = { language: "sv", text: "Fakturan skickas den 1:a varje månad och förfaller till betalning 14 dagar senare." };

const passes = (answer: string, passages: Array<{ text: string; language: string }>, language = "en") =>
  expect(checkGroundedness(answer, passages, { language })).toEqual({ ok: true });
const fails = (answer: string, passages: Array<{ text: string; language: string }>, language = "en") => {
  const result = checkGroundedness(answer, passages, { language });
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
};

describe("an answer that only repeats what the passages say passes", () => {
  it("the passage itself, verbatim", () => passes(REFUND.text, [REFUND]));
  it("a paraphrase with the same time limit and promise", () => passes("We will refund your credit within 10 working days.", [REFUND]));
  it("a bare figure the passage states with its unit", () => passes("It takes 10 working days; the 10 are counted from your request.", [REFUND]));
  it("contact details written differently", () =>
    passes("Call 0800-123-4567 or write to HELP@nordvik-energy.example, Monday to Friday from 8am to 6pm.", [HOURS]));
  it("number words for digits and digits for number words", () => {
    passes("The bill is due fourteen days later.", [BILL]);
    passes("Sie erhalten die Schlussrechnung innerhalb von 14 Tagen.", [UMZUG], "de");
  });
  it("thousands separators and currency written either way", () => {
    passes("A late payment costs 1000.50 EUR.", [BILL]);
    passes("Une pénalité de retard coûte 1 000,50 € ou 5 %.", [BILL], "fr");
  });
  it("a translation into the customer's language keeps the passage's figures and weekdays", () => {
    passes("Kundtjänst har öppet måndag till fredag 8:00–18:00. Ring 0800 123 4567.", [HOURS], "sv");
    passes("Der Kundenservice ist montags bis freitags von 8:00 bis 18:00 erreichbar.", [HOURS], "de");
    passes("Il servizio clienti è aperto dal lunedì al venerdì, dalle 8:00 alle 18:00.", [HOURS], "it");
    passes("Rachunek jest wysyłany 1. dnia miesiąca, termin płatności to 14 dni później.", [BILL], "pl");
    passes("Fakturaen sendes den 1. i hver måned og skal betales 14 dage senere.", [FAKTURA], "da");
  });
  it("a promise the passage makes, in another language", () => passes("Vi återbetalar ditt tillgodohavande inom 10 arbetsdagar.", [REFUND], "sv"));
  it("a statement with no figures or promises", () => passes("You can pay in the app.", [BILL]));
  it("an English 'may' that is not a month", () =>
    passes("We may ask you for proof of the change.", [{ language: "en", text: "We may ask for proof of the change before we update the account." }]));
});

describe("an invented figure is blocked", () => {
  it("an amount", () => expect(fails("Your refund of €50 will arrive soon.", [REFUND]).join()).toContain("€50"));
  it("the same figure in another currency", () => expect(fails("A late payment costs £1,000.50.", [BILL]).join()).toContain("amount"));
  it("a percentage", () => expect(fails("You get 10% back.", [BILL]).join()).toContain("10%"));
  it("a time limit with a different unit", () => {
    expect(fails("We refund within 10 days.", [REFUND]).join()).toContain("10 days");
    expect(fails("We refund within 10 weeks.", [REFUND]).join()).toContain("time limit");
  });
  it("a time limit written in words", () => {
    fails("We refund within three working days.", [REFUND]);
    fails("Wir erstatten innerhalb von drei Werktagen.", [REFUND], "de");
    fails("Zwracamy w ciągu trzech dni roboczych.", [REFUND], "pl");
    fails("Palautamme rahat viiden arkipäivän kuluessa.", [REFUND], "fi");
  });
  it("a time limit with an article for 'one'", () => {
    fails("We refund within a week.", [REFUND]);
    fails("Vi betalar tillbaka inom en vecka.", [REFUND], "sv");
    fails("Nous remboursons sous un mois.", [REFUND], "fr");
  });
  it("a bare number", () => fails("You can use it on one device.", [REFUND]));
  it("a compound number word", () => {
    fails("Die Rechnung ist vierundzwanzig Tage später fällig.", [BILL], "de");
    fails("Fakturan förfaller tjugofyra dagar senare.", [FAKTURA], "sv");
    fails("La factura vence veinticuatro días después.", [BILL], "es");
  });
  it("a date", () => {
    fails("Your bill is due on 2026-03-15.", [BILL]);
    fails("La facture est due le 15/03/2026.", [BILL], "fr");
  });
  it("a clock time", () => fails("We are open until 20:00.", [HOURS]));
  it("a weekday or a month", () => {
    expect(fails("We are also open on Sunday.", [HOURS]).join()).toContain("Sunday");
    fails("Wir haben auch sonntags geöffnet.", [HOURS], "de");
    fails("Your bill is sent every January.", [BILL]);
    fails("Laskut lähetetään joulukuussa.", [BILL], "fi");
    fails("The new prices start on May 1st.", [BILL]);
  });
  it("a phone number, e-mail address or web address", () => {
    fails("Call us on 0800 999 0000.", [HOURS]);
    fails("Write to refunds@nordvik-energy.example.", [HOURS]);
    fails("See https://nordvik-refunds.example/claim for details.", [HOURS]);
    fails("See nordvik-refunds.com for details.", [HOURS]);
    fails("[Open your account](javascript:alert(document.cookie))", [HOURS]);
  });
});

describe("a promise or entitlement the passages do not make is blocked", () => {
  const cases: Array<[string, string]> = [
    ["en", "Your refund has been approved."],
    ["en", "You are entitled to compensation for the delay."],
    ["en", "We guarantee your price for two years."],
    ["en", "This is free of charge for you."],
    ["en", "We will waive the late fee."],
    ["en", "As a goodwill gesture we will credit your account."],
    ["en", "I have cancelled your contract."],
    ["sv", "Din återbetalning är godkänd."],
    ["de", "Ihre Erstattung wurde genehmigt."],
    ["fr", "Vous avez droit à une indemnisation."],
    ["es", "Su reembolso ha sido aprobado."],
    ["nl", "U heeft recht op een schadevergoeding."],
    ["pl", "Przysługuje Panu rekompensata."],
    ["it", "Il rimborso è stato approvato."],
    ["fi", "Hyvityksesi on hyväksytty."],
    ["da", "Din tilbagebetaling er godkendt."],
    ["no", "Du har rett til kompensasjon."],
    ["pt", "O seu reembolso foi aprovado."],
  ];
  for (const [language, answer] of cases) {
    it(`"${answer}" (${language})`, () => {
      const problems = fails(answer, [HOURS], language);
      expect(problems.some((p) => p.startsWith("promise"))).toBe(true);
    });
  }

  it("a promise grounded in one passage does not carry over to a different commitment", () => {
    // The passage promises a refund of credit; it approves nothing.
    fails("Your refund is approved and we will refund within 10 working days.", [REFUND]);
  });

  it("an invented restriction", () => fails("You can use the app on your phone only.", [HOURS]));

  it("'no fee for changing' does not ground 'the first month is free'", () => {
    const TARIFF = { language: "en", text: "A change takes effect from the first day of the next month. There is no fee for changing from Variable to a fixed tariff." };
    passes("There is no fee for changing to a fixed tariff; it applies from the first day of the next month.", [TARIFF]);
    fails("Your first month is free.", [TARIFF]);
    fails("Saat ensimmäisen kuukauden ilmaiseksi.", [TARIFF], "fi");
    fails("Le premier mois est offert.", [TARIFF], "fr");
  });

  it("a refund promise in any tense", () => {
    fails("Nordvik le devuelve el dinero.", [HOURS], "es");
    fails("A Nordvik devolve o dinheiro.", [HOURS], "pt");
  });
});

describe("a sentence the passages do not support is blocked when both share a language", () => {
  const CONTRACT = { language: "en", text: "You can change tariff in the app under My tariff. A change takes effect from the first day of the next month." };
  it("an invented rule with no figure or promise word", () => {
    const problems = fails("You can cancel your contract at any time without notice.", [CONTRACT]);
    expect(problems.join()).toContain("new words");
  });
  it("an invented rule in German, against a German passage", () =>
    fails("Sie dürfen Ihren Vertrag jederzeit ohne Kündigungsfrist beenden.", [UMZUG], "de"));
  it("a close paraphrase passes, and so does politeness", () => {
    passes("Thanks for your question! You can change your tariff in the app, under My tariff; the change applies from the first day of the next month.", [CONTRACT]);
  });
  it("a translation is not judged by its words (only by its figures and promises)", () =>
    passes("Du kan byta tariff i appen under Min tariff.", [CONTRACT], "sv"));
});

describe("a time commitment without a figure is blocked", () => {
  const cases: Array<[string, string]> = [
    ["en", "The money will be in your account today."],
    ["sv", "Pengarna kommer i morgon."],
    ["de", "Wir überweisen das Geld sofort."],
    ["es", "Le devolvemos el saldo hoy."],
    ["fi", "Rahat ovat tililläsi huomenna."],
  ];
  for (const [language, answer] of cases) it(`"${answer}" (${language})`, () => fails(answer, [REFUND], language));
});

describe("what the check cannot read, it does not let through", () => {
  it("digits of another script", () => expect(fails("We refund within ١٤ days.", [REFUND]).join()).toContain("cannot read"));
  it("a promise word spelt with a look-alike Cyrillic letter", () => fails("Your refund is \u0430pproved.", [REFUND]));
  it("a promise word split by an invisible character", () => fails("Your refund is appr\u200Boved.", [REFUND]));
});

it("markup the passages do not contain is blocked", () => {
  expect(fails('You can pay in the app. <img src="x" onerror="steal()">', [BILL]).join()).toContain("markup");
  fails("You can pay in the app. <!-- hidden -->", [BILL]);
});

describe("a vague or relative time limit is a time limit", () => {
  it("'a few days' and 'next week'", () => {
    fails("We refund within a few days.", [REFUND]);
    fails("Vi återbetalar inom några dagar.", [REFUND], "sv");
    fails("Sie erhalten das Geld nächste Woche.", [REFUND], "de");
  });
  it("grounded when the passage says it", () =>
    passes("A change takes effect from the first day of the next month.", [{ language: "en", text: "A change takes effect from the first day of the next month." }]));
});

describe("without citations there is nothing to ground in", () => {
  it("no passage at all fails", () => expect(checkGroundedness("You can pay in the app.", [])).toEqual({ ok: false, problems: ["the answer cites no passage"] }));
  it("empty passages fail", () => expect(checkGroundedness("You can pay in the app.", [" "]).ok).toBe(false));
  it("plain strings work as passages", () => expect(checkGroundedness("It is due 14 days later.", [BILL.text]).ok).toBe(true));
});

describe("layout is not a claim", () => {
  it("numbered steps", () => passes("1. Open the app.\n2. Choose Payments.\n3. Pay by card.", [BILL]));
  it("markdown emphasis around a grounded figure", () => passes("The bill is due **14 days** later.", [BILL]));
});
