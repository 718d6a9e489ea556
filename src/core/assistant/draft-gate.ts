/**
 * Streaming a model's answer without ever showing an unchecked word. The model's pieces
 * are collected; whenever a sentence is complete, the whole text up to that sentence's
 * end goes through the same check as a finished answer (citations, language, every
 * figure and promise in the cited passages), and only a prefix that passes is shown.
 * A prefix that fails is held back; the finished answer is checked again as a whole, and
 * if it fails the customer gets the article's own words in place of the draft.
 *
 * A sentence counts as complete only once the next one has begun, so a citation written
 * after the full stop ("… 14 days. [1]") still belongs to it. A full stop after a digit
 * is not taken as an end ("am 12. März", "€5.50"): the text is held until a later end.
 */
export class DraftGate {
  private written = "";
  private shownUpTo = 0;

  constructor(
    /** The finished-answer check, applied to a prefix. */
    private readonly passes: (prefix: string) => boolean,
    /** Receives each longer checked draft, citation marks removed. */
    private readonly show: (draft: string) => void,
  ) {}

  add(piece: string): void {
    this.written += piece;
    const end = lastSentenceEnd(this.written, this.shownUpTo);
    if (end === undefined) return;
    const prefix = this.written.slice(0, end);
    if (!this.passes(prefix)) return;
    this.shownUpTo = end;
    this.show(withoutCitations(prefix));
  }

  /** Everything the model has written so far. */
  get text(): string {
    return this.written;
  }
}

const CITATION = String.raw`\[\d{1,2}(?:\s*[,;–-]\s*\d{1,2})*\]`;
/**
 * The end of a sentence, with any closing quotes (French sets a space before «») and
 * citation marks that follow it, seen
 * only when the next sentence has started; or a line break before more text (lists).
 */
const SENTENCE_END = new RegExp(
  String.raw`(?:(?<!\d)\.|[!?…。！？])(?:[ \u00a0\u202f]?["'”’»)])*(?:\s*${CITATION})*(?=\s+[^\s\[])|(?<=\S)[ \t]*(?:\s*${CITATION})*(?=\n\s*\S)`,
  "gu",
);

/** The index just past the last complete sentence that ends after `after`, if any. */
export function lastSentenceEnd(text: string, after: number): number | undefined {
  let last: number | undefined;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (end > after) last = end;
  }
  return last;
}

function withoutCitations(text: string): string {
  return text.replace(new RegExp(String.raw`\s?${CITATION}`, "g"), "").trim();
}
