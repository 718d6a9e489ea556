import type { SupportedLanguage } from "../../languages.ts";

/**
 * Promises, entitlements and policy words, grouped by what they commit the firm to. An
 * answer may use a group only if a cited passage uses the same group (in any language:
 * the model may translate). Groups are narrow on purpose — "free" and "approved" are
 * different commitments — and patterns lean wide: a false block costs a fallback to the
 * article's own words, a false pass costs the firm.
 *
 * Patterns match lowercase text at a word start; \p{L}* leaves a stem open.
 */
export type PromiseGroup =
  | "refund"
  | "credit"
  | "goodwill"
  | "approval"
  | "entitlement"
  | "guarantee"
  | "compensation"
  | "free"
  | "waiver"
  | "discount"
  | "fee"
  | "restriction"
  | "timing"
  | "action-taken";

const S = "\\p{L}*";

export const PROMISE_PHRASES: Record<PromiseGroup, Record<SupportedLanguage, string[]>> = {
  refund: {
    en: [`refund${S}`, `reimburs${S}`, "money back", `pay${S} (?:you )?back`],
    sv: [`återbetal${S}`, "pengarna tillbaka"],
    de: [`erstatt${S}`, `rückerstatt${S}`, `zurückerstatt${S}`, "geld zurück"],
    fr: [`rembours${S}`],
    es: [`reembols${S}`, `devoluci${S}`, `devolver${S}`, `devuelv${S}`],
    nl: [`terugbetal${S}`, `terugstort${S}`, `restitu${S}`, "geld terug"],
    pl: [`zwrot${S}`, `zwróc${S}`],
    it: [`rimbors${S}`, `restitui${S}`],
    fi: ["rahat takaisin", `maksa${S} takaisin`, `palautamme${S}`, `palautetaan${S}`],
    da: [`refunder${S}`, `tilbagebetal${S}`, "pengene tilbage"],
    no: [`refunder${S}`, `tilbakebetal${S}`, "pengene tilbake"],
    pt: [`reembols${S}`, `devolu${S}`, `devolv${S}`],
  },
  credit: {
    en: ["credit(?:ed)? (?:to )?your account", "(?:we|i)(?: will|'ll| shall)? credit"],
    sv: [`kreditera${S}`, "tillgodo"],
    de: [`gutschr${S}`, `gutgeschrieben${S}`],
    fr: ["crédit(?:er|é|ée|erons|erai)"],
    es: [`abonar${S}`, `abonad${S}`, "abonaremos"],
    nl: [`crediteren${S}`, `gecrediteerd${S}`, `bijschrij${S}`, `bijgeschreven${S}`],
    pl: [`uznamy${S}`, `zasilimy${S}`],
    it: [`accredit${S}`],
    fi: [`hyvit${S}`],
    da: [`kreditere${S}`, `godskriv${S}`],
    no: [`kreditere${S}`, `godskriv${S}`],
    pt: [`creditar${S}`, `creditad${S}`, "creditaremos"],
  },
  goodwill: {
    en: ["goodwill", "as an exception", "exceptionally", "gesture", "one-off", "one-time"],
    sv: ["goodwill", `undantag${S}`],
    de: [`kulanz${S}`, `ausnahme${S}`, "ausnahmsweise"],
    fr: ["geste commercial", "à titre exceptionnel", `exception${S}`],
    es: [`excepci${S}`, "gesto comercial"],
    nl: ["coulance", `uitzondering${S}`],
    pl: [`wyjątk${S}`, "wyjątkowo"],
    it: [`eccezion${S}`, "gesto commerciale"],
    fi: [`poikke${S}`],
    da: [`undtag${S}`, "kulance"],
    no: [`unntak${S}`],
    pt: [`exce[çc]${S}`, "gesto comercial"],
  },
  approval: {
    en: [`approv${S}`, "accepted", "granted", `authori[sz]ed`, "sanctioned"],
    sv: [`godkän${S}`, `beviljad${S}`, "beviljat"],
    de: [`genehmig${S}`, `bewillig${S}`, "freigegeben", "stattgegeben"],
    fr: [`approuv${S}`, `accordé${S}`, `validé${S}`],
    es: [`aprob${S}`, `concedid${S}`, `autorizad${S}`],
    nl: [`goedgekeurd${S}`, `goedkeur${S}`, "toegekend"],
    pl: [`zatwierdz${S}`, `przyznan${S}`, `zaakceptowan${S}`],
    it: [`approv${S}`, "concess[oa]", `autorizzat${S}`],
    fi: [`hyväksy${S}`, `myönnet${S}`],
    da: [`godkend${S}`, `bevilge${S}`, "bevilget"],
    no: [`godkjen${S}`, "innvilget"],
    pt: [`aprov${S}`, `concedid${S}`, `autorizad${S}`],
  },
  entitlement: {
    en: [`entitle${S}`, "(?:have|has) (?:the |a )?right to", `eligib${S}`, `qualif(?:y|ies) for`],
    sv: ["rätt till", `berättigad${S}`, "har rätt"],
    de: [`anspruch${S}`, `berechtigt${S}`, "recht auf", "das recht"],
    fr: ["droit à", "avez droit", "le droit de", `éligible${S}`],
    es: ["derecho a", "tiene derecho", `elegible${S}`],
    nl: ["recht op", "heeft recht", "in aanmerking"],
    pl: [`przysługuj${S}`, "prawo do", `uprawnion${S}`],
    it: ["diritto a", "ha diritto", `idone${S}`],
    fi: [`oikeu${S}`],
    da: ["ret til", `berettiget${S}`],
    no: ["rett til", "krav på", `berettiget${S}`],
    pt: ["direito a", "tem direito", `elegível${S}`],
  },
  guarantee: {
    en: [`guarant${S}`, `promis${S}`, "we assure"],
    sv: [`garant${S}`, "lovar", "vi lovar"],
    de: [`garant${S}`, `versprech${S}`, `zusicher${S}`, "versprochen"],
    fr: [`garanti${S}`, `promet${S}`, "promis"],
    es: [`garantiz${S}`, `garantía${S}`, `promet${S}`],
    nl: [`garantie${S}`, `garande${S}`, "gegarandeerd", "beloven", "beloofd"],
    pl: [`gwarant${S}`, `obiecuj${S}`, `obiecał${S}`],
    it: [`garanti${S}`, `promett${S}`, "promesso"],
    fi: [`takaa${S}`, "taattu", `takuu${S}`, `lupaa${S}`, `lupaus${S}`],
    da: [`garant${S}`, "lover", "lovet"],
    no: [`garant${S}`, "lover", "lovet"],
    pt: [`garant${S}`, `promet${S}`],
  },
  compensation: {
    en: [`compensat${S}`, "damages", "cover (?:the|your|any) costs?", "make it up to you"],
    sv: [`kompens${S}`, `ersättning${S}`, "skadestånd"],
    de: [`entschädig${S}`, `kompens${S}`, `schadenersatz${S}`],
    fr: [`compens${S}`, `indemni${S}`, `dédommag${S}`],
    es: [`compens${S}`, `indemniz${S}`],
    nl: [`compens${S}`, `schadevergoeding${S}`, `vergoed${S}`],
    pl: [`rekompens${S}`, `odszkodowa${S}`],
    it: [`compens${S}`, `risarci${S}`, `indennizz${S}`],
    fi: [`korvau${S}`, `korvaa${S}`],
    da: [`kompens${S}`, `erstatning${S}`],
    no: [`kompens${S}`, `erstatning${S}`],
    pt: [`compens${S}`, `indemniz${S}`, `indeniz${S}`],
  },
  free: {
    en: [
      "free of charge", "for free", "(?<!feel )free", "at no (?:extra |additional )?cost", "without charge", "complimentary", "costs? nothing",
      "on the house", "on us", "(?:won't|will not|not|never) be charged", "(?:are|is) (?:not|never) charged",
      "(?:no need|don't need|do not need|won't need|won't have|will not have) to pay",
    ],
    sv: ["gratis", `kostnadsfri${S}`, "utan kostnad", "kostar inget", "kostar ingenting"],
    de: [`kostenlos${S}`, `kostenfrei${S}`, "gratis", `gebührenfrei${S}`, "umsonst"],
    fr: [`gratuit${S}`, "sans frais", "offert"],
    es: ["gratis", `gratuit${S}`, "sin coste", "sin costo", "sin cargo"],
    nl: ["gratis", "kosteloos", "kostenloos", "zonder kosten"],
    pl: [`bezpłatn${S}`, "za darmo", `darmow${S}`],
    it: [`gratuit${S}`, "gratis", "senza costi", "senza spese"],
    fi: [`ilmai${S}`, `maksuto${S}`],
    da: ["gratis", "uden beregning", `omkostningsfri${S}`],
    no: ["gratis", `kostnadsfri${S}`, "uten kostnad"],
    pt: ["grátis", `gratuit${S}`, `sem custo${S}`, "sem encargos"],
  },
  waiver: {
    en: [`waiv${S}`, "write off", "written off", "cancel (?:the|your|any) (?:fee|charge|debt)", `forgiv${S}`],
    sv: [`efterskänk${S}`, `avskriv${S}`],
    de: [`erlass${S}`, `verzicht${S}`, "erlassen"],
    fr: [`renonc${S}`, `exonér${S}`],
    es: [`condon${S}`, `eximi${S}`, `renunci${S}`],
    nl: [`kwijtschel${S}`, "kwijtgescholden", "afzien"],
    pl: [`umorz${S}`, `anulujemy${S}`],
    it: [`condon${S}`, `rinunc${S}`, `esent${S}`],
    fi: [`luovu${S}`, `mitätö${S}`],
    da: [`frafald${S}`, `eftergiv${S}`],
    no: [`frafall${S}`, `ettergi${S}`],
    pt: [`isent${S}`, `dispens${S}`, `perdo${S}`, `renunci${S}`],
  },
  discount: {
    en: [`discount${S}`, "reduction", "reduced price", "off your"],
    sv: [`rabatt${S}`, `nedsättning${S}`],
    de: [`rabatt${S}`, `nachlass${S}`, `ermäßig${S}`],
    fr: [`remise${S}`, `réduction${S}`, "rabais"],
    es: [`descuento${S}`, `rebaja${S}`],
    nl: [`korting${S}`],
    pl: [`rabat${S}`, `zniżk${S}`, `obniżk${S}`],
    it: [`scont${S}`, `riduzion${S}`],
    fi: [`alenn${S}`],
    da: [`rabat${S}`],
    no: [`rabatt${S}`],
    pt: [`descont${S}`],
  },
  fee: {
    en: ["fees?", `penalt${S}`, `surcharge${S}`, "late charge", "cancellation charge", "admin(?:istration)? charge"],
    sv: [`avgift${S}`, `straffavgift${S}`],
    de: [`gebühr${S}`, "strafe", `zuschlag${S}`, `säumniszuschlag${S}`],
    fr: ["frais", `pénalit${S}`],
    es: [`comisi[oó]n${S}`, `penalizaci${S}`, `recargo${S}`],
    nl: [`boete${S}`, `toeslag${S}`, "administratiekosten"],
    pl: [`opłat${S}`, "kar[aąy]", `prowizj${S}`],
    it: [`penal${S}`, `commission${S}`, `sovrapprezz${S}`, "mora"],
    fi: [`sakko${S}`, `lisämaksu${S}`, `viivästysmaksu${S}`, `muistutusmaksu${S}`, `palvelumaksu${S}`],
    da: [`gebyr${S}`, `bøde${S}`],
    no: [`gebyr${S}`],
    pt: [`taxa${S}`, `multa${S}`, `encargo${S}`],
  },
  restriction: {
    en: ["only", "solely", "exclusively", "limited to", "restricted to"],
    sv: ["endast", "enbart", "bara"],
    de: ["nur", "ausschließlich", "lediglich", "beschränkt auf"],
    fr: ["seulement", "uniquement", "exclusivement", `limité${S} à`],
    es: ["sólo", "solo", "solamente", "únicamente", "exclusivamente", `limitad${S} a`],
    nl: ["alleen", "uitsluitend", "slechts", "beperkt tot"],
    pl: ["tylko", "wyłącznie", "jedynie", `ograniczon${S} do`],
    it: ["solo", "soltanto", "solamente", "unicamente", "esclusivamente", `limitat${S} a`],
    fi: ["vain", "ainoastaan", "pelkästään", `rajoitet${S}`],
    da: ["kun", "udelukkende", "begrænset til"],
    no: ["kun", "bare", "utelukkende", "begrenset til"],
    pt: ["apenas", "somente", "só", "exclusivamente", `limitad${S} a`],
  },
  // "Paid today", "sent immediately": a time commitment without a figure.
  timing: {
    en: ["today", "tomorrow", "tonight", "immediately", "right away", "straight away", "instantly", "same day", "as soon as possible", "asap", "within the hour"],
    sv: ["idag", "i dag", "imorgon", "i morgon", "omedelbart", "genast", "samma dag"],
    de: ["heute", "morgen", "sofort", "umgehend", "unverzüglich", "am selben tag"],
    fr: ["aujourd'hui", "demain", "immédiatement", "tout de suite", "le jour même"],
    es: ["hoy", "mañana", "inmediatamente", "de inmediato", "enseguida", "el mismo día"],
    nl: ["vandaag", "morgen", "onmiddellijk", "meteen", "dezelfde dag"],
    pl: ["dziś", "dzisiaj", "jutro", "natychmiast", "od razu", "tego samego dnia"],
    it: ["oggi", "domani", "immediatamente", "subito", "in giornata", "lo stesso giorno"],
    fi: ["tänään", "huomenna", "heti", "välittömästi", "saman päivän"],
    da: ["i dag", "i morgen", "straks", "med det samme", "samme dag"],
    no: ["i dag", "i morgen", "umiddelbart", "med en gang", "samme dag"],
    pt: ["hoje", "amanhã", "imediatamente", "de imediato", "no mesmo dia"],
  },
  // The assistant cannot act on an account; a claim that it did is always invented.
  "action-taken": {
    en: [
      "(?:i|we)(?: have|'ve| has)? (?:now |already |just )?(?:cancel+ed|changed|updated|processed|issued|booked|arranged|refunded|credited|approved|removed|closed|waived|applied|submitted|registered|reset|escalated|reversed)",
      // "Your account is now closed": the same claim in the passive.
      "(?:has|have) (?:now |already |just )?been (?:cancel+ed|changed|updated|processed|issued|booked|arranged|refunded|credited|removed|closed|waived|reversed|reset|blocked|transferred)",
      "(?:is|are|was|were) (?:now|already) (?:cancel+ed|changed|updated|processed|booked|refunded|credited|removed|closed|waived|reversed|reset|blocked|transferred)",
    ],
    sv: [`(?:jag|vi) har (?:nu |redan )?(?:${S} ){0,2}(?:ändrat|uppdaterat|avbrutit|sagt upp|återbetalat|krediterat|godkänt|registrerat|makulerat|strukit)`],
    de: [`(?:ich|wir) habe?n? (?:${S} ){0,4}(?:storniert|geändert|aktualisiert|erstattet|gutgeschrieben|genehmigt|gekündigt|bearbeitet|veranlasst|erlassen)`],
    fr: [`(?:j'ai|nous avons) (?:${S} ){0,2}(?:annulé|modifié|mis à jour|remboursé|crédité|approuvé|traité|résilié|supprimé)`],
    es: [`(?:he|hemos) (?:${S} ){0,1}(?:cancelado|cambiado|actualizado|reembolsado|abonado|aprobado|procesado|anulado|eliminado)`],
    nl: [`(?:ik|wij|we) heb(?:ben)? (?:${S} ){0,4}(?:geannuleerd|gewijzigd|bijgewerkt|terugbetaald|gecrediteerd|goedgekeurd|verwerkt|opgezegd|kwijtgescholden)`],
    pl: [`(?:anulował|zmienił|zaktualizował|zwrócił|zatwierdził|umorzył)(?:em|am|iśmy|yśmy)`],
    it: [`(?:ho|abbiamo) (?:${S} ){0,1}(?:annullato|modificato|aggiornato|rimborsato|accreditato|approvato|elaborato|cancellato)`],
    fi: [`(?:olen|olemme) (?:${S} ){0,1}(?:peruuttanut|muuttanut|päivittänyt|hyvittänyt|hyväksynyt|palauttanut|peruneet|muuttaneet|päivittäneet|hyvittäneet|hyväksyneet)`],
    da: ["(?:jeg|vi) har (?:nu |allerede )?(?:annulleret|ændret|opdateret|refunderet|krediteret|godkendt|opsagt|slettet)"],
    no: ["(?:jeg|vi) har (?:nå |allerede )?(?:kansellert|endret|oppdatert|refundert|kreditert|godkjent|sagt opp|slettet)"],
    pt: ["(?:cancelei|alterei|atualizei|reembolsei|aprovei|cancelámos|alterámos|atualizámos|reembolsámos|aprovámos)"],
  },
};

