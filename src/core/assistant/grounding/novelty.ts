import type { SupportedLanguage } from "../../languages.ts";
import { stems } from "../../knowledge/text/analyzer.ts";
import { functionWords } from "../../knowledge/text/stopwords.ts";

/**
 * A sentence mostly made of words the passages never use says something they do not:
 * "you can cancel at any time without notice" has no figure and no promise word, but five
 * new content words out of five. A faithful paraphrase reuses the passage's words (one or
 * two new ones in eight on the sample articles), so the line sits between the two. Only
 * possible when answer and passage share a language: a translation shares no words.
 */
const MIN_NOVEL = 3;
const MAX_NOVEL_SHARE = 0.5;
/**
 * A clause tacked onto a faithful sentence ("…, and you can keep the credit as cash") is
 * judged on its own, a little more tightly: two new words out of three.
 */
const CLAUSE_MIN_NOVEL = 2;
const CLAUSE_MIN_CONTENT = 3;
const CLAUSE_NOVEL_SHARE = 0.6;
const CLAUSE_BREAK = /[,;:()]|\s(?:and|but|or|och|men|eller|und|aber|oder|et|mais|ou|y|pero|o|en|maar|of|i|ale|lub|e|ma|ja|mutta|tai|og|men|eller|mas|ou)\s/iu;

/** Politeness says nothing in the firm's name; these words never count as new. */
const COURTESY: Record<SupportedLanguage, string> = {
  en:
    "hi hello dear thanks thank sorry apologise apologize apologies hear glad happy help hope understand inconvenience question questions " +
    "contact touch welcome regards certainly sure course know anything else great good news just simply quick quickly easy easily yes okay ok " +
    // What is left of "doesn't", "can't" once the apostrophe splits the word.
    "doesn don isn aren won can didn wasn haven hasn shouldn couldn wouldn",
  sv: "hej tack ursäkta beklagar hjälpa hjälp hoppas förstår fråga frågor gärna välkommen",
  de: "hallo danke entschuldigung leid helfen hilfe hoffe verstehe frage fragen gerne willkommen grüße",
  fr: "bonjour merci désolé désolée aider aide espère comprends question questions volontiers bienvenue",
  es: "hola gracias siento lamento ayudar ayuda espero entiendo pregunta preguntas gusto bienvenido",
  nl: "hallo hoi bedankt dank sorry helpen hulp hoop begrijp vraag vragen graag welkom",
  pl: "dzień dobry dziękuję przepraszam pomóc pomoc nadzieję rozumiem pytanie pytania chętnie",
  it: "ciao salve grazie spiacente dispiace aiutare aiuto spero capisco domanda domande volentieri benvenuto",
  fi: "hei kiitos pahoittelen valitettavasti auttaa apua toivottavasti ymmärrän kysymys kysymykset mielellään tervetuloa",
  da: "hej tak beklager hjælpe hjælp håber forstår spørgsmål gerne velkommen",
  no: "hei takk beklager hjelpe hjelp håper forstår spørsmål gjerne velkommen",
  pt: "olá obrigado obrigada lamento desculpe ajudar ajuda espero compreendo pergunta perguntas prazer bem-vindo",
};

const courtesy = new Map<SupportedLanguage, Set<string>>();

function courtesyStems(language: SupportedLanguage): Set<string> {
  let set = courtesy.get(language);
  if (!set) courtesy.set(language, (set = new Set(stems(COURTESY[language], language))));
  return set;
}

/** Sentences of `answer` that are mostly words absent from `passages` (all in `language`). */
export function unsupportedSentences(answer: string, passages: readonly string[], language: SupportedLanguage): string[] {
  return noveltyCheck(passages, language)(answer);
}

/**
 * The same, with the passages read once: a streamed answer is checked at every sentence
 * end against the same passages. `alsoKnown` adds words that count as known for one answer.
 */
export function noveltyCheck(passages: readonly string[], language: SupportedLanguage): (answer: string, alsoKnown?: readonly string[]) => string[] {
  const fromPassages = new Set(stems(passages.join("\n"), language));
  return (answer, alsoKnown = []) => {
    const known = alsoKnown.length ? new Set([...fromPassages, ...stems(alsoKnown.join("\n"), language)]) : fromPassages;
    return novelSentences(answer, known, language);
  };
}

function novelSentences(answer: string, known: ReadonlySet<string>, language: SupportedLanguage): string[] {
  const skip = functionWords(language);
  const polite = courtesyStems(language);
  const problems: string[] = [];
  const contentOf = (text: string) => [
    ...new Set(
      stems(text.replace(/\[(?:card|iban|email|phone)\]/g, " "), language).filter((s) => s.length >= 3 && !/\d/.test(s) && !skip.has(s) && !polite.has(s)),
    ),
  ];
  for (const sentence of answer.split(/(?<=[.!?])\s+|\n+/)) {
    const content = contentOf(sentence);
    const novel = content.filter((s) => !known.has(s));
    if (novel.length >= MIN_NOVEL && novel.length / content.length >= MAX_NOVEL_SHARE) {
      problems.push(`sentence "${sentence.trim()}" says what the cited passages do not (new words: ${novel.join(", ")})`);
      continue;
    }
    for (const clause of sentence.split(CLAUSE_BREAK)) {
      const words = contentOf(clause);
      const fresh = words.filter((s) => !known.has(s));
      if (words.length >= CLAUSE_MIN_CONTENT && fresh.length >= CLAUSE_MIN_NOVEL && fresh.length / words.length >= CLAUSE_NOVEL_SHARE) {
        problems.push(`"${clause.trim()}" says what the cited passages do not (new words: ${fresh.join(", ")})`);
      }
    }
  }
  return problems;
}
