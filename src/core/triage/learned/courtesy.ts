import { tokenize } from "../text/normalise.ts";

/**
 * Greetings, thanks and sign-offs, folded as the tokenizer folds them, in the twelve
 * languages. The wording model never reads them. Politeness says nothing about how
 * weighty an inquiry is, but the labelled inquiries were written with more greetings on
 * the weighty side, and a model that read them had learned that "hello" alone means
 * weighty (weight 4.3 in all) and "thanks" means routine (−2.3).
 */
const COURTESY_WORDS = [
  // en
  "hello hi hiya hey howdy greetings dear thanks thank thx cheers regards sincerely",
  // sv
  "hej hejsan hallå tjena tack tackar mvh hälsningar",
  // de
  "hallo moin servus grüß gruß grüße grüezi danke dankeschön mfg",
  // fr
  "bonjour bonsoir salut coucou merci cordialement",
  // es
  "hola saludos gracias",
  // nl
  "hoi goedemorgen goedemiddag goedenavond groeten bedankt",
  // pl
  "cześć witam dziękuję dzięki pozdrawiam pozdrowienia",
  // it
  "ciao salve buongiorno buonasera grazie saluti cordiali",
  // fi
  "moi terve moikka kiitos terveisin",
  // da, no (hej, hei, hallo above)
  "hei tak takk hilsen hilsner",
  // pt
  "olá oi obrigado obrigada cumprimentos",
].join(" ");

export const COURTESY: ReadonlySet<string> = new Set(tokenize(COURTESY_WORDS));
