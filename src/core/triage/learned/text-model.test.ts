import { describe, expect, it } from "vitest";
import { createTriageEngine } from "../create-triage-engine.ts";
import { DEFAULT_TRIAGE_MODEL } from "../model.ts";
import { tokenize } from "../text/normalise.ts";
import { scoreText, trainTextModel, wordingCues, type LabelledText } from "./text-model.ts";

const repeat = (n: number, text: string, weighty: boolean, group?: string): LabelledText[] =>
  Array.from({ length: n }, (_, i) => ({ text: `${text} ${["please", "thanks", "hi", "hello", "cheers"][i % 5]}`, weighty, group }));

const SMALL: LabelledText[] = [
  ...repeat(10, "my husband passed and the account is in his name", true),
  ...repeat(10, "the funeral costs mean I cannot pay this month", true),
  ...repeat(10, "how do I change the address on my account", false),
  ...repeat(10, "what time do you open on saturday", false),
];

describe("the learned wording model", () => {
  it("learns from labelled texts which wording is weighty, and scores unseen texts by it", () => {
    const model = trainTextModel(SMALL);
    const weighty = scoreText(model, tokenize("the funeral was on monday and my husband dealt with this"));
    const routine = scoreText(model, tokenize("what time do you open on sunday"));
    expect(weighty).toBeGreaterThan(0);
    expect(routine).toBeLessThan(0);
  });

  it("is deterministic: the same texts give the same model", () => {
    expect(trainTextModel(SMALL)).toEqual(trainTextModel(SMALL));
  });

  it("balances each language, so a language seen mostly in weighty examples does not make its everyday words weighty", () => {
    const skewed: LabelledText[] = [
      ...SMALL.map((e) => ({ ...e, group: "en" })),
      ...repeat(15, "hej min man har dott", true, "sv"),
      ...repeat(3, "hej hur betalar jag", false, "sv"),
    ];
    const ungrouped = trainTextModel(skewed.map(({ group: _g, ...e }) => e));
    const grouped = trainTextModel(skewed);
    // "min" ("my") is in every Swedish example, weighty or not: it says nothing about weight.
    expect(Math.abs(grouped.weights["w:min"] ?? 0)).toBeLessThan(Math.abs(ungrouped.weights["w:min"] ?? 0));
    expect(grouped.weights["w:dott"]).toBeGreaterThan(0);
  });

  it("never reads greetings and thanks, however the labelled examples were written", () => {
    const politeWhenWeighty: LabelledText[] = [
      ...SMALL,
      ...repeat(10, "hello my wife passed away", true, "en"),
      ...repeat(10, "thanks how do i pay my bill", false, "en"),
      ...repeat(10, "hallo mein Mann ist gestorben", true, "de"),
      ...repeat(10, "danke wie bezahle ich", false, "de"),
    ];
    const model = trainTextModel(politeWhenWeighty);
    for (const word of ["hello", "thanks", "hallo", "danke"]) expect(model.weights[`w:${word}`], word).toBeUndefined();
    expect(model.weights["b:^_hello"]).toBeUndefined();
    // A greeting alone scores as an empty text: the model's bias and nothing else.
    expect(scoreText(model, tokenize("Hello!"))).toBe(scoreText(model, []));
    expect(scoreText(model, tokenize("Hallo, danke"))).toBe(model.bias);
    // Around a greeting, the pair the words make is the one they make without it.
    expect(scoreText(model, tokenize("my wife, hello, passed away"))).toBe(scoreText(model, tokenize("my wife passed away")));
  });

  it("names the uncommon words that moved it, never the everyday ones", () => {
    const model = trainTextModel(SMALL);
    const cues = wordingCues(model, tokenize("the funeral is on friday"));
    expect(cues).toContain("funeral");
    expect(cues).not.toContain("the");
  });
});

describe("the learned wording in triage", () => {
  const withWording = createTriageEngine(DEFAULT_TRIAGE_MODEL);
  const without = createTriageEngine({ ...DEFAULT_TRIAGE_MODEL, wording: undefined });

  it("sends a person an English inquiry whose weight no lexicon phrase names, and says which words it read", () => {
    // An implied loss, in words no lexicon lists.
    const input = { text: "My husband handled all of this and now I have to do it on my own.", history: [] };
    expect(without.decide(input).route).toBe("ai");
    const decision = withWording.decide(input);
    expect(decision.route).toBe("human");
    expect(decision.reasons[0]).toMatch(/^wording like weighty inquiries \(“.+”\)$/);
  });

  it("leaves a plain question with the assistant", () => {
    expect(withWording.decide({ text: "What time do you open on Sunday?", history: [] }).route).toBe("ai");
  });

  it("reads only the languages it was trained on enough for: elsewhere the lexicons decide alone", () => {
    expect(DEFAULT_TRIAGE_MODEL.wording?.languages).toEqual(["en"]);
    const input = { text: "My husband handled all of this and now I have to do it on my own.", language: "sv", history: [] };
    expect(withWording.decide(input).weight).toBe(without.decide(input).weight);
  });
});
