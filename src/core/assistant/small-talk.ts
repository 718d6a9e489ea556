/**
 * A greeting ("Hi!", "Hej", "Buenos días") or a thank-you ("thanks, that helped", "Danke
 * schön", "ok perfect"), said on its own, in the twelve languages. Neither is a question
 * for the articles: sent to the assistant, "thanks" found no article and put the
 * conversation in a person's queue. The desk answers them itself and the conversation
 * stays with the assistant.
 *
 * Only short messages made entirely of these words count; anything more ("hi, my card
 * was stolen") is read as an inquiry, and triage and the assistant see it as before.
 */
export type SmallTalk = "greeting" | "thanks";

const MAX_WORDS = 8;

const GREETING_WORDS = words(`
  hello hi hey hiya howdy greetings good morning afternoon evening day there everyone all team folks again
  hej hejsan hallå tjena god morgon dag kväll
  hallo guten morgen tag abend moin servus grüß gott grüezi
  bonjour bonsoir salut coucou
  hola buenos buenas días dias tardes noches
  hoi goedemorgen goedemiddag goedenavond goedendag
  cześć witam dzień dobry wieczór
  ciao salve buongiorno buonasera
  hei moi terve moikka hyvää päivää huomenta iltaa
  hejsa goddag godmorgen
  olá ola oi bom dia boa tarde noite
`);

/** Thanks and a satisfied "yes", which only count as small talk together with each other or a greeting. */
const THANKS_WORDS = words(`
  thanks thank you thx ty cheers so much very a lot great perfect ok okay yes yep yeah that helped helps it did got awesome brilliant cool fine nice super lovely appreciated
  tack så mycket bra toppen perfekt ja okej det hjälpte jättebra tusen
  danke vielen dank schön sehr gut perfekt ja alles klar das hat geholfen prima toll
  merci beaucoup parfait oui d accord génial ça m a aidé très bien top
  gracias muchas mil perfecto genial sí si vale muy bien me ha ayudado estupendo
  dank je u wel bedankt perfect ja oké prima top helemaal goed dat heeft geholpen fijn
  dziękuję dzięki bardzo świetnie tak okej dobrze to pomogło wielkie
  grazie mille perfetto sì va bene ottimo molto mi ha aiutato tante
  kiitos paljon kiitti hyvä selvä kyllä joo täydellinen auttoi tämä se
  tak mange fint hjalp godt tusind
  takk tusen greit
  obrigado obrigada muito perfeito sim ótimo certo isso ajudou valeu beleza
`);

/** Words that make a message a thank-you; the rest of THANKS_WORDS only fill one out. */
const THANKS_CORE = words(`
  thanks thank thx ty cheers perfect great yes yep yeah ok okay helped awesome brilliant appreciated
  tack toppen perfekt ja okej hjälpte jättebra
  danke dank perfekt ja geholfen prima toll
  merci parfait oui accord génial aidé
  gracias perfecto genial sí vale ayudado estupendo
  bedankt perfect oké prima geholpen
  dziękuję dzięki świetnie tak okej pomogło
  grazie perfetto sì ottimo aiutato
  kiitos kiitti selvä kyllä joo täydellinen auttoi
  tak fint hjalp
  takk greit
  obrigado obrigada perfeito sim ótimo ajudou valeu beleza
`);

export function smallTalkOf(text: string): SmallTalk | undefined {
  const tokens = text
    .toLowerCase()
    .normalize("NFC")
    // Emoji, punctuation and symbols say nothing more: "Hi!! 👋" is "hi".
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter((t) => t !== "");
  if (tokens.length === 0 || tokens.length > MAX_WORDS) return undefined;
  let thanks = false;
  for (const token of tokens) {
    if (THANKS_CORE.has(token)) thanks = true;
    else if (!GREETING_WORDS.has(token) && !THANKS_WORDS.has(token)) return undefined;
  }
  if (thanks) return "thanks";
  // Filler alone ("so", "that", "a lot") is not a greeting either.
  return tokens.some((t) => GREETING_WORDS.has(t)) ? "greeting" : undefined;
}

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter((w) => w !== ""));
}
