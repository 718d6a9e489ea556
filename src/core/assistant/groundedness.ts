import { normaliseLanguage, type SupportedLanguage } from "../languages.ts";
import { extractFacts, type Fact, type FactKind } from "./grounding/facts.ts";
import { noveltyCheck } from "./grounding/novelty.ts";

/**
 * The check that runs before a written answer is sent: every figure, date, time limit,
 * contact detail and promise in the answer must appear in the passages it cites. The
 * lesson behind it: a firm answers for what its assistant says, and a citation next to
 * an invented rule did not save the airline whose chatbot made one up.
 *
 * When answer and passages share a language, a sentence made mostly of words the passages
 * never use is blocked too: that is how an invented rule without a figure shows.
 *
 * It is strict by design. A false block costs a fallback to the article's own words; a
 * false pass costs the firm. It compares claims, not meaning: it cannot tell that a
 * grounded "14 days" was attached to the wrong subject (see docs/assistant.md).
 */
export type GroundednessResult = { ok: true } | { ok: false; problems: string[] };

/** A cited passage; with its language, its number words and promise phrases are read correctly. */
export type CitedPassage = string | { text: string; language?: string };

export interface GroundednessOptions {
  /** The answer's language (ISO 639-1); decides which word lists read the answer. */
  language?: string;
}

/** Kinds a passage figure can ground a bare number with: "14" is grounded by "14 days". */
const NUMERIC: ReadonlySet<FactKind> = new Set(["number", "amount", "percentage", "time limit", "date", "time"]);

export function checkGroundedness(
  answerText: string,
  citedPassages: readonly CitedPassage[],
  options: GroundednessOptions = {},
): GroundednessResult {
  return groundednessCheck(citedPassages, options)(answerText);
}

/**
 * The same check with the passages read once, for checking several answers (or every
 * sentence-ending prefix of a streamed one) against the same cited passages.
 */
export function groundednessCheck(citedPassages: readonly CitedPassage[], options: GroundednessOptions = {}): (answerText: string) => GroundednessResult {
  if (citedPassages.length === 0) return () => ({ ok: false, problems: ["the answer cites no passage"] });
  const passages = citedPassages.map((p) => (typeof p === "string" ? { text: p } : p));
  if (passages.every((p) => p.text.trim() === "")) return () => ({ ok: false, problems: ["the cited passages are empty"] });
  const answerLanguages = languagesOf(options.language, passages);
  const known = new Map<FactKind, Set<string>>();
  const values = new Set<number>();
  for (const passage of passages) {
    const language = normaliseLanguage(passage.language);
    for (const f of extractFacts(passage.text, language ? [language] : answerLanguages)) {
      let keys = known.get(f.kind);
      if (!keys) known.set(f.kind, (keys = new Set()));
      for (const k of f.keys) keys.add(k);
      if (NUMERIC.has(f.kind)) for (const v of f.values) values.add(v);
    }
  }
  // Wording can only be compared within one language: a translation shares no words.
  const own = normaliseLanguage(options.language);
  const novelty =
    own && passages.every((p) => (normaliseLanguage(p.language) ?? own) === own)
      ? noveltyCheck(
          passages.map((p) => p.text),
          own,
        )
      : undefined;

  return (answerText) => {
    const problems: string[] = [];
    const reported = new Set<string>();
    const answerFacts = extractFacts(answerText, answerLanguages);
    for (const f of answerFacts) {
      if (isGrounded(f, known, values)) continue;
      const problem = describe(f);
      if (!reported.has(problem)) {
        reported.add(problem);
        problems.push(problem);
      }
    }
    // Figures, dates and promise words were judged above: "two weeks" is not new wording.
    if (novelty) problems.push(...novelty(answerText, answerFacts.map((f) => f.text)));
    return problems.length ? { ok: false, problems } : { ok: true };
  };
}

function isGrounded(f: Fact, known: Map<FactKind, Set<string>>, values: Set<number>): boolean {
  if (f.keys.some((k) => known.get(f.kind)?.has(k))) return true;
  // A bare number may repeat a figure the passage states with a unit or currency; a
  // figure with a unit must match the unit too ("10 days" is not "10 working days").
  return f.kind === "number" && f.values.every((v) => values.has(v));
}

function describe(f: Fact): string {
  if (f.kind === "promise") return `promise or policy "${f.text}" is not made by the cited passages`;
  if (f.kind === "unreadable") return `"${f.text}" uses characters the check cannot read (other-script digits or mixed alphabets)`;
  return `${f.kind} "${f.text}" does not appear in the cited passages`;
}

/**
 * The answer is read with its own language's word lists and English (models slip into
 * English); without a language, with the passages' languages too, which reads more.
 */
function languagesOf(language: string | undefined, passages: ReadonlyArray<{ language?: string }>): SupportedLanguage[] {
  const own = normaliseLanguage(language);
  const fromPassages = passages.map((p) => normaliseLanguage(p.language)).filter((l): l is SupportedLanguage => l !== undefined);
  return [...new Set<SupportedLanguage>(own ? [own, "en"] : [...fromPassages, "en"])];
}
