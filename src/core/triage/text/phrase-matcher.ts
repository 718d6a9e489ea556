import { fold } from "./normalise.ts";

/**
 * Lexicon phrases are matched over tokens, not with one regular expression per phrase:
 * an index from each phrase's first word means a 60-word message is checked against
 * thousands of phrases in a few microseconds.
 *
 * Phrase syntax (one phrase per string, words separated by spaces):
 *   speak|talk        either word
 *   a|an?             optional word
 *   do_not|dont       "do not" or "dont": underscores join words into one alternative
 *   #num              any number ("600" in "I don't have £600")
 *   worr*             any word starting with "worr" (at least 3 letters before the star)
 *   *inkasso*         any word containing "inkasso" (compounds in de, nl, sv, da, no, fi)
 *   ..                up to 3 words of any kind;  ...  up to 6 words
 */
export interface PhraseSpec<S extends string> {
  signal: S;
  phrase: string;
  /** How strongly this phrase shows the signal, in (0, 1]. */
  strength: number;
  /** A negation just before the phrase ("not angry") cancels it. */
  negatable: boolean;
}

type Alt =
  | { kind: "exact"; word: string }
  | { kind: "prefix"; word: string }
  | { kind: "contains"; word: string }
  | { kind: "sequence"; words: string[] }
  | { kind: "number" };
interface WordStep {
  kind: "word";
  alts: Alt[];
  optional: boolean;
  /**
   * The distinct words one of which the token here must be, when every alternative is a
   * whole word or starts a word sequence; undefined when one is a prefix, an infix or a
   * number. Worked out once per step, for the index by second word and for the anchors.
   */
  whole: string[] | undefined;
}
type Step = WordStep | { kind: "gap"; max: number };

interface CompiledPhrase<S extends string> {
  signal: S;
  strength: number;
  negatable: boolean;
  steps: Step[];
  source: string;
  /** The second step, when it must match the very next token: a cheap early rejection. */
  second: WordStep | undefined;
  /**
   * Later required steps made only of whole words: one of each step's words must occur
   * somewhere in the message, or the phrase cannot match. Many phrases start with a
   * common word ("je", "un", "i", "ich"); a set lookup rejects them before backtracking.
   */
  anchors: string[][] | undefined;
  /** The match call that last checked the anchors, and what it found: each phrase is checked once per message. */
  checkedIn: number;
  anchorsPresent: boolean;
}

export interface PhraseMatch<S extends string> {
  signal: S;
  strength: number;
  start: number;
  end: number;
  negated: boolean;
  /** A softener just before it ("a bit worried", "un peu stressé"). */
  softened: boolean;
  source: string;
}

const WORD = /^[a-z0-9]+$/;
const DIGITS = /^[0-9]+$/;

/** Most lexicon words are already folded; only the others go through `fold` (start-up time). */
function foldWord(w: string): string {
  return WORD.test(w) ? w : fold(w);
}

function parseAlt(raw: string, phrase: string): Alt {
  if (raw === "#num") return { kind: "number" };
  if (raw.includes("_")) {
    const words: string[] = [];
    for (const w of raw.split("_")) words.push(foldWord(w));
    if (words.some((w) => !WORD.test(w))) throw new Error(`lexicon phrase "${phrase}": bad word sequence "${raw}"`);
    return { kind: "sequence", words: words.slice() };
  }
  const infix = raw.length > 2 && raw.startsWith("*") && raw.endsWith("*");
  const prefix = !infix && raw.endsWith("*");
  const core = raw.slice(infix ? 1 : 0, infix || prefix ? -1 : undefined);
  const word = foldWord(core);
  if (!WORD.test(word)) throw new Error(`lexicon phrase "${phrase}": "${raw}" is not a single word`);
  if (infix) {
    if (word.length < 4) throw new Error(`lexicon phrase "${phrase}": infix "${raw}" needs 4+ letters`);
    return { kind: "contains", word };
  }
  if (prefix) {
    if (word.length < 3) throw new Error(`lexicon phrase "${phrase}": prefix "${raw}" needs 3+ letters`);
    return { kind: "prefix", word };
  }
  return { kind: "exact", word };
}

