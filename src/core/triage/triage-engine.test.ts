import { describe, expect, it } from "vitest";
import { createTriageEngine } from "./index.ts";
import type { TriageInput } from "./triage-engine.ts";

const engine = createTriageEngine();
const decide = (text: string, extra: Partial<TriageInput> = {}) => engine.decide({ text, history: [], ...extra });

describe("explicit requests for a person", () => {
  const requests: [string, string][] = [
    ["en", "can I speak to someone real please"],
    ["en", "operator please"],
    ["en", "Is there an actual human I can talk to about this?"],
    ["en", "Please transfer me to a manager."],
    ["sv", "jag vill prata med en människa"],
    ["de", "ich will mit einem Menschen sprechen"],
    ["fr", "Je voudrais parler à un conseiller, pas à un robot."],
    ["es", "Quiero hablar con un agente, por favor."],
    ["nl", "Kan ik met een medewerker spreken?"],
    ["pl", "Chcę porozmawiać z konsultantem."],
    ["it", "Posso parlare con un operatore?"],
    ["fi", "Haluaisin puhua oikean ihmisen kanssa."],
    ["da", "Jeg vil gerne tale med en medarbejder."],
    ["no", "Kan jeg få snakke med et menneske?"],
    ["pt", "Quero falar com um atendente, por favor."],
    ["en", "Representative."],
    ["en", "Can I have a callback please? Any time after 2."],
    ["sv", "Kan jag få bli uppringd?"],
    ["da", "Kan en af jeres medarbejdere kontakte mig?"],
  ];
  for (const [language, text] of requests) {
    it(`"${text}" (${language}) always goes to a person, first reason the request`, () => {
      const d = decide(text, { language });
      expect(d.route).toBe("human");
      expect(d.explicitRequest).toBe(true);
      expect(d.reasons[0]).toBe("asked for a person");
    });
  }

  it("a request is recognised without a language hint", () => {
    const d = decide("Jeg vil snakke med et menneske, ikke en robot.");
    expect(d.route).toBe("human");
    expect(["da", "no"]).toContain(d.language);
  });

  it("a tour cancelled by its operator is not a request for an operator", () => {
    expect(decide("Is the tour still on? I read one was cancelled by the operator.").explicitRequest).toBe(false);
  });
});

describe("affect", () => {
  it("anger with shouting goes to a person with the reason", () => {
    const d = decide("This is UNACCEPTABLE!!! You have charged me three times and I am furious.");
    expect(d.route).toBe("human");
    expect(d.reasons).toContain("anger");
  });

  it("a negated emotion is not counted: 'not angry, just confused' stays with the assistant", () => {
    expect(decide("Not angry, just confused - why does my bill say estimated?").route).toBe("ai");
  });

  it("negative words about the weather do not make a message weighty", () => {
    expect(decide("The weather has been awful so the heating was on a lot. Here is my meter reading: 04512.").route).toBe("ai");
  });

  it("a declined card with a practical question stays routine", () => {
    expect(decide("my card was declined, which one do I use?").route).toBe("ai");
  });

  it("fear and distress in German go to a person", () => {
    const d = decide("Ich habe große Angst, dass Sie mir den Strom abstellen. Ich weiß nicht, was ich tun soll.", { language: "de" });
    expect(d.route).toBe("human");
  });

  it("despair in Portuguese goes to a person", () => {
    expect(decide("Estou desesperada, não sei o que fazer com esta fatura.", { language: "pt" }).route).toBe("human");
  });
});

describe("life events and vulnerability", () => {
  const cases: [string, string][] = [
    ["en", "My husband passed away last month and the account is in his name."],
    ["sv", "Min mamma gick bort i förra veckan och jag behöver avsluta hennes abonnemang."],
    ["fr", "Mon père est décédé, je dois résilier son contrat."],
    ["it", "Ho perso il lavoro e non riesco a pagare la bolletta."],
    ["nl", "Ik ben mijn baan kwijt en kan de rekening niet betalen."],
    ["pl", "Straciłem pracę i nie mogę zapłacić rachunku."],
    ["es", "Me han diagnosticado cáncer y no podré viajar."],
    ["fi", "Perintätoimisto lähetti minulle kirjeen, enkä tiedä mitä tehdä."],
    ["no", "Faren min døde, og jeg må si opp avtalen hans."],
    ["da", "Jeg er blevet arbejdsløs og kan ikke betale regningen."],
    ["en", "The bailiffs are coming on Monday and I have nothing left."],
    ["en", "Someone hacked my account and used my card."],
  ];
  for (const [language, text] of cases) {
    it(`"${text}" (${language}) goes to a person though it is calmly worded`, () => {
      expect(decide(text, { language }).route).toBe("human");
    });
  }

  it("the firm's vulnerable flag alone sends a plain question to a person", () => {
    const d = decide("When is my next bill due?", { customer: { vulnerable: true } });
    expect(d.route).toBe("human");
    expect(d.reasons).toContain("customer flagged vulnerable");
  });

  it("'my phone died' is not a bereavement", () => {
    expect(decide("Sorry, my phone died halfway through the chat. Which tariff is cheapest for an EV?").route).toBe("ai");
  });
});

