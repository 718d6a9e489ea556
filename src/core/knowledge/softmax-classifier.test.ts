import { describe, expect, it } from "vitest";
import { trainSoftmax } from "./softmax-classifier.ts";
import type { SparseVector } from "./text/sparse-vector.ts";

const vector = (entries: Array<[number, number]>): SparseVector => ({
  ids: Int32Array.from(entries.map(([id]) => id)),
  values: Float32Array.from(entries.map(([, v]) => v)),
});

describe("softmax classifier", () => {
  // Three articles, each with two questions that share its own feature and a common one.
  const examples = [
    vector([[0, 0.8], [3, 0.6]]),
    vector([[0, 0.9], [4, 0.4]]),
    vector([[1, 0.8], [3, 0.6]]),
    vector([[1, 0.9], [4, 0.4]]),
    vector([[2, 0.8], [3, 0.6]]),
    vector([[2, 0.9], [4, 0.4]]),
  ];
  const labels = Int32Array.from([0, 0, 1, 1, 2, 2]);

  it("ranks first the article whose questions share the query's distinctive feature", () => {
    const model = trainSoftmax(examples, labels, 3, 5);
    const out = new Float64Array(3);
    for (const article of [0, 1, 2]) {
      model.decide(vector([[article, 1]]), out);
      expect(out.indexOf(Math.max(...out))).toBe(article);
    }
  });

  it("is reproducible: the same rows give the same weights", () => {
    const a = new Float64Array(3);
    const b = new Float64Array(3);
    trainSoftmax(examples, labels, 3, 5).decide(vector([[1, 0.7], [3, 0.7]]), a);
    trainSoftmax(examples, labels, 3, 5).decide(vector([[1, 0.7], [3, 0.7]]), b);
    expect([...a]).toEqual([...b]);
  });
});
