import type { Source } from "../conversations/conversation.ts";
import type { Assistant, AssistantReply, AssistantRequest } from "../../ports/assistant.ts";
import type { ChatMessage, ChatModel } from "../../ports/chat-model.ts";
import type { ArticleMatch, KnowledgeIndex } from "../knowledge/knowledge-index.ts";
import { normaliseLanguage } from "../languages.ts";
import { DraftGate } from "./draft-gate.ts";
import { groundednessCheck, type GroundednessResult } from "./groundedness.ts";
import { detectReplyLanguage } from "./reply-language.ts";
import { buildPrompt, UNSURE_MARKER } from "./model-prompt.ts";
import { maskPersonalData } from "./pii-masking.ts";

/** A further passage is shown when its confidence is at least this share of the threshold. */
const RELATED_SHARE = 0.5;
const SAYS_UNSURE = new RegExp(`\\b${UNSURE_MARKER}\\b`);

export interface ModelAssistantOptions {
  /** Below this match confidence the assistant is unsure, as the extractive one is. */
  threshold: number;
  /** How many retrieved passages the model sees. */
  maxPassages: number;
  /**
   * Let the model translate an article into the customer's language (default true). The
   * check compares a translation's figures, dates, contacts and promise words, but not its
   * wording; a firm that wants wording checked too sets false, and a customer whose
   * language has no article gets the article's own words instead.
   */
  allowTranslation?: boolean;
  /**
   * Stream the model's answer and pass checked drafts to a caller that takes them
   * (default true). False: the model is asked for the whole answer, and nothing shows
   * before it has been checked as a whole.
   */
  streamDrafts?: boolean;
  /** Every answer that was not sent as written; the caller logs it (the text is already masked). */
  onBlocked?: (event: BlockedAnswer) => void;
}

export type BlockReason =
  | "ungrounded"
  | "no_citation"
  | "unknown_citation"
  | "model_unsure"
  | "wrong_language"
  | "translation_not_allowed"
  | "model_error";

export interface BlockedAnswer {
  reason: BlockReason;
  /** What was wrong, one line each ("amount "€50" does not appear in the cited passages"), PII-masked. */
  problems: string[];
  /** The model's text, PII-masked; absent when the model failed. */
  modelText?: string;
  /** The customer's question, PII-masked. */
  question: string;
  language: string;
  /** The articles the model was shown, in passage order. */
  articleIds: string[];
  /** What the customer got instead. */
  fallback: "extractive";
}

/**
 * An assistant that lets a language model word the answer, behind the groundedness
 * check: the model sees only the retrieved passages and the customer's (masked) words;
 * its answer must cite passages and every figure, date, time limit, contact detail and
 * promise in it must be in the passages it cites. Anything else — no citation, "UNSURE",
 * a failed check, the wrong language, a model error — falls back to the extractive answer
 * (the best passage verbatim), so the customer still gets the firm's own words.
 */
export class ModelAssistant implements Assistant {
  constructor(
    private readonly knowledge: () => KnowledgeIndex,
    private readonly chat: ChatModel,
    private readonly options: ModelAssistantOptions,
  ) {}

  async answer(request: AssistantRequest): Promise<AssistantReply> {
    const retrieved = this.knowledge().match(request.text, { language: request.language, limit: Math.max(1, this.options.maxPassages) });
    const best = retrieved[0];
    if (!best || best.score < this.options.threshold) {
      return { kind: "unsure", reason: "no article answers this question well enough", confidence: best?.score ?? 0 };
    }
    // A passage that barely matches adds nothing to the answer but more text an invented
    // claim could be "grounded" in; the model sees the confident ones only.
    const matches = retrieved.filter((m, i) => i === 0 || m.score >= this.options.threshold * RELATED_SHARE);
    const blocked = (reason: BlockReason, problems: string[], modelText?: string): AssistantReply => {
      this.options.onBlocked?.({
        reason,
        // Problems quote the model's text; logs get the same masking as everything else.
        problems: problems.map(maskPersonalData),
        ...(modelText !== undefined ? { modelText: maskPersonalData(modelText) } : {}),
        question: maskPersonalData(request.text),
        language: request.language,
        articleIds: matches.map((m) => m.article.id),
        fallback: "extractive",
      });
      return extractive(best);
    };

    const prompt = buildPrompt(
      matches.map((m) => ({ articleId: m.article.id, title: m.article.title, text: m.passage, ...(m.article.url ? { url: m.article.url } : {}) })),
      request.text,
      request.language,
      request.earlierCustomerTexts,
    );
    // One answer's drafts are checked against the same passages again and again: each
    // cited set's passages are read once.
    const checks = new Map<string, (answer: string) => GroundednessResult>();
    const judge = (text: string) => this.judge(text, matches, request.language, checks);
    let raw: string;
    try {
      raw = await this.write(prompt, judge, request.onDraft);
    } catch (error) {
      return blocked("model_error", [error instanceof Error ? error.message : String(error)]);
    }

    const verdict = judge(raw.trim());
    if (!verdict.ok) return blocked(verdict.reason, verdict.problems, raw);
    return {
      kind: "answer",
      text: renumber(raw.trim(), verdict.cited),
      sources: verdict.cited.map((n) => sourceOf(matches[n - 1]!)),
      confidence: best.score,
    };
  }

