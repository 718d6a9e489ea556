import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLD, DEFAULT_TRIAGE_MODEL, parseTriageModel, thresholdForCostRatio } from "./model.ts";

describe("the triage model", () => {
  it("counts a miss ten times a false alarm, and cuts the hand-set weights just above the no-signal floor", () => {
    expect(DEFAULT_TRIAGE_MODEL.costRatio).toBe(10);
    expect(DEFAULT_TRIAGE_MODEL.threshold).toBe(DEFAULT_THRESHOLD);
    // Uncalibrated weights under-state weight on new text, so the cut sits below 1/(1+10)…
    expect(DEFAULT_THRESHOLD).toBeLessThan(thresholdForCostRatio(10));
    // …but above what an inquiry with no signal at all scores.
    expect(DEFAULT_THRESHOLD).toBeGreaterThan(1 / (1 + Math.exp(-DEFAULT_TRIAGE_MODEL.bias)));
  });

  it("a model survives a round trip through JSON", () => {
    const parsed = parseTriageModel(JSON.parse(JSON.stringify(DEFAULT_TRIAGE_MODEL)));
    expect(parsed.weights).toEqual(DEFAULT_TRIAGE_MODEL.weights);
    expect(parsed.threshold).toBe(DEFAULT_TRIAGE_MODEL.threshold);
  });

  it("lists every problem of a bad file at once", () => {
    const bad = { version: 2, bias: "x", costRatio: -1, threshold: 3, weights: { anger: "high", telepathy: 1 } };
    expect(() => parseTriageModel(bad)).toThrow(/version[\s\S]*bias[\s\S]*costRatio[\s\S]*threshold[\s\S]*weights\.anger[\s\S]*telepathy/);
  });

  it("rejects something that is not an object", () => {
    expect(() => parseTriageModel([1, 2])).toThrow(/JSON object/);
  });

  it("a feature missing from an older file keeps its default weight", () => {
    const { longProblem: _dropped, ...weights } = DEFAULT_TRIAGE_MODEL.weights;
    const parsed = parseTriageModel({ ...DEFAULT_TRIAGE_MODEL, weights });
    expect(parsed.weights.longProblem).toBe(DEFAULT_TRIAGE_MODEL.weights.longProblem);
  });

  it("keeps the learned wording through JSON, falls back to the built-in one when absent, and drops it on null", () => {
    const parsed = parseTriageModel(JSON.parse(JSON.stringify(DEFAULT_TRIAGE_MODEL)));
    expect(parsed.wording?.weights).toEqual(DEFAULT_TRIAGE_MODEL.wording?.weights);
    const { wording: _w, ...older } = DEFAULT_TRIAGE_MODEL;
    expect(parseTriageModel(older).wording?.bias).toBe(DEFAULT_TRIAGE_MODEL.wording?.bias);
    expect(parseTriageModel({ ...older, wording: null }).wording).toBeUndefined();
  });

  it("names what is wrong with a bad wording model", () => {
    const bad = { ...DEFAULT_TRIAGE_MODEL, wording: { bias: 0, weights: { "w:funeral": "a lot" }, from: 0.9, to: 0.2 } };
    expect(() => parseTriageModel(bad)).toThrow(/from < to[\s\S]*wording\.weights\.w:funeral/);
  });
});
