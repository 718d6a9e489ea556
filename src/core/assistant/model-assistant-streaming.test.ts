import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { OpenAiChatModel } from "../../adapters/llm/openai-chat-model.ts";
import { behaviours, startFakeChatServer, type Behaviour, type FakeChatServer } from "../../test-support/fake-chat-server.ts";
import type { AssistantReply } from "../../ports/assistant.ts";
import type { KnowledgeIndex } from "../knowledge/knowledge-index.ts";
import { loadSampleKnowledgeBase } from "../knowledge/testing/sample-kb.ts";
import { ModelAssistant, type BlockedAnswer } from "./model-assistant.ts";

/**
 * Streaming: drafts are shown while the model writes, and each is a prefix that passed
 * the same check as a finished answer. The fake server streams a few characters at a time
 * and plays the adversary halfway through an answer.
 */
const articles = loadSampleKnowledgeBase();
const bySlug = (slug: string) => articles.find((a) => a.slug === slug)!;

/** One fixed passage per test, so what the model may say is known exactly. */
function knowledgeOf(slug: string, passage: string): KnowledgeIndex {
  return { size: 1, match: () => [{ article: bySlug(slug), score: 0.9, passage }] };
}

let server: FakeChatServer;
let blocked: BlockedAnswer[];
beforeAll(async () => {
  server = await startFakeChatServer();
});
afterAll(() => server.close());
beforeEach(() => {
  blocked = [];
  server.requests.length = 0;
});

async function streamed(knowledge: KnowledgeIndex, play: Behaviour, question: string, language: string) {
  server.play(behaviours.shaped(play, { chunkChars: 4 }));
  const assistant = new ModelAssistant(() => knowledge, new OpenAiChatModel({ baseUrl: server.baseUrl, model: "fake" }), {
    threshold: 0.5,
    maxPassages: 3,
    onBlocked: (e) => blocked.push(e),
  });
  const drafts: string[] = [];
  const reply = await assistant.answer({ text: question, language, earlierCustomerTexts: [], onDraft: (d) => drafts.push(d) });
  return { drafts, reply: answerOf(reply) };
}

function answerOf(reply: AssistantReply) {
  if (reply.kind !== "answer") throw new Error(`expected an answer, got unsure: ${reply.reason}`);
  return reply;
}

const says = (content: string): Behaviour => () => ({ content });
const withoutMarks = (text: string) => text.replace(/\s?\[\d\]/g, "");

describe("a grounded answer is shown while it is written", () => {
  const passage =
    'Du lämnar din mätarställning i Nordvik Energy-appen eller på Mina sidor. Välj "Mätarställning" och skriv in siffrorna. En avläsning som kommer in senast 3 arbetsdagar före fakturadatum används på nästa faktura.';
  const answer =
    'Du lämnar din mätarställning i Nordvik Energy-appen eller på Mina sidor [1]. Välj "Mätarställning" och skriv in siffrorna [1]. En avläsning som kommer in senast 3 arbetsdagar före fakturadatum används på nästa faktura [1].';

  it("in Swedish: each draft grows the last, and the finished answer is the whole text", async () => {
    const { drafts, reply } = await streamed(knowledgeOf("matarstallning-sv", passage), says(answer), "Hur lämnar jag min mätarställning?", "sv");
    expect(server.requests.at(-1)!.body.stream).toBe(true);
    expect(drafts).toEqual([
      "Du lämnar din mätarställning i Nordvik Energy-appen eller på Mina sidor.",
      'Du lämnar din mätarställning i Nordvik Energy-appen eller på Mina sidor. Välj "Mätarställning" och skriv in siffrorna.',
    ]);
    expect(reply.text).toBe(answer);
    expect(withoutMarks(reply.text).startsWith(drafts.at(-1)!)).toBe(true);
    expect(blocked).toEqual([]);
  });

  it("in German, with a date's full stop kept inside its sentence", async () => {
    const german = "Bitte melden Sie Ihren Umzug mindestens 2 Tage vorher in der App. Die Schlussrechnung erhalten Sie innerhalb von 14 Tagen nach dem 1. Umzugstag.";
    const { drafts, reply } = await streamed(
      knowledgeOf("umzug-de", german),
      says("Bitte melden Sie Ihren Umzug mindestens 2 Tage vorher in der App [1]. Die Schlussrechnung erhalten Sie innerhalb von 14 Tagen nach dem 1. Umzugstag [1]. Gute Reise!"),
      "Ich ziehe um, was muss ich tun?",
      "de",
    );
    expect(drafts).toEqual([
      "Bitte melden Sie Ihren Umzug mindestens 2 Tage vorher in der App.",
      "Bitte melden Sie Ihren Umzug mindestens 2 Tage vorher in der App. Die Schlussrechnung erhalten Sie innerhalb von 14 Tagen nach dem 1. Umzugstag.",
    ]);
    expect(reply.sources[0]!.articleId).toBe(bySlug("umzug-de").id);
  });

  it("without a taker for drafts the model is asked for the whole answer at once", async () => {
    server.play(says("Pay in the app [1]."));
    const assistant = new ModelAssistant(() => knowledgeOf("paying-your-bill", "Pay in the app."), new OpenAiChatModel({ baseUrl: server.baseUrl, model: "fake" }), {
      threshold: 0.5,
      maxPassages: 3,
    });
    answerOf(await assistant.answer({ text: "How do I pay?", language: "en", earlierCustomerTexts: [] }));
    expect(server.requests.at(-1)!.body.stream).toBe(false);
  });

  it("with drafts turned off (TANDEM_LLM_STREAM=0) nothing shows before the whole answer is checked", async () => {
    server.play(says("Pay in the app [1]. Or by phone [1]. Bye"));
    const assistant = new ModelAssistant(() => knowledgeOf("paying-your-bill", "Pay in the app. Or by phone."), new OpenAiChatModel({ baseUrl: server.baseUrl, model: "fake" }), {
      threshold: 0.5,
      maxPassages: 3,
      streamDrafts: false,
    });
    const drafts: string[] = [];
    await assistant.answer({ text: "How do I pay?", language: "en", earlierCustomerTexts: [], onDraft: (d) => drafts.push(d) });
    expect(drafts).toEqual([]);
    expect(server.requests.at(-1)!.body.stream).toBe(false);
  });
});