/**
 * Steps and alternatives one matcher has already read, by their text: lexicons repeat
 * long word lists across phrases (a language's kin, the people one asks to speak to), so
 * about half of each are repeats. Each is parsed once and shared (none is changed after).
 *
 * Compiling runs over ten thousand phrases, mostly before the JIT has optimised it, and
 * the garbage collector copies all it keeps. So the loops per phrase, step and
 * alternative index their arrays (there, each step of a for-of allocates an iterator
 * result), and kept arrays are built with `push` and kept as a `slice()`, since `push`
 * reserves room for 17 items where these hold two or three (`map` sizes them exactly, but
 * its arrays change kind once the JIT optimises the caller, sending both the compile and
 * the matching loop back to slower code).
 */
interface Parsed {
  steps: Map<string, Step>;
  alts: Map<string, Alt>;
}

function parseStep(raw: string, phrase: string, parsed: Parsed): Step {
  if (raw === "..") return { kind: "gap", max: 3 };
  if (raw === "...") return { kind: "gap", max: 6 };
  const optional = raw.endsWith("?");
  const body = optional ? raw.slice(0, -1) : raw;
  const alts: Alt[] = [];
  const raws = body.split("|");
  for (let i = 0; i < raws.length; i++) {
    const a = raws[i] as string;
    let alt = parsed.alts.get(a);
    if (!alt) parsed.alts.set(a, (alt = parseAlt(a, phrase)));
    alts.push(alt);
  }
  return { kind: "word", optional, alts: alts.slice(), whole: wholeWords(alts) };
}

function wholeWords(alts: readonly Alt[]): string[] | undefined {
  const words: string[] = [];
  for (let i = 0; i < alts.length; i++) {
    const alt = alts[i] as Alt;
    const word = alt.kind === "exact" ? alt.word : alt.kind === "sequence" ? (alt.words[0] as string) : undefined;
    if (word === undefined) return undefined;
    if (!words.includes(word)) words.push(word);
  }
  return words.slice();
}

function parseSteps(phrase: string, parsed: Parsed): Step[] {
  const steps: Step[] = [];
  const raws = phrase.trim().split(/\s+/);
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i] as string;
    let step = parsed.steps.get(raw);
    if (!step) parsed.steps.set(raw, (step = parseStep(raw, phrase, parsed)));
    steps.push(step);
  }
  const first = steps[0];
  if (!first || first.kind !== "word" || first.optional) {
    throw new Error(`lexicon phrase "${phrase}" must start with a required word`);
  }
  return steps.slice();
}

/** How many tokens the alternative consumes at `t`, or 0 when it does not match. */
function altMatches(alt: Alt, tokens: readonly string[], t: number): number {
  const token = tokens[t];
  if (token === undefined) return 0;
  switch (alt.kind) {
    case "exact":
      return token === alt.word ? 1 : 0;
    case "prefix":
      return token.startsWith(alt.word) ? 1 : 0;
    case "contains":
      return token.includes(alt.word) ? 1 : 0;
    case "sequence":
      for (let k = 0; k < alt.words.length; k++) if (tokens[t + k] !== alt.words[k]) return 0;
      return alt.words.length;
    case "number":
      return DIGITS.test(token) ? 1 : 0;
  }
}

export class PhraseMatcher<S extends string> {
  /**
   * By first word, then (where the next word is fixed) by second word: "a", "i", "not",
   * "the" start hundreds of phrases, and the next token already rules most of them out.
   */
  private readonly exact = new Map<string, { any: CompiledPhrase<S>[]; bySecond: Map<string, CompiledPhrase<S>[]> | undefined }>();
  /** Keyed by the first three letters packed into an integer: no string is built per token. */
  private readonly prefix = new Map<number, { word: string; phrase: CompiledPhrase<S> }[]>();
  private shortestInfix = Number.POSITIVE_INFINITY;
  /** Counts match calls, so a phrase's anchor check can be cached for the current message. */
  private call = 0;
  private readonly contains: { word: string; phrase: CompiledPhrase<S> }[] = [];
  readonly size: number;

