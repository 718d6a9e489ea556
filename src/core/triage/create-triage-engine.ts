import { extractFeatures } from "./features.ts";
import { DEFAULT_TRIAGE_MODEL, type TriageModel } from "./model.ts";
import { FEATURES, REASONS, type Feature, type FeatureVector } from "./signals.ts";
import type { TriageDecision, TriageEngine, TriageInput } from "./triage-engine.ts";

/** A contribution below this is too small to be worth an agent's attention as a reason. */
const REASON_FLOOR = 0.6;

export function createTriageEngine(model: TriageModel = DEFAULT_TRIAGE_MODEL): TriageEngine {
  return {
    decide(input: TriageInput): TriageDecision {
      const { features, language, wordingCues } = extractFeatures(input, model.topicPriors, model.wording);
      return decideFromFeatures(model, features, language, input.followUp?.previousWeight, wordingCues);
    },
  };
}

export function scoreFeatures(model: TriageModel, features: FeatureVector): number {
  let z = model.bias;
  for (const f of FEATURES) z += model.weights[f] * features[f];
  return sigmoid(z);
}

export function decideFromFeatures(
  model: TriageModel,
  features: FeatureVector,
  language: string,
  previousWeight?: number,
  wordingCues: () => readonly string[] = () => [],
): TriageDecision {
  let weight = scoreFeatures(model, features);
  // A non-number here is a bug; failing towards a person is the safe side.
  if (!Number.isFinite(weight)) weight = 1;
  // Within one conversation weight settles slowly: a calm follow-up after a weighty
  // message does not make the conversation routine again.
  if (typeof previousWeight === "number" && Number.isFinite(previousWeight)) {
    weight = Math.max(weight, 0.9 * Math.min(1, Math.max(0, previousWeight)));
  }
  const explicitRequest = features.personRequest >= 0.5;
  const route = explicitRequest || weight >= model.threshold ? "human" : "ai";
  return {
    route,
    weight: round(weight),
    reasons: reasonsOf(model, features, explicitRequest, wordingCues),
    language,
    explicitRequest,
  };
}

function reasonsOf(model: TriageModel, features: FeatureVector, explicitRequest: boolean, wordingCues: () => readonly string[]): string[] {
  const moved: { reason: string; contribution: number }[] = [];
  for (const f of FEATURES) {
    let reason = REASONS[f];
    const contribution = model.weights[f] * features[f];
    // The learned reading names the words that moved it, so an agent can see what it read.
    if (f === "learnedWording" && reason && contribution >= REASON_FLOOR) {
      const cues = wordingCues();
      if (cues.length > 0) reason = `${reason} (${cues.map((w) => `“${w}”`).join(", ")})`;
    }
    if (reason && contribution >= REASON_FLOOR) moved.push({ reason, contribution });
  }
  moved.sort((a, b) => b.contribution - a.contribution);
  const reasons = moved.map((m) => m.reason);
  // The hard rule leads whatever its weight in the model, because it alone decides the route.
  if (explicitRequest) {
    const r = REASONS.personRequest as string;
    return [r, ...reasons.filter((x) => x !== r)];
  }
  return reasons;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export type { Feature };
