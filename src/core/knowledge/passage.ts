import type { SupportedLanguage } from "../languages.ts";
import { stems } from "./text/analyzer.ts";
import { functionWords } from "./text/stopwords.ts";

/** A slice of the body: [start, end) offsets, so the passage is always verbatim. */
interface Block {
  start: number;
  end: number;
}

const LONG_BLOCK = 700;

/** An article body cut into blocks once, each with its stems, for passage picking. */
export interface PreparedBody {
  body: string;
  blocks: Array<Block & { stems: Set<string> }>;
  /** How many blocks each stem occurs in: the article's topic words are in most. */
  blockFrequency: Map<string, number>;
}

export function prepareBody(body: string, language: SupportedLanguage): PreparedBody {
  const blocks = paragraphs(body).map((b) => ({ ...b, stems: new Set(stems(body.slice(b.start, b.end), language)) }));
  const blockFrequency = new Map<string, number>();
  for (const b of blocks) for (const s of b.stems) blockFrequency.set(s, (blockFrequency.get(s) ?? 0) + 1);
  return { body, blocks, blockFrequency };
}

/** Words that only come from the nearest sample question count half: the customer's own words decide. */
const HINT_WEIGHT = 0.5;

/**
 * The part of the body that answers the query best, verbatim: the assistant quotes the
 * firm's own words, never a paraphrase. Blocks are paragraphs (a heading stays with the
 * paragraph under it); a very long paragraph is narrowed to its best sentences. A word
 * counts by how few of the article's paragraphs have it: in the direct-debit article
 * "direct debit" is everywhere, "date" is what tells the paragraph that answers "can I
 * change the date". `rarity` adds how rare the word is across the knowledge base, so
 * "when" (in every other question) counts for little. `hint` (the article's sample question nearest to the query) is
 * spelled right where the customer was not. With no word in common, the opening block is
 * the honest choice: articles lead with the gist.
 */
export function bestPassage(
  body: string | PreparedBody,
  query: string,
  language: SupportedLanguage,
  hint = "",
  rarity: (stem: string) => number = () => 1,
): string {
  const prepared = typeof body === "string" ? prepareBody(body, language) : body;
  const { blocks, blockFrequency } = prepared;
  if (blocks.length === 0) return prepared.body.trim();
  // Function words ("do", "a", "my") would pull toward whichever paragraph is wordiest.
  const fw = functionWords(language);
  const weights = new Map<string, number>();
  for (const s of stems(hint, language)) if (!fw.has(s)) weights.set(s, HINT_WEIGHT);
  for (const s of stems(query, language)) if (!fw.has(s)) weights.set(s, 1);
  let best = blocks[0]!;
  let bestScore = 0;
  let lead: (typeof blocks)[number] | undefined;
  for (const block of blocks) {
    let score = 0;
    for (const [s, w] of weights) {
      if (block.stems.has(s)) score += w * rarity(s) * Math.log(1 + blocks.length / (blockFrequency.get(s) ?? 1));
    }
    if (score > 0 && !lead) lead = block;
    if (score > bestScore + 1e-9) {
      bestScore = score;
      best = block;
    }
  }
  // Articles lead with the gist: the best-matching paragraph may be a side note that
  // shares more words with the question ("open 24 hours" for an emergency line) than the
  // paragraph that answers it ("open Monday to Friday 8:00 to 18:00"). When the first
  // paragraph sharing a word comes earlier, quote from it through the best one — still
  // one verbatim slice of the body — as long as that stays short.
  if (lead && lead.start < best.start && best.end - lead.start <= LONG_BLOCK) {
    return prepared.body.slice(lead.start, best.end);
  }
  const text = prepared.body.slice(best.start, best.end);
  return text.length > LONG_BLOCK ? bestSentences(text, new Set(weights.keys()), language) : text;
}

function paragraphs(body: string): Block[] {
  const blocks: Block[] = [];
  const re = /\S[\s\S]*?(?=\n[ \t]*\n|$)/g;
  let pendingHeading: number | undefined;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    const isHeading = /^#{1,6}\s/.test(m[0]) && !m[0].includes("\n");
    if (isHeading) {
      pendingHeading ??= start;
      continue;
    }
    blocks.push({ start: pendingHeading ?? start, end });
    pendingHeading = undefined;
  }
  return blocks;
}

function overlap(text: string, queryStems: Set<string>, language: SupportedLanguage): number {
  const seen = new Set<string>();
  for (const s of stems(text, language)) if (queryStems.has(s)) seen.add(s);
  // Longer stems are rarer and say more; "the" matching is nearly worthless.
  let score = 0;
  for (const s of seen) score += Math.min(s.length, 8);
  return score;
}

function bestSentences(text: string, queryStems: Set<string>, language: SupportedLanguage): string {
  const ends: number[] = [];
  const re = /[.!?](?=\s)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) ends.push(m.index + 1);
  ends.push(text.length);
  const sentences: Block[] = [];
  let start = 0;
  for (const end of ends) {
    if (end > start) sentences.push({ start, end });
    start = end;
  }
  let best = { start: 0, end: Math.min(text.length, LONG_BLOCK), score: -1 };
  for (let i = 0; i < sentences.length; i++) {
    let j = i;
    while (j + 1 < sentences.length && sentences[j + 1]!.end - sentences[i]!.start <= LONG_BLOCK && j - i < 2) j++;
    const window = { start: sentences[i]!.start, end: sentences[j]!.end };
    const score = overlap(text.slice(window.start, window.end), queryStems, language);
    if (score > best.score) best = { ...window, score };
  }
  return text.slice(best.start, best.end).trim();
}
