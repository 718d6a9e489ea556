import { describe, expect, it } from "vitest";
import { buildKnowledgeIndex, DEFAULT_ANSWER_THRESHOLD } from "./build-knowledge-index.ts";
import { buildExamplesKnowledgeBase } from "./examples-knowledge-base.ts";
import { article, loadSampleKnowledgeBase } from "./testing/sample-kb.ts";

const sample = buildKnowledgeIndex(loadSampleKnowledgeBase());
const top = (query: string, language?: string) => sample.match(query, { language, limit: 3 })[0];

describe("matching the sample knowledge base", () => {
  it.each([
    ["how do I send you my meter reading", "meter-readings"],
    ["when is my bill due", "paying-your-bill"],
    ["the power is out in the whole street", "power-cut"],
    ["can I get my credit refunded", "credit-balance-refund"],
    ["I want to change the day my direct debit is taken", "direct-debit"],
    ["what time do you open on saturday", "opening-hours-contact"],
    ["I'm moving to a new flat in May", "moving-home"],
  ])("answers %j with %s, confidently", (query, slug) => {
    const match = top(query, "en");
    expect(match?.article.slug).toBe(slug);
    expect(match!.score).toBeGreaterThanOrEqual(DEFAULT_ANSWER_THRESHOLD);
  });

  it("still finds the article through typos", () => {
    expect(top("how do i submitt my meeter reding")?.article.slug).toBe("meter-readings");
  });

  it("answers Swedish questions with the Swedish article, even without diacritics", () => {
    expect(top("Var lämnar jag mätarställningen?", "sv")?.article.slug).toBe("matarstallning-sv");
    expect(top("nar forfaller fakturan", "sv")?.article.slug).toBe("faktura-betalning-sv");
  });

  it("answers a German question about moving with the German article", () => {
    expect(top("Ich ziehe nächsten Monat um, was muss ich machen?", "de")?.article.slug).toBe("umzug-de");
  });

  it("puts the article in the customer's language first when two languages cover the question", () => {
    const index = buildKnowledgeIndex([
      article({ language: "en", title: "Contact Nordvik", body: "Chat with Nordvik in the app.", sampleQuestions: ["How do I contact Nordvik?"] }, 1),
      article({ language: "sv", title: "Kontakta Nordvik", body: "Chatta med Nordvik i appen.", sampleQuestions: ["Hur kontaktar jag Nordvik?"] }, 2),
    ]);
    expect(index.match("Nordvik", { language: "sv" })[0]?.article.language).toBe("sv");
    expect(index.match("Nordvik", { language: "en" })[0]?.article.language).toBe("en");
    expect(index.match("Nordvik", { language: "sv-SE" })[0]?.article.language).toBe("sv");
  });

  it("is unsure about a question the articles do not cover", () => {
    const offTopic = [
      "what will the weather be in Paris tomorrow",
      "recommend a good pizza place",
      "what is your name",
      "how old are you",
      "I want to book a flight to London",
      "kan du boka en flygresa till Rom",
      "Wie spät ist es gerade in Tokio?",
      "Quel temps fera-t-il demain à Lyon ?",
    ];
    for (const query of offTopic) {
      const match = top(query);
      expect(match === undefined || match.score < DEFAULT_ANSWER_THRESHOLD, query).toBe(true);
    }
  });

  it("keeps every confidence within [0, 1] and ranks best first", () => {
    const matches = sample.match("bill payment direct debit refund", { limit: 5 });
    expect(matches.length).toBe(5);
    for (const m of matches) expect(m.score).toBeGreaterThanOrEqual(0);
    for (const m of matches) expect(m.score).toBeLessThanOrEqual(1);
    expect(matches.map((m) => m.score)).toEqual([...matches.map((m) => m.score)].sort((a, b) => b - a));
  });

  it("returns a verbatim passage that answers, not the whole article", () => {
    const match = top("how long does a bank transfer take to reach you");
    expect(match?.article.slug).toBe("paying-your-bill");
    expect(match!.article.body).toContain(match!.passage);
    expect(match!.passage).toMatch(/Bank transfers take up to 2 working days/);
    expect(match!.passage.length).toBeLessThan(match!.article.body.length);
  });

  it.each([
    ["can I change my direct debit date", "direct-debit", /collection date between the 1st and the 28th/],
    ["when will my refund arrive", "credit-balance-refund", /within 10 working days of your request/],
    ["what's your phone number", "opening-hours-contact", /0800 123 4567/],
  ])("quotes the paragraph that answers %j, not the article's opening", (query, slug, expected) => {
    const match = top(query, "en");
    expect(match?.article.slug).toBe(slug);
    expect(match!.passage).toMatch(expected);
  });

  it("narrows a very long paragraph to the sentences that answer, still verbatim", () => {
    const filler = "Our company has served the region since 1921 and values every customer. ".repeat(12);
    const body = `${filler}A refund of a credit balance is paid within 10 working days. ${filler}`;
    const index = buildKnowledgeIndex([article({ title: "About us and refunds", body, sampleQuestions: ["How fast is a refund paid?"] }, 1)]);
    const match = index.match("when is my credit balance refund paid", { limit: 1 })[0]!;
    expect(body).toContain(match.passage);
    expect(match.passage).toContain("A refund of a credit balance is paid within 10 working days.");
    expect(match.passage.length).toBeLessThanOrEqual(700);
  });

  it("returns nothing for an empty query or an empty knowledge base", () => {
    expect(sample.match("   ")).toEqual([]);
    expect(sample.match("?!? 😀")).toEqual([]);
    expect(buildKnowledgeIndex([]).match("hello")).toEqual([]);
    expect(buildKnowledgeIndex([]).size).toBe(0);
  });

  it("finds an article that has no sample questions by its body, beside articles that have many", () => {
    const articles = [
      ...loadSampleKnowledgeBase(),
      article({ title: "Heat pumps", body: "A heat pump uses less electricity than direct heating. We offer a discount tariff for homes with a heat pump." }, 99),
    ];
    const match = buildKnowledgeIndex(articles).match("is there a cheaper price if I have a heat pump", { limit: 1 })[0];
    expect(match?.article.title).toBe("Heat pumps");
    expect(match!.score).toBeGreaterThanOrEqual(DEFAULT_ANSWER_THRESHOLD);
  });

  it("leaves retired articles out", () => {
    const index = buildKnowledgeIndex([
      article({ title: "Opening hours", body: "We are open 8 to 18.", retired: true }, 1),
      article({ title: "Power cut", body: "Call 105." }, 2),
    ]);
    expect(index.size).toBe(1);
    expect(index.match("opening hours").every((m) => m.article.title !== "Opening hours")).toBe(true);
  });
});

