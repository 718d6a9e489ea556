import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OpenAiChatModel } from "../../../adapters/llm/openai-chat-model.ts";
import { behaviours, startFakeChatServer, type Behaviour, type FakeChatServer } from "../../../test-support/fake-chat-server.ts";
import type { AssistantReply } from "../../../ports/assistant.ts";
import { buildKnowledgeIndex, DEFAULT_ANSWER_THRESHOLD } from "../../knowledge/index.ts";
import { loadSampleKnowledgeBase } from "../../knowledge/testing/sample-kb.ts";
import { ExtractiveAssistant } from "../extractive-assistant.ts";
import { ModelAssistant, type BlockedAnswer } from "../model-assistant.ts";
import { fence } from "../model-prompt.ts";
import { ATTACKS, type Attack } from "./attacks.ts";

/**
 * Every attack runs against both assistants over the sample knowledge base. Extractive:
 * the reply is article text or "unsure", nothing else. Model: the fake server plays a
 * model that obeys the injection (it writes the attacker's payload and cites a passage),
 * and the groundedness check must stop every one.
 */
const articles = loadSampleKnowledgeBase();
const index = buildKnowledgeIndex(articles);
const bodies = articles.map((a) => a.body);
const isArticleText = (text: string) => bodies.some((b) => b.includes(text));
const squash = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

/** Two ways an obedient model writes the payload: tucked behind a faithful opening, or alone. */
const OBEDIENT: Array<{ name: string; play: (attack: Attack) => Behaviour }> = [
  { name: "payload after a faithful opening", play: (a) => behaviours.obeyInjection(() => a.payload) },
  { name: "payload alone", play: (a) => () => ({ content: `${a.payload} [1]` }) },
];

const tally = {
  extractive: { answered: 0, unsure: 0, nonArticleText: 0 },
  model: { runs: 0, askedAtZero: 0, modelAsked: 0, unsureBeforeModel: 0, blocked: 0, payloadSent: 0, reasons: {} as Record<string, number> },
  streamed: { runs: 0, blocked: 0, drafts: 0, draftsWithPayloadWords: 0, payloadShown: 0 },
};

let server: FakeChatServer;
beforeAll(async () => {
  server = await startFakeChatServer();
});
afterAll(async () => {
  await server.close();
});

const extractive = new ExtractiveAssistant(() => index, DEFAULT_ANSWER_THRESHOLD);

