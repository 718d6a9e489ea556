import { describe, expect, it } from "vitest";
import { CombinedKnowledgeIndex } from "./build-knowledge-index.ts";
import { DEFAULT_CALIBRATION, logit, sigmoid, type CalibrationRegime } from "./calibration.ts";
import { loadSampleKnowledgeBase } from "./testing/sample-kb.ts";

const articles = loadSampleKnowledgeBase();

describe("calibrated confidence", () => {
  it.each([
    ["with the classifier", true],
    ["without the classifier", false],
  ])("the score a match reports is the calibration of its evidence (%s)", (_name, classifier) => {
    const index = new CombinedKnowledgeIndex(articles, { classifier });
    expect(index.hasClassifier).toBe(classifier);
    for (const query of ["how do I pay my bill", "strömavbrott", "I moved house", "zählerstand"]) {
      const best = index.match(query, { limit: 1 })[0]!;
      const candidate = index.candidates(query).find((c) => index.articleAt(c.articleIndex).id === best.article.id)!;
      expect(best.score).toBeCloseTo(sigmoid(logit(candidate.evidence, DEFAULT_CALIBRATION[index.regime])), 10);
    }
  });

  it.each(Object.keys(DEFAULT_CALIBRATION) as CalibrationRegime[])("grows with every signal in the %s regime: more evidence never lowers the confidence", (regime) => {
    const weights = DEFAULT_CALIBRATION[regime];
    const base = { classifier: 0.2, classifierMargin: 0.1, softmax: 0.3, nearestExample: 0.4, exampleMargin: 0.1, bm25: 0.3 };
    const z = logit(base, weights);
    for (const key of Object.keys(base) as Array<keyof typeof base>) {
      expect(logit({ ...base, [key]: base[key] + 0.2 }, weights), key).toBeGreaterThanOrEqual(z);
    }
  });

  it("does not depend on the order of earlier queries (scratch buffers are reset)", () => {
    const index = new CombinedKnowledgeIndex(articles, {});
    const first = index.match("direct debit date", { limit: 3 });
    index.match("power cut in my street");
    index.match("mätarställning");
    expect(index.match("direct debit date", { limit: 3 })).toEqual(first);
  });
});