  constructor(specs: readonly PhraseSpec<S>[]) {
    const parsed: Parsed = { steps: new Map(), alts: new Map() };
    for (let p = 0; p < specs.length; p++) {
      const spec = specs[p] as PhraseSpec<S>;
      const steps = parseSteps(spec.phrase, parsed);
      const compiled: CompiledPhrase<S> = {
        signal: spec.signal,
        strength: spec.strength,
        negatable: spec.negatable,
        steps,
        source: spec.phrase,
        // Every phrase object gets every field, so they all share one shape and the hot
        // loop's property reads stay monomorphic.
        second: undefined,
        anchors: undefined,
        checkedIn: -1,
        anchorsPresent: true,
      };
      const first = steps[0];
      const second = steps[1];
      if (
        first?.kind === "word" &&
        first.alts.every((a) => a.kind !== "sequence") &&
        second?.kind === "word" &&
        !second.optional
      ) {
        compiled.second = second;
      }
      compiled.anchors = anchorWords(steps);
      if (first?.kind !== "word") continue;
      for (let a = 0; a < first.alts.length; a++) {
        const alt = first.alts[a] as Alt;
        if (alt.kind === "exact") this.index(alt.word, secondWords(second), compiled);
        else if (alt.kind === "sequence") this.index(alt.words[0] as string, [alt.words[1] as string], compiled);
        else if (alt.kind === "number") throw new Error(`lexicon phrase "${spec.phrase}" must not start with #num`);
        else if (alt.kind === "prefix") push(this.prefix, key3(alt.word), { word: alt.word, phrase: compiled });
        else {
          this.contains.push({ word: alt.word, phrase: compiled });
          this.shortestInfix = Math.min(this.shortestInfix, alt.word.length);
        }
      }
    }
    this.size = specs.length;
  }

  private index(first: string, seconds: string[] | undefined, phrase: CompiledPhrase<S>): void {
    let entry = this.exact.get(first);
    if (!entry) {
      // Half the first words never need a map by second word: an empty Map is not free,
      // and the garbage collector copies every one kept at start-up.
      entry = { any: [], bySecond: undefined };
      this.exact.set(first, entry);
    }
    if (seconds) {
      for (let i = 0; i < seconds.length; i++) push((entry.bySecond ??= new Map()), seconds[i] as string, phrase);
    } else if (entry.any.length === 0) {
      entry.any = [phrase]; // most of these lists hold one phrase: sized for it, unlike `push`
    } else {
      entry.any.push(phrase);
    }
  }