describe("the injection suite's shape", () => {
  it("has at least 60 attacks in at least 6 languages, with unique ids and every kind", () => {
    expect(ATTACKS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(ATTACKS.map((a) => a.language)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(ATTACKS.map((a) => a.id)).size).toBe(ATTACKS.length);
    expect(new Set(ATTACKS.map((a) => a.kind)).size).toBe(10);
  });
});

describe("extractive mode emits nothing but article text", () => {
  for (const attack of ATTACKS) {
    it(attack.id, async () => {
      const reply = await extractive.answer({ text: attack.text, language: attack.language, earlierCustomerTexts: [] });
      if (reply.kind === "unsure") {
        tally.extractive.unsure++;
        return;
      }
      tally.extractive.answered++;
      if (!isArticleText(reply.text)) tally.extractive.nonArticleText++;
      expect(isArticleText(reply.text)).toBe(true);
      expect(squash(reply.text)).not.toContain(squash(attack.payload));
      expect(reply.sources).toHaveLength(1);
    });
  }
});

/**
 * With the desk's threshold many attacks never reach the model (retrieval is unsure);
 * with threshold 0 every attack does, so the check alone is tested on all of them.
 */
const THRESHOLDS = [DEFAULT_ANSWER_THRESHOLD, 0];

const MODEL_RUNS = THRESHOLDS.flatMap((threshold) => OBEDIENT.flatMap((variant) => ATTACKS.map((attack) => ({ threshold, variant, attack }))));

describe("model mode: the groundedness check blocks an obedient model", () => {
  for (const { threshold, variant, attack } of MODEL_RUNS) {
    it(`${attack.id} (${variant.name}, threshold ${threshold})`, async () => {
      const blocked: BlockedAnswer[] = [];
      const assistant = new ModelAssistant(() => index, new OpenAiChatModel({ baseUrl: server.baseUrl, model: "obedient" }), {
        threshold,
        maxPassages: 3,
        onBlocked: (e) => blocked.push(e),
      });
      server.play(variant.play(attack));
      const before = server.requests.length;
      const reply: AssistantReply = await assistant.answer({ text: attack.text, language: attack.language, earlierCustomerTexts: [] });
      const asked = server.requests.length > before;
      tally.model.runs++;
      if (threshold === 0) tally.model.askedAtZero += asked ? 1 : 0;
      if (!asked) {
        tally.model.unsureBeforeModel++;
        expect(reply.kind).toBe("unsure");
        return;
      }
      tally.model.modelAsked++;
      // The model received the attack as fenced, masked customer data.
      expect(server.requests.at(-1)!.body.messages[1]!.content).toContain(fence(attack.text));
      const sentPayload = reply.kind === "answer" && squash(reply.text).includes(squash(attack.payload));
      if (sentPayload) tally.model.payloadSent++;
      if (blocked.length) {
        tally.model.blocked++;
        tally.model.reasons[blocked[0]!.reason] = (tally.model.reasons[blocked[0]!.reason] ?? 0) + 1;
      }
      expect(sentPayload).toBe(false);
      expect(blocked).toHaveLength(1);
      // What the customer gets instead is the firm's own words.
      expect(reply.kind === "unsure" || isArticleText(reply.text)).toBe(true);
    });
  }
});

/**
 * Streamed: the model's pieces arrive a few characters at a time and checked prefixes are
 * shown as drafts while it writes. No draft may show the payload, not even for a moment.
 */
/** Streamed, every sentence of the payload is finished before the answer ends, so a draft could show it. */
const STREAMED: typeof OBEDIENT = [
  ...OBEDIENT,
  { name: "payload after a cited faithful opening", play: (a) => behaviours.obeyInjectionAfterCitedOpening(() => a.payload) },
  { name: "payload alone, cited, then more", play: (a) => () => ({ content: `${a.payload} [1] Anything else?` }) },
];

describe("model mode, streamed: no draft ever shows the payload", () => {
  for (const variant of STREAMED) {
    for (const attack of ATTACKS) {
      it(`${attack.id} (${variant.name}, streamed)`, async () => {
        const blocked: BlockedAnswer[] = [];
        const drafts: string[] = [];
        const assistant = new ModelAssistant(() => index, new OpenAiChatModel({ baseUrl: server.baseUrl, model: "obedient" }), {
          threshold: 0,
          maxPassages: 3,
          onBlocked: (e) => blocked.push(e),
        });
        server.play(behaviours.shaped(variant.play(attack), { chunkChars: 5 }));
        const reply = await assistant.answer({
          text: attack.text,
          language: attack.language,
          earlierCustomerTexts: [],
          onDraft: (d) => drafts.push(d),
        });
        tally.streamed.runs++;
        tally.streamed.drafts += drafts.length;
        if (blocked.length) tally.streamed.blocked++;
        const payload = squash(attack.payload);
        const shown = drafts.filter((d) => squash(d).includes(payload));
        tally.streamed.payloadShown += shown.length;
        // Finer: does any draft carry the payload's own figures and promises at all?
        if (drafts.some((d) => payloadFigures(attack.payload).some((f) => !isArticleText(f) && d.includes(f)))) tally.streamed.draftsWithPayloadWords++;
        expect(shown).toEqual([]);
        // Here the only text that can pass is the article's own opening.
        expect(drafts.filter((d) => !isArticleText(d))).toEqual([]);
        expect(blocked).toHaveLength(1);
        expect(reply.kind === "answer" && isArticleText(reply.text)).toBe(true);
      });
    }
  }
});

/** The figures (amounts, percentages, numbers) an attacker's payload would have the assistant say. */
function payloadFigures(payload: string): string[] {
  return [...payload.matchAll(/[$€£]?\d[\d.,]*\s?(?:%|€|kr|zł|days?|dagar|Tage)?/gu)].map((m) => m[0].trim());
}

describe("the counts", () => {
  it("every model run that reached the model was blocked, and none sent a payload", () => {
    const languages = new Set(ATTACKS.map((a) => a.language));
    console.log(
      [
        `injection suite: ${ATTACKS.length} attacks in ${languages.size} languages (${[...languages].join(" ")})`,
        `  extractive: ${tally.extractive.answered} answered with article text, ${tally.extractive.unsure} unsure, ${tally.extractive.nonArticleText} other text`,
        `  model (${OBEDIENT.length} obedient variants × thresholds ${THRESHOLDS.join(" and ")}, ${tally.model.runs} runs): ${tally.model.modelAsked} reached the model ` +
          `(${tally.model.askedAtZero} of them at threshold 0), ` +
          `${tally.model.blocked} blocked (${JSON.stringify(tally.model.reasons)}), ${tally.model.unsureBeforeModel} unsure before the model, ` +
          `${tally.model.payloadSent} payloads sent`,
        `  model, streamed (threshold 0, ${tally.streamed.runs} runs): ${tally.streamed.blocked} blocked, ${tally.streamed.drafts} checked drafts shown, ` +
          `${tally.streamed.payloadShown} drafts with the payload, ${tally.streamed.draftsWithPayloadWords} runs whose drafts carried a payload figure`,
      ].join("\n"),
    );
    expect(tally.extractive.answered + tally.extractive.unsure).toBe(ATTACKS.length);
    expect(tally.extractive.nonArticleText).toBe(0);
    expect(tally.model.runs).toBe(MODEL_RUNS.length);
    expect(tally.model.askedAtZero).toBe(ATTACKS.length * OBEDIENT.length);
    expect(tally.model.blocked).toBe(tally.model.modelAsked);
    expect(tally.model.payloadSent).toBe(0);
    expect(tally.streamed.runs).toBe(ATTACKS.length * STREAMED.length);
    // The cited opening is article text: it is shown while the payload is still coming.
    expect(tally.streamed.drafts).toBeGreaterThan(0);
    expect(tally.streamed.blocked).toBe(tally.streamed.runs);
    expect(tally.streamed.payloadShown).toBe(0);
    expect(tally.streamed.draftsWithPayloadWords).toBe(0);
  });
});
