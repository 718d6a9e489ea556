import { readHistory } from "./history-signals.ts";
import { readLanguage } from "./language-detection.ts";
import type { TriageModel, WordingModel } from "./model.ts";
import { emptyFeatures, type FeatureVector } from "./signals.ts";
import { readText, type TextReading } from "./text-signals.ts";
import { scoreText, wordingCues as cuesOf } from "./learned/text-model.ts";
import { tokenize } from "./text/normalise.ts";
import type { FollowUpContext, TriageInput } from "./triage-engine.ts";

export interface Reading {
  features: FeatureVector;
  language: string;
  /** The words that moved the learned wording most: worked out only when the reasons show them. */
  wordingCues: () => string[];
}

/** Turns an inquiry into the model's feature vector: text, history, profile, topic, conversation. */
export function extractFeatures(input: TriageInput, topicPriors: TriageModel["topicPriors"], wording?: TriageModel["wording"]): Reading {
  const text = typeof input.text === "string" ? input.text : "";
  const tokens = tokenize(text);
  const lang = readLanguage(text, input.language, tokens);
  const t = readText(text, lang.lexicons, tokens);
  const s = t.signals;
  const f = emptyFeatures();

  // A message that is little more than "representative." or "human please" is a request too.
  f.personRequest = Math.max(s.personRequest, tokens.length <= 3 && tokens.some((w) => BARE_REQUEST_WORDS.has(w)) ? 1 : 0);
  f.bereavement = s.bereavement;
  f.illness = s.illness;
  f.hardship = s.hardship;
  f.debtCollection = s.debtCollection;
  f.fraud = s.fraud;
  f.dispute = s.dispute;
  f.complaint = s.complaint;
  f.legalThreat = s.legalThreat;
  // Leaving is routine when the reason is neutral (moving abroad); it is weighty when
  // the customer says in the same message that something went wrong.
  const unhappyRaw = Math.max(s.dissatisfaction, s.anger, s.failure, s.dispute);
  // A faint cue ("the cancellation fee", "a refund") is not yet a reason to be leaving unhappy.
  const unhappy = unhappyRaw >= 0.6 ? unhappyRaw : 0;
  f.closingUnhappy = Math.max(s.leavingUnhappy, s.leaving * unhappy);
  f.dissatisfaction = s.dissatisfaction;
  f.anger = s.anger;
  f.distress = s.distress;
  // Capitals and "!!!" amplify affect; alone they are mostly excitement or habit.
  const affect = Math.max(s.anger, s.distress, s.dissatisfaction, s.failure, s.dispute);
  f.intensity = t.intensity * (affect > 0 ? 1 : 0.4);
  f.vulnerability = s.vulnerability;
  f.vulnerableFlag = input.customer?.vulnerable === true ? 1 : 0;
  // Several separate things going wrong ("cancelled", "nobody answers", "six hours") add up.
  f.failure = Math.min(2, t.sums.failure);
  // Someone who writes a long account of what went wrong expects to be heard; a short
  // question with the same words usually wants a quick answer.
  const problem = Math.max(s.failure, s.dispute, s.dissatisfaction, s.complaint, s.fraud, s.anger, s.distress);
  f.longProblem = problem > 0 ? Math.min(1, Math.max(0, (text.length - 300) / 600)) : 0;
  f.learnedWording = wording ? learnedWordingOf(wording, tokens, lang.primary) : 0;
  const wordingCues = () => (wording && f.learnedWording > 0 ? cuesOf(wording, tokens) : []);
  f.weakNegative = s.weakNegative;
  // Humour ("lol"), praise, "just curious", and affect a negation cancelled: signs of calm.
  f.calm = Math.min(1, s.calmCue + 0.6 * t.negatedCount + (t.cheerfulEmoji ? 0.6 : 0));
  // "How do I…" marks a quick question in a short message; in a long account it is just phrasing.
  f.infoQuestion = s.infoQuestion * (text.length < 250 ? 1 : 0.3);

  const h = readHistory(Array.isArray(input.history) ? input.history : []);
  f.repeatUnresolved = h.repeatUnresolved;
  f.callbackMissed = h.callbackMissed;
  f.deliveryDelayed = h.deliveryDelayed;
  f.refundPending = h.refundPending;
  f.complaintOpen = h.complaintOpen;
  f.lowRating = h.lowRating;
  f.recentEscalation = h.recentEscalation;
  // Owing money is routine until the customer sounds worried about it.
  const worried = Math.max(s.hardship, s.distress, s.debtCollection);
  f.paymentTrouble = Math.max(h.paymentOverdue, 0.6 * h.paymentFailed) * (0.25 + 0.75 * worried);

  f.topicPrior = topicPriorOf(input.topic, topicPriors);

  if (input.followUp) addFollowUp(f, t, input.followUp, lang.lexicons);
  return { features: f, language: lang.primary, wordingCues };
}

