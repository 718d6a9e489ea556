/**
 * The language a widget reports is the browser's, which is often not the language the
 * customer writes in (an English laptop, a Swedish message). Three words of the
 * customer's own text say more than that, so the hint is only passed to triage — which
 * then skips detection — for messages too short to detect reliably.
 */
const DETECTABLE_WORDS = 3;

export function triageLanguageHint(text: string, hint: string | undefined): string | undefined {
  return text.trim().split(/\s+/u).length < DETECTABLE_WORDS ? hint : undefined;
}
