/**
 * "No, that didn't help", said right after an assistant answer, in the twelve languages.
 * Only short replies count: a longer message is a new question (or a rephrase), which the
 * assistant gets to try, and triage re-weighs.
 */
const NEGATIVE_FEEDBACK = [
  // en
  /^(no|nope|nah|not really|that did(n'?t| not) help|didn'?t help|not helpful|that'?s not (it|what i (asked|meant|need(ed)?))|wrong( answer)?|useless)\b/,
  // sv, da, no
  /^(nej|nei|inte riktigt|ikke (rigtig|egentlig|helt)|det hjälpte inte|det hjalp ikke|det hjelp ikke|det var inte det|fel)\b/,
  // de, nl
  /^(nein|nee|nö|das hilft (mir )?nicht|hat nicht geholfen|das ist (es )?nicht|dat helpt niet|heeft niet geholpen|niet echt)\b/,
  // fr, es, it, pt
  /^(non|pas vraiment|ça (ne )?m'aide pas|ça n'aide pas|no me (ha )?ayudado|no ayuda|no sirve|non mi (ha )?aiutato|non aiuta|não|nao|não ajudou|não ajuda)\b/,
  // pl, fi
  /^(nie|to nie pomogło|nie pomogło|nie o to chodzi|ei|ei auttanut|ei oikeastaan|ei se)\b/,
];

export function isNegativeFeedback(text: string): boolean {
  const t = text.trim().toLowerCase().replace(/[.!?,;:…]+$/u, "");
  if (t.length === 0 || t.split(/\s+/).length > 6) return false;
  return NEGATIVE_FEEDBACK.some((pattern) => pattern.test(t));
}