/**
 * The learnedWording feature: 0 outside the model's languages and below `from`, full at
 * `to`. The learned reading adds weight the lexicons missed and never takes any away.
 */
export function learnedWordingOf(wording: WordingModel, tokens: readonly string[], language: string): number {
  if (!wording.languages.includes(language)) return 0;
  const p = 1 / (1 + Math.exp(-scoreText(wording, tokens)));
  return Math.min(1, Math.max(0, (p - wording.from) / (wording.to - wording.from)));
}

/** Words that, as almost the whole message, ask for a person in any of our languages. */
const BARE_REQUEST_WORDS: ReadonlySet<string> = new Set([
  "human", "representative", "operator", "agent", "advisor", "adviser", "person", "callback", "manager",
  "mensch", "mitarbeiter", "berater", "conseiller", "humain", "operateur", "humano", "persona", "agente", "asesor",
  "operatore", "umano", "medewerker", "mens", "konsultant", "czlowiek", "ihminen", "asiakaspalvelija", "menneske",
  "medarbejder", "medarbeider", "manniska", "handlaggare", "pessoa", "atendente", "operador",
  "operadora", "operatrice", "sachbearbeiter", "sachbearbeiterin", "medewerkster", "kundebehandler", "saksbehandler",
  "sagsbehandler", "virkailija", "asiakaspalvelija", "kundtjanst", "kundeservice", "kundenservice", "kundendienst",
  "klantenservice", "klantendienst", "asiakaspalvelu", "konsultantka", "doradca", "consulente", "conseillere",
]);

export function normaliseTopic(topic: string | undefined): string | undefined {
  if (typeof topic !== "string") return undefined;
  const key = topic.trim().toLowerCase().replace(/[\s-]+/g, "_");
  return key === "" ? undefined : key;
}

function topicPriorOf(topic: string | undefined, priors: TriageModel["topicPriors"]): number {
  const key = normaliseTopic(topic);
  if (!key) return 0;
  const v = priors[key];
  // Topic is a weak prior: however a file sets it, it can only nudge.
  return typeof v === "number" ? Math.max(-1, Math.min(1.5, v)) : 0;
}

/**
 * Each later message of a conversation re-reads the customer's earlier ones (for
 * rephrasing and growing frustration). Reading is a pure function of text and
 * languages, so earlier readings are remembered instead of redone on every message.
 */
const earlierReadings = new Map<string, TextReading>();
const EARLIER_READINGS_LIMIT = 4096;

function readEarlier(text: string, lexicons: Parameters<typeof readText>[1]): TextReading {
  const key = `${lexicons.join(",")}\u0000${text}`;
  let reading = earlierReadings.get(key);
  if (!reading) {
    if (earlierReadings.size >= EARLIER_READINGS_LIMIT) earlierReadings.clear();
    reading = readText(text, lexicons);
    earlierReadings.set(key, reading);
  }
  return reading;
}

function addFollowUp(f: FeatureVector, now: TextReading, ctx: FollowUpContext, lexicons: Parameters<typeof readText>[1]): void {
  const failures = Math.max(0, ctx.assistantFailures | 0);
  f.assistantFailed = failures >= 2 ? 1 : failures === 1 ? 0.35 : 0;
  const current = new Set(now.tokens.filter((w) => w.length > 2));
  let earlierAffect = 0;
  for (const earlier of ctx.earlierCustomerTexts ?? []) {
    const e = readEarlier(earlier, lexicons);
    earlierAffect = Math.max(earlierAffect, affectOf(e));
    const words = new Set(e.tokens.filter((w) => w.length > 2));
    f.rephrased = Math.max(f.rephrased, overlap(current, words));
  }
  const nowAffect = affectOf(now);
  if (nowAffect > earlierAffect + 0.2) f.frustrationGrowing = Math.min(1, nowAffect - earlierAffect + 0.3);
}

function affectOf(r: TextReading): number {
  const s = r.signals;
  return Math.min(1.5, Math.max(s.anger, s.distress, s.dissatisfaction) + 0.5 * r.intensity + 0.3 * s.failure);
}

/** Share of the shorter message's words found in the other: a rephrased question scores high. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  if (small.size < 3) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  const ratio = shared / small.size;
  return ratio >= 0.4 ? Math.min(1, (ratio - 0.4) / 0.4 + 0.5) : 0;
}