describe("what fails the check is never shown, not even as a draft", () => {
  const passage = "Your bill is sent on the 1st of each month and is due 14 days later. The due date is printed at the top of every bill.";
  const bill = () => knowledgeOf("paying-your-bill", passage);

  it("an invented amount after a grounded opening: the opening is shown, then replaced by the article's words", async () => {
    const { drafts, reply } = await streamed(
      bill(),
      says("Your bill is sent on the 1st of each month [1]. You will also get €75 back on your next bill [1]. Anything else?"),
      "When is my bill due?",
      "en",
    );
    expect(drafts).toEqual(["Your bill is sent on the 1st of each month."]);
    expect(drafts.join(" ")).not.toContain("€75");
    expect(reply.text).toBe(passage);
    expect(blocked.map((b) => b.reason)).toEqual(["ungrounded"]);
  });

  it("an invented policy in French: nothing after the grounded part", async () => {
    const french = "Votre facture est envoyée le 1er de chaque mois et doit être payée 14 jours plus tard.";
    const { drafts, reply } = await streamed(
      knowledgeOf("paying-your-bill", french),
      says("Votre facture est envoyée le 1er de chaque mois [1]. Nous vous rembourserons intégralement sous 30 jours [1]. Merci"),
      "Quand dois-je payer ma facture ?",
      "fr",
    );
    expect(drafts).toEqual(["Votre facture est envoyée le 1er de chaque mois."]);
    expect(reply.text).toBe(french);
    expect(blocked[0]!.reason).toBe("ungrounded");
  });

  it("an answer in the wrong language shows no draft", async () => {
    const { drafts } = await streamed(
      bill(),
      says("Ihre Rechnung wird am 1. jedes Monats verschickt und ist vierzehn Tage später fällig [1]. Das Fälligkeitsdatum steht oben [1]. Danke"),
      "When is my bill due?",
      "en",
    );
    expect(drafts).toEqual([]);
    expect(blocked[0]!.reason).toBe("wrong_language");
  });

  it("an answer without citations shows no draft", async () => {
    const { drafts, reply } = await streamed(bill(), says("Your bill is sent on the 1st of each month. It is due 14 days later. Thanks"), "When is my bill due?", "en");
    expect(drafts).toEqual([]);
    expect(reply.text).toBe(passage);
    expect(blocked[0]!.reason).toBe("no_citation");
  });

  it("a stream cut off halfway: what was shown had been checked, and the article's words follow", async () => {
    server.play(behaviours.shaped(says("Your bill is sent on the 1st of each month [1]. It is due 14 days later [1]. Thanks"), { chunkChars: 4, chunkDelayMs: 5, cutAfterChars: 60 }));
    const assistant = new ModelAssistant(bill, new OpenAiChatModel({ baseUrl: server.baseUrl, model: "fake" }), {
      threshold: 0.5,
      maxPassages: 3,
      onBlocked: (e) => blocked.push(e),
    });
    const drafts: string[] = [];
    const reply = answerOf(await assistant.answer({ text: "When is my bill due?", language: "en", earlierCustomerTexts: [], onDraft: (d) => drafts.push(d) }));
    expect(drafts).toEqual(["Your bill is sent on the 1st of each month."]);
    expect(reply.text).toBe(passage);
    expect(blocked[0]!.reason).toBe("model_error");
  });
});
