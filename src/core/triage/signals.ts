/**
 * Every signal triage can raise, with the plain words an agent reads in `reasons`.
 * Text signals come from the per-language lexicons; the others from history, the
 * customer profile, the CRM topic and the conversation so far.
 */
export const TEXT_SIGNALS = [
  "personRequest",
  "bereavement",
  "illness",
  "hardship",
  "debtCollection",
  "fraud",
  "dispute",
  "complaint",
  "legalThreat",
  "leavingUnhappy",
  "leaving",
  "dissatisfaction",
  "anger",
  "distress",
  "vulnerability",
  "failure",
  "weakNegative",
  "calmCue",
  "infoQuestion",
] as const;

export type TextSignal = (typeof TEXT_SIGNALS)[number];

/** The model's features: what the score is a weighted sum of. */
export const FEATURES = [
  "personRequest",
  "bereavement",
  "illness",
  "hardship",
  "debtCollection",
  "fraud",
  "dispute",
  "complaint",
  "legalThreat",
  "closingUnhappy",
  "dissatisfaction",
  "anger",
  "distress",
  "intensity",
  "vulnerability",
  "vulnerableFlag",
  "failure",
  "longProblem",
  "learnedWording",
  "weakNegative",
  "calm",
  "infoQuestion",
  "repeatUnresolved",
  "callbackMissed",
  "deliveryDelayed",
  "refundPending",
  "complaintOpen",
  "lowRating",
  "recentEscalation",
  "paymentTrouble",
  "topicPrior",
  "assistantFailed",
  "rephrased",
  "frustrationGrowing",
] as const;

export type Feature = (typeof FEATURES)[number];

export type FeatureVector = Record<Feature, number>;

export function emptyFeatures(): FeatureVector {
  const v = {} as FeatureVector;
  for (const f of FEATURES) v[f] = 0;
  return v;
}

/** Plain words for an agent; features that only lower the weight have none. */
export const REASONS: Record<Feature, string | undefined> = {
  personRequest: "asked for a person",
  bereavement: "bereavement",
  illness: "illness or emergency",
  hardship: "financial hardship or cannot pay",
  debtCollection: "debt collectors or bailiffs involved",
  fraud: "possible fraud victim",
  dispute: "dispute or chargeback",
  complaint: "formal complaint",
  legalThreat: "threatens ombudsman, regulator or legal action",
  closingUnhappy: "leaving because unhappy",
  dissatisfaction: "dissatisfied with the service",
  anger: "anger",
  distress: "distress or fear",
  intensity: "shouting (capitals or repeated punctuation)",
  vulnerability: "signs of vulnerability",
  vulnerableFlag: "customer flagged vulnerable",
  failure: "something went wrong",
  longProblem: "long account of a problem",
  learnedWording: "wording like weighty inquiries",
  weakNegative: "negative wording",
  calm: undefined,
  infoQuestion: undefined,
  repeatUnresolved: "repeat contact within 7 days",
  callbackMissed: "callback missed",
  deliveryDelayed: "long delivery delay",
  refundPending: "refund overdue",
  complaintOpen: "open complaint",
  lowRating: "recent low rating",
  recentEscalation: "recently escalated",
  paymentTrouble: "overdue payment with worried wording",
  topicPrior: "topic often needs a person",
  assistantFailed: "assistant failed to help",
  rephrased: "customer is repeating the question",
  frustrationGrowing: "frustration growing",
};
