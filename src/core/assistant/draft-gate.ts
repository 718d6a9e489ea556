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
  /** The end of the last prefix checked, shown or not: a prefix is checked once. */
  private checkedUpTo = 0;

  constructor(
    /** The finished-answer check, applied to a prefix. */
    private readonly passes: (prefix: string) => boolean,
    /** Receives each longer checked draft, citation marks removed. */
    private readonly show: (draft: string) => void,
  ) {}

  add(piece: string): void {
    // A sentence end that the new piece reveals lies just before it (the lookahead needs
    // the piece), and none starts before the last end found (that match was maximal):
    // scanning only that tail keeps a long answer's cost linear.
    const from = Math.max(this.checkedUpTo, this.written.length - TAIL);
    this.written += piece;
    const end = lastSentenceEnd(this.written, this.checkedUpTo, from);
    if (end === undefined) return;
    this.checkedUpTo = end;
    const prefix = this.written.slice(0, end);
    if (this.passes(prefix)) this.show(withoutCitations(prefix));
  }

  /** Everything the model has written so far. */
  get text(): string {
    return this.written;
  }
}

/** Longer than any sentence end with its quotes, citation marks and the spaces after it. */
const TAIL = 64;

const CITATION = String.raw`\[\d{1,2}(?:\s*[,;–-]\s*\d{1,2})*\]`;
/**
 * The end of a sentence, with any closing quotes (French sets a space before «») and
 * citation marks that follow it, seen only when the next sentence has started; or a line
 * break before more text (lists).
 */
const SENTENCE_END = new RegExp(
  String.raw`(?:(?<!\d)\.|[!?…。！？])(?:[ \u00a0\u202f]?["'”’»)])*(?:\s*${CITATION})*(?=\s+[^\s\[])|(?<=\S)[ \t]*(?:\s*${CITATION})*(?=\n\s*\S)`,
  "g",
);

/** The index just past the last complete sentence that ends after `after`, looking from `from`. */
export function lastSentenceEnd(text: string, after: number, from = 0): number | undefined {
  let last: number | undefined;
  SENTENCE_END.lastIndex = from;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length;
    if (end > after) last = end;
    // A line-break end can be empty ("text|\n"): step past it, or exec finds it forever.
    if (m[0].length === 0) SENTENCE_END.lastIndex++;
  }
  return last;
}

const CITATION_MARK = new RegExp(String.raw`\s?${CITATION}`, "g");

function withoutCitations(text: string): string {
  return text.replace(CITATION_MARK, "").trim();
}