  /**
   * Every phrase occurrence, with `negated` set when one of `negators` stands just before it.
   * `present` is the set of the message's tokens; callers reading one message with several
   * lexicons build it once.
   */
  match(
    tokens: readonly string[],
    negators: ReadonlySet<string>,
    softeners: ReadonlySet<string> = EMPTY,
    present: ReadonlySet<string> = new Set(tokens),
  ): PhraseMatch<S>[] {
    const found: PhraseMatch<S>[] = [];
    this.call++;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as string;
      const direct = this.exact.get(token);
      if (direct) {
        for (const p of direct.any) this.tryAt(p, tokens, i, present, negators, softeners, found);
        const next = tokens[i + 1];
        const bySecond = next === undefined ? undefined : direct.bySecond?.get(next);
        if (bySecond) for (const p of bySecond) this.tryAt(p, tokens, i, present, negators, softeners, found);
      }
      if (token.length >= 3) {
        const byPrefix = this.prefix.get(key3(token));
        if (byPrefix) for (const e of byPrefix) if (token.startsWith(e.word)) this.tryAt(e.phrase, tokens, i, present, negators, softeners, found);
      }
      if (token.length >= this.shortestInfix) {
        for (const e of this.contains) if (token.includes(e.word)) this.tryAt(e.phrase, tokens, i, present, negators, softeners, found);
      }
    }
    return found;
  }

  private tryAt(
    phrase: CompiledPhrase<S>,
    tokens: readonly string[],
    start: number,
    present: ReadonlySet<string>,
    negators: ReadonlySet<string>,
    softeners: ReadonlySet<string>,
    found: PhraseMatch<S>[],
  ): void {
    const anchors = phrase.anchors;
    if (anchors) {
      if (phrase.checkedIn !== this.call) {
        phrase.checkedIn = this.call;
        phrase.anchorsPresent = true;
        for (let a = 0; a < anchors.length; a++) {
          if (!someIn(anchors[a] as string[], present)) {
            phrase.anchorsPresent = false;
            break;
          }
        }
      }
      if (!phrase.anchorsPresent) return;
    }
    const second = phrase.second;
    if (second) {
      let ok = false;
      for (const alt of second.alts) if (altMatches(alt, tokens, start + 1) > 0) ok = true;
      if (!ok) return;
    }
    const end = matchSteps(phrase.steps, 0, tokens, start);
    if (end < 0) return;
    found.push({
      signal: phrase.signal,
      strength: phrase.strength,
      start,
      end,
      negated: phrase.negatable && isNegated(tokens, start, negators),
      softened: phrase.negatable && softeners.size > 0 && isSoftened(tokens, start, end, softeners),
      source: phrase.source,
    });
  }
}

const EMPTY: ReadonlySet<string> = new Set();

/** Tokens are folded to [a-z0-9], so three 7-bit codes pack into one integer. */
function key3(word: string): number {
  return (word.charCodeAt(0) << 14) | (word.charCodeAt(1) << 7) | word.charCodeAt(2);
}

/** The words the token after the first must be, when that step is required and made only of whole words. */
function secondWords(step: Step | undefined): string[] | undefined {
  return step?.kind === "word" && !step.optional ? step.whole : undefined;
}

function someIn(words: readonly string[], present: ReadonlySet<string>): boolean {
  for (let i = 0; i < words.length; i++) if (present.has(words[i] as string)) return true;
  return false;
}

/** See `CompiledPhrase.anchors`: required steps after the first whose alternatives are all whole words. */
function anchorWords(steps: readonly Step[]): string[][] | undefined {
  const anchors: string[][] = [];
  for (let s = 1; s < steps.length; s++) {
    const step = steps[s] as Step;
    if (step.kind === "word" && !step.optional && step.whole) anchors.push(step.whole);
  }
  return anchors.length > 0 ? anchors.slice() : undefined;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Returns the token index after the match, or -1. Phrases are short, so plain backtracking is fine. */
function matchSteps(steps: readonly Step[], s: number, tokens: readonly string[], t: number): number {
  if (s === steps.length) return t;
  const step = steps[s] as Step;
  if (step.kind === "gap") {
    for (let skip = 0; skip <= step.max && t + skip <= tokens.length; skip++) {
      const end = matchSteps(steps, s + 1, tokens, t + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  for (const alt of step.alts) {
    const used = altMatches(alt, tokens, t);
    if (used === 0) continue;
    const end = matchSteps(steps, s + 1, tokens, t + used);
    if (end >= 0) return end;
  }
  return step.optional ? matchSteps(steps, s + 1, tokens, t) : -1;
}

/** "not angry", "not really angry", "no es una queja": a negator within two words before (further back it is usually another clause). */
function isNegated(tokens: readonly string[], start: number, negators: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, start - 2); k < start; k++) {
    if (negators.has(tokens[k] as string)) return true;
  }
  return false;
}

/** "a bit worried", "stresser un peu": a softener within two words either side. */
function isSoftened(tokens: readonly string[], start: number, end: number, softeners: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, start - 2); k < start; k++) if (softeners.has(tokens[k] as string)) return true;
  for (let k = end; k < Math.min(tokens.length, end + 2); k++) if (softeners.has(tokens[k] as string)) return true;
  return false;
}