describe("stakes", () => {
  const cases = [
    "I have filed a chargeback with my bank for the payment you took after I cancelled.",
    "I want to make a formal complaint about the way I was treated on the phone.",
    "If this is not fixed by Friday I will take it to the ombudsman.",
    "My solicitor will be in touch about the damage to the car.",
    "Please close my account. After the way you handled my claim I never want to use you again.",
    "There is a payment on my statement I never authorised.",
  ];
  for (const text of cases) it(`"${text}" goes to a person`, () => expect(decide(text).route).toBe("human"));

  it("closing an account for a neutral reason stays with the assistant", () => {
    expect(decide("We are moving to Canada next month. Could you close the account from the 30th? Thanks for everything.").route).toBe("ai");
  });
});

describe("history", () => {
  it("a refund after three missed callbacks goes to a person", () => {
    const d = decide("Any news on my refund?", {
      history: [
        { type: "refund_pending", daysAgo: 20 },
        { type: "callback_missed", daysAgo: 9 },
        { type: "callback_missed", daysAgo: 5 },
        { type: "callback_missed", daysAgo: 2 },
      ],
    });
    expect(d.route).toBe("human");
    expect(d.reasons).toContain("callback missed");
    expect(d.reasons).toContain("refund overdue");
  });

  it("a refund after a smooth job is routine", () => {
    const d = decide("How long does a refund take to show on my card?", {
      history: [{ type: "order_delivered", daysAgo: 3 }, { type: "contact", daysAgo: 2, outcome: "resolved", handledBy: "ai" }],
    });
    expect(d.route).toBe("ai");
  });

  it("a neutral message after two unresolved contacts this week goes to a person", () => {
    const d = decide("Is there an update on my case?", {
      history: [
        { type: "contact", daysAgo: 5, outcome: "unresolved", handledBy: "ai" },
        { type: "contact", daysAgo: 2, outcome: "unresolved", handledBy: "human" },
      ],
    });
    expect(d.route).toBe("human");
    expect(d.reasons[0]).toBe("repeat contact within 7 days");
  });

  it("old trouble that was later resolved fades away", () => {
    const d = decide("Can I get a copy of my last invoice?", {
      history: [
        { type: "contact", daysAgo: 120, outcome: "unresolved", handledBy: "ai" },
        { type: "csat", daysAgo: 118, score: 1 },
        { type: "contact", daysAgo: 100, outcome: "resolved", handledBy: "human" },
      ],
    });
    expect(d.route).toBe("ai");
  });

  it("a recent rating of 1 makes a neutral question weighty", () => {
    expect(decide("When does my contract end?", { history: [{ type: "csat", daysAgo: 1, score: 1 }] }).route).toBe("human");
  });

  it("an overdue payment is routine until the customer sounds worried", () => {
    const history = [{ type: "payment_overdue", daysAgo: 10, amount: 80 }];
    expect(decide("I've paid the outstanding amount, can you confirm it arrived?", { history }).route).toBe("ai");
    expect(decide("I can't pay what I owe this month and I'm really worried.", { history }).route).toBe("human");
  });

  it("unknown history types are ignored", () => {
    const d = decide("What are your opening hours?", { history: [{ type: "loyalty_points_added", daysAgo: 1 }] });
    expect(d.route).toBe("ai");
  });
});

describe("topic is a weak prior", () => {
  it("a 'complaint' topic on a friendly question does not send it to a person", () => {
    expect(decide("Could you tell me the name of our lovely guide on Friday's tour?", { topic: "complaint" }).route).toBe("ai");
  });
});

describe("re-triage during a conversation", () => {
  it("weight rises after the assistant failed twice and the customer rephrases, with the reason", () => {
    const first = decide("How do I reset the router?");
    expect(first.route).toBe("ai");
    const later = engine.decide({
      text: "how do I reset the router, the steps you sent do not work",
      history: [],
      followUp: { earlierCustomerTexts: ["How do I reset the router?"], assistantFailures: 2, previousWeight: first.weight },
    });
    expect(later.weight).toBeGreaterThan(first.weight);
    expect(later.route).toBe("human");
    expect(later.reasons).toContain("assistant failed to help");
  });

  it("growing frustration is a reason of its own", () => {
    const later = engine.decide({
      text: "This is RIDICULOUS, nothing you say works!!!",
      history: [],
      followUp: { earlierCustomerTexts: ["Why is the app slow?"], assistantFailures: 0, previousWeight: 0.02 },
    });
    expect(later.route).toBe("human");
    expect(later.reasons).toContain("frustration growing");
  });
});

describe("the decision", () => {
  it("weight is in [0, 1] and reasons are most important first", () => {
    const d = decide("My mother died and you keep sending her bills. I'm so upset.", {
      history: [{ type: "callback_missed", daysAgo: 1 }],
    });
    expect(d.weight).toBeGreaterThanOrEqual(0);
    expect(d.weight).toBeLessThanOrEqual(1);
    expect(d.reasons[0]).toBe("bereavement");
  });

  it("a routine question gets a low weight and no reasons", () => {
    const d = decide("What time do you open on Saturdays?");
    expect(d.route).toBe("ai");
    expect(d.reasons).toEqual([]);
  });
});