export interface PromiseHit {
  group: PromiseGroup;
  text: string;
}

const EDGE_BEFORE = "(?<![\\p{L}\\p{N}])";
const EDGE_AFTER = "(?![\\p{L}\\p{N}])";
const patterns = new Map<string, Array<{ group: PromiseGroup; re: RegExp }>>();

function patternsFor(languages: readonly SupportedLanguage[]) {
  const key = languages.join(",");
  let list = patterns.get(key);
  if (!list) {
    list = (Object.keys(PROMISE_PHRASES) as PromiseGroup[]).map((group) => {
      const sources = [...new Set(languages.flatMap((l) => PROMISE_PHRASES[group][l]))];
      return { group, re: new RegExp(`${EDGE_BEFORE}(?:${sources.join("|")})${EDGE_AFTER}`, "gu") };
    });
    patterns.set(key, list);
  }
  return list;
}

/** Every promise or policy phrase in `text`, read with the given languages' phrase lists. */
export function findPromises(text: string, languages: readonly SupportedLanguage[]): PromiseHit[] {
  const lower = text.toLowerCase().replace(/[’`]/g, "'");
  const hits: PromiseHit[] = [];
  for (const { group, re } of patternsFor(languages)) {
    re.lastIndex = 0;
    for (let m = re.exec(lower); m; m = re.exec(lower)) hits.push({ group, text: m[0] });
  }
  return hits;
}
