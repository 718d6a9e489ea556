/** Lower-cased word tokens: letters and digits, in any script. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

const WORD = /[\p{L}\p{N}]+/gu;