  /**
   * The model's whole answer. When the caller takes drafts and the model can stream,
   * each checked prefix is passed on while the rest is still being written.
   */
  private async write(prompt: ChatMessage[], judge: (text: string) => Verdict, onDraft?: (draft: string) => void): Promise<string> {
    if (!onDraft || !this.chat.stream || this.options.streamDrafts === false) return this.chat.complete(prompt);
    const gate = new DraftGate((prefix) => judge(prefix.trim()).ok, onDraft);
    for await (const piece of this.chat.stream(prompt)) gate.add(piece);
    return gate.text;
  }

  /** Whether the text may be sent, and which passages it cites; the same for a draft and a finished answer. */
  private judge(text: string, matches: ArticleMatch[], customerLanguage: string, checks: Map<string, (answer: string) => GroundednessResult>): Verdict {
    if (text === "" || SAYS_UNSURE.test(text)) {
      return { ok: false, reason: "model_unsure", problems: ["the model said the passages do not answer"] };
    }
    const cited = [...citations(text)].sort((a, b) => a - b);
    if (cited.length === 0) return { ok: false, reason: "no_citation", problems: ["the answer cites no passage"] };
    const unknown = cited.filter((n) => n < 1 || n > matches.length);
    if (unknown.length) {
      return { ok: false, reason: "unknown_citation", problems: unknown.map((n) => `the answer cites passage [${n}], which it was not given`) };
    }
    // Language first: a reply in the wrong language would otherwise show up as "new words".
    const language = detectReplyLanguage(stripCitations(text), customerLanguage);
    if (!language.ok) return { ok: false, reason: "wrong_language", problems: [language.problem] };
    const citedMatches = cited.map((n) => matches[n - 1]!);
    if (this.options.allowTranslation === false) {
      const foreign = citedMatches.filter((m) => normaliseLanguage(m.article.language) !== normaliseLanguage(customerLanguage));
      if (foreign.length) {
        return { ok: false, reason: "translation_not_allowed", problems: foreign.map((m) => `article ${m.article.id} is in ${m.article.language}`) };
      }
    }
    const key = cited.join(",");
    let against = checks.get(key);
    if (!against) {
      const passages = citedMatches.map((m) => ({ text: `${m.article.title}\n${m.article.url ?? ""}\n${m.passage}`, language: m.article.language }));
      checks.set(key, (against = groundednessCheck(passages, { language: customerLanguage })));
    }
    const check = against(stripCitations(text));
    if (!check.ok) return { ok: false, reason: "ungrounded", problems: check.problems };
    return { ok: true, cited };
  }
}

type Verdict = { ok: true; cited: number[] } | { ok: false; reason: BlockReason; problems: string[] };

function extractive(best: ArticleMatch): AssistantReply {
  return { kind: "answer", text: best.passage, sources: [sourceOf(best)], confidence: best.score };
}

function sourceOf({ article }: ArticleMatch): Source {
  return { articleId: article.id, title: article.title, version: article.version, ...(article.url ? { url: article.url } : {}) };
}

/** "[1]", "[2, 3]", "[1][3]" and "[1-2]" → the passage numbers cited. */
export function citations(text: string): Set<number> {
  const found = new Set<number>();
  for (const m of text.matchAll(/\[(\d{1,2}(?:\s*[,;–-]\s*\d{1,2})*)\]/g)) {
    const group = m[1]!;
    const range = /^(\d+)\s*[–-]\s*(\d+)$/.exec(group);
    if (range) {
      for (let n = Number(range[1]); n <= Number(range[2]) && n - Number(range[1]) < 20; n++) found.add(n);
    } else for (const n of group.split(/[,;]/)) found.add(Number(n.trim()));
  }
  return found;
}

function stripCitations(text: string): string {
  return text.replace(/\s?\[(\d{1,2}(?:\s*[,;–-]\s*\d{1,2})*)\]/g, "");
}

/** Citation numbers follow the reply's sources list: the first cited passage becomes [1]. */
function renumber(text: string, cited: number[]): string {
  const to = new Map(cited.map((n, i) => [n, i + 1]));
  return text.replace(/\[(\d{1,2}(?:\s*[,;–-]\s*\d{1,2})*)\]/g, (_m, group: string) => {
    const numbers = [...citations(`[${group}]`)].map((n) => to.get(n) ?? n);
    return `[${[...new Set(numbers)].join(", ")}]`;
  });
}
