import { eld } from "eld/extrasmall";
import { normaliseLanguage, SUPPORTED_LANGUAGES } from "../languages.ts";

/**
 * Whether a model's reply is in the language the customer wrote in. A customer who asked
 * in Polish and got German has not been answered, however grounded the German was.
 * Detection on a short reply is weak, so only a confident reading of another language
 * blocks; Danish and Norwegian, written almost alike, count as one.
 */
const detector = eld.newInstance();
detector.setLanguageSubset([...SUPPORTED_LANGUAGES]);

/** Below this many letters a detector guesses; a short reply is let through. */
const MIN_LETTERS = 25;
const NEIGHBOURS: Record<string, string> = { da: "no", no: "da" };

export type ReplyLanguage = { ok: true } | { ok: false; problem: string };

export function detectReplyLanguage(text: string, expected: string): ReplyLanguage {
  const want = normaliseLanguage(expected);
  if (!want) return { ok: true };
  // Addresses and figures say nothing about the language.
  const words = text.replace(/\S*[@/]\S*|[\p{N}\p{P}\p{S}]+/gu, " ");
  if ((words.match(/\p{L}/gu) ?? []).length < MIN_LETTERS) return { ok: true };
  const result = detector.detect(words);
  const got = normaliseLanguage(result.language);
  if (!got || got === want || NEIGHBOURS[want] === got || !result.isReliable()) return { ok: true };
  return { ok: false, problem: `the answer is in ${got}, the customer wrote in ${want}` };
}