describe("matching in the twelve languages", () => {
  const articles = [
    article({ language: "fr", title: "Horaires d'ouverture", body: "Notre service client est ouvert du lundi au vendredi de 8h à 18h.", sampleQuestions: ["Quand êtes-vous ouverts ?"] }, 1),
    article({ language: "fr", title: "Rembourser un trop-perçu", body: "Nous remboursons le solde créditeur sous 10 jours ouvrés.", sampleQuestions: ["Comment obtenir le remboursement de mon crédit ?"] }, 2),
    article({ language: "es", title: "Pagar la factura", body: "Puede pagar sus facturas por domiciliación bancaria o con tarjeta.", sampleQuestions: ["¿Cómo pago mi factura?"] }, 3),
    article({ language: "nl", title: "Meterstand doorgeven", body: "U geeft uw meterstand door in de app.", sampleQuestions: ["Hoe geef ik mijn meterstand door?"] }, 4),
    article({ language: "pl", title: "Zgłoszenie awarii prądu", body: "Awarię zasilania zgłoś pod numerem 991.", sampleQuestions: ["Nie mam prądu, co robić?"] }, 5),
    article({ language: "it", title: "Cambiare tariffa", body: "Può cambiare tariffa nell'app, dal mese successivo.", sampleQuestions: ["Come cambio la mia tariffa?"] }, 6),
    article({ language: "fi", title: "Muutto", body: "Ilmoita muutosta sovelluksessa vähintään kaksi päivää etukäteen.", sampleQuestions: ["Miten ilmoitan muutosta?"] }, 7),
    article({ language: "da", title: "Betalingsservice", body: "Tilmeld dine regninger til Betalingsservice i appen.", sampleQuestions: ["Hvordan tilmelder jeg betalingsservice?"] }, 8),
    article({ language: "no", title: "Strømbrudd", body: "Ved strømbrudd, ring nettselskapet ditt.", sampleQuestions: ["Hva gjør jeg ved strømbrudd?"] }, 9),
    article({ language: "pt", title: "Alterar dados pessoais", body: "Pode alterar o seu e-mail e telefone no perfil da aplicação.", sampleQuestions: ["Como altero o meu endereço de e-mail?"] }, 10),
    article({ language: "en", title: "Opening hours", body: "We are open Monday to Friday, 8 to 18.", sampleQuestions: ["When are you open?"] }, 11),
  ];
  const index = buildKnowledgeIndex(articles);

  it.each([
    ["fr", "vous êtes ouverts quand le samedi ?", "Horaires d'ouverture"],
    ["fr", "je voudrais être remboursé de mon solde", "Rembourser un trop-perçu"],
    ["es", "quiero pagar mis facturas con tarjeta", "Pagar la factura"],
    ["nl", "waar kan ik de meterstanden doorgeven", "Meterstand doorgeven"],
    ["pl", "zgłaszam awarię, nie ma prądu w domu", "Zgłoszenie awarii prądu"],
    ["it", "vorrei cambiare le tariffe", "Cambiare tariffa"],
    ["fi", "miten ilmoitan muutostani", "Muutto"],
    ["da", "hvordan tilmelder jeg mine regninger", "Betalingsservice"],
    ["no", "det er strømbrudd hjemme hos meg", "Strømbrudd"],
    ["pt", "quero alterar o meu telefone", "Alterar dados pessoais"],
  ])("answers a %s question (%j) with the %s article", (language, query, title) => {
    expect(index.match(query, { language })[0]?.article.title).toBe(title);
  });
});

