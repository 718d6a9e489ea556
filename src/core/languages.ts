/** The languages Tandem reads and writes from day one (ISO 639-1). */
export const SUPPORTED_LANGUAGES = ["en", "sv", "de", "fr", "es", "nl", "pl", "it", "fi", "da", "no", "pt"] as const;

export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export function isSupportedLanguage(code: string): code is SupportedLanguage {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(code);
}

/** Normalises a BCP-47 tag ("sv-SE", "nb", "pt_BR") to one of ours, or undefined. */
export function normaliseLanguage(tag: string | undefined | null): SupportedLanguage | undefined {
  if (!tag) return undefined;
  const primary = tag.toLowerCase().split(/[-_]/)[0] ?? "";
  const aliased = primary === "nb" || primary === "nn" ? "no" : primary;
  return isSupportedLanguage(aliased) ? aliased : undefined;
}