describe("the benchmark knowledge base built from labelled examples", () => {
  const rows = [
    ...["where is my card", "my card has not arrived yet", "card still not delivered", "when will my card come"].map((text) => ({ text, category: "card_arrival" })),
    ...["what is the exchange rate", "how much is a euro in pounds", "exchange rates today", "which rate do you use to convert"].map((text) => ({ text, category: "exchange_rate" })),
    ...["I forgot my passcode", "reset my passcode please", "cannot remember my code to log in", "passcode lost"].map((text) => ({ text, category: "passcode_forgotten" })),
  ];

  it("makes one article per category, with its rows as sample questions", () => {
    const kb = buildExamplesKnowledgeBase(rows);
    expect(kb.map((a) => a.id)).toEqual(["card_arrival", "exchange_rate", "passcode_forgotten"]);
    expect(kb[0]!.sampleQuestions).toHaveLength(4);
  });

  it("trains a classifier that recognises unseen paraphrases", () => {
    const index = buildKnowledgeIndex(buildExamplesKnowledgeBase(rows));
    expect(index.match("my new card hasn't been delivered")[0]?.article.id).toBe("card_arrival");
    expect(index.match("I can't remember the passcode")[0]?.article.id).toBe("passcode_forgotten");
    expect(index.match("what rate to convert dollars")[0]?.article.id).toBe("exchange_rate");
  });
});
