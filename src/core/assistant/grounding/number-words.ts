import { SUPPORTED_LANGUAGES, type SupportedLanguage } from "../../languages.ts";

/**
 * Number words of the twelve languages, so "fourteen days" in an answer is checked as
 * "14 days" against the article. Words that double as an indefinite article ("ein",
 * "un", "en", "een", "um") are left out on purpose: reading every "a" as "1" would block
 * nearly every answer, and "a" + time unit is handled separately (see facts.ts).
 * Compounds written as one word ("vierundzwanzig", "tjugofyra") are split into these
 * parts; hundred and thousand multiply.
 */
type Lexicon = Record<string, number>;

const HUNDRED = 100;
const THOUSAND = 1000;

const en: Lexicon = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: HUNDRED, thousand: THOUSAND, million: 1_000_000, dozen: 12, twice: 2, double: 2, half: 0.5,
  third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  fourteenth: 14, fifteenth: 15, twentieth: 20, thirtieth: 30,
};

const sv: Lexicon = {
  noll: 0, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, elva: 11, tolv: 12,
  tretton: 13, fjorton: 14, femton: 15, sexton: 16, sjutton: 17, arton: 18, nitton: 19, tjugo: 20, trettio: 30,
  fyrtio: 40, femtio: 50, sextio: 60, sjuttio: 70, åttio: 80, nittio: 90, hundra: HUNDRED, tusen: THOUSAND,
  miljon: 1_000_000, tredje: 3, fjärde: 4, femte: 5, sjätte: 6, sjunde: 7, åttonde: 8, nionde: 9, tionde: 10,
  fjortonde: 14, halv: 0.5, halva: 0.5, dubbla: 2,
};

const de: Lexicon = {
  null: 0, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18,
  neunzehn: 19, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80,
  neunzig: 90, hundert: HUNDRED, tausend: THOUSAND, million: 1_000_000, dritte: 3, vierte: 4, fünfte: 5,
  zehnte: 10, vierzehnte: 14, halb: 0.5, halbe: 0.5, doppelt: 2, zweimal: 2,
};

const fr: Lexicon = {
  zéro: 0, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
  douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19,
  vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, "soixante-dix": 70, "quatre-vingt": 80,
  "quatre-vingts": 80, "quatre-vingt-dix": 90, cent: HUNDRED, cents: HUNDRED, mille: THOUSAND, million: 1_000_000,
  troisième: 3, quatrième: 4, cinquième: 5, dixième: 10, quatorzième: 14, demi: 0.5, moitié: 0.5, double: 2,
};

const es: Lexicon = {
  cero: 0, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11,
  doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19,
  veinte: 20, veinti: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80,
  noventa: 90, cien: HUNDRED, ciento: HUNDRED, mil: THOUSAND, millón: 1_000_000, tercer: 3, tercero: 3,
  cuarto: 4, quinto: 5, décimo: 10, medio: 0.5, mitad: 0.5, doble: 2,
};

const nl: Lexicon = {
  nul: 0, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11,
  twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19,
  twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90,
  honderd: HUNDRED, duizend: THOUSAND, miljoen: 1_000_000, derde: 3, vierde: 4, vijfde: 5, tiende: 10,
  veertiende: 14, half: 0.5, halve: 0.5, dubbel: 2,
};

const pl: Lexicon = {
  zero: 0, jeden: 1, jedna: 1, jedno: 1, jednego: 1, dwa: 2, dwie: 2, dwóch: 2, trzy: 3, trzech: 3, cztery: 4,
  czterech: 4, pięć: 5, pięciu: 5, sześć: 6, sześciu: 6, siedem: 7, siedmiu: 7, osiem: 8, ośmiu: 8, dziewięć: 9,
  dziewięciu: 9, dziesięć: 10, dziesięciu: 10, jedenaście: 11, dwanaście: 12, dwunastu: 12, trzynaście: 13,
  czternaście: 14, czternastu: 14, piętnaście: 15, piętnastu: 15, szesnaście: 16, siedemnaście: 17,
  osiemnaście: 18, dziewiętnaście: 19, dwadzieścia: 20, dwudziestu: 20, trzydzieści: 30, trzydziestu: 30,
  czterdzieści: 40, pięćdziesiąt: 50, sześćdziesiąt: 60, siedemdziesiąt: 70, osiemdziesiąt: 80,
  dziewięćdziesiąt: 90, sto: HUNDRED, tysiąc: THOUSAND, tysięcy: THOUSAND, milion: 1_000_000, pół: 0.5,
};

const it: Lexicon = {
  zero: 0, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11,
  dodici: 12, tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17, diciotto: 18,
  diciannove: 19, venti: 20, trenta: 30, quaranta: 40, cinquanta: 50, sessanta: 60, settanta: 70, ottanta: 80,
  novanta: 90, cento: HUNDRED, mille: THOUSAND, mila: THOUSAND, milione: 1_000_000, terzo: 3, quarto: 4,
  quinto: 5, decimo: 10, mezzo: 0.5, metà: 0.5, doppio: 2,
};

const fi: Lexicon = {
  nolla: 0, yksi: 1, yhden: 1, kaksi: 2, kahden: 2, kolme: 3, kolmen: 3, neljä: 4, neljän: 4, viisi: 5,
  viiden: 5, kuusi: 6, kuuden: 6, seitsemän: 7, kahdeksan: 8, yhdeksän: 9, kymmenen: 10, yksitoista: 11,
  kaksitoista: 12, kolmetoista: 13, neljätoista: 14, neljäntoista: 14, viisitoista: 15, kuusitoista: 16,
  kaksikymmentä: 20, kolmekymmentä: 30, neljäkymmentä: 40, viisikymmentä: 50, sata: HUNDRED, tuhat: THOUSAND,
  kolmas: 3, neljäs: 4, viides: 5, kymmenes: 10, puoli: 0.5, kaksinkertainen: 2,
};

const da: Lexicon = {
  nul: 0, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, otte: 8, ni: 9, ti: 10, elleve: 11, tolv: 12,
  tretten: 13, fjorten: 14, femten: 15, seksten: 16, sytten: 17, atten: 18, nitten: 19, tyve: 20, tredive: 30,
  fyrre: 40, halvtreds: 50, tres: 60, halvfjerds: 70, firs: 80, halvfems: 90, hundrede: HUNDRED,
  tusind: THOUSAND, million: 1_000_000, tredje: 3, fjerde: 4, femte: 5, tiende: 10, halv: 0.5, dobbelt: 2,
};

const no: Lexicon = {
  null: 0, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9, ti: 10, elleve: 11,
  tolv: 12, tretten: 13, fjorten: 14, femten: 15, seksten: 16, sytten: 17, atten: 18, nitten: 19, tjue: 20,
  tjuefire: 24, tretti: 30, førti: 40, femti: 50, seksti: 60, sytti: 70, åtti: 80, nitti: 90, hundre: HUNDRED,
  tusen: THOUSAND, million: 1_000_000, tredje: 3, fjerde: 4, femte: 5, tiende: 10, halv: 0.5, dobbelt: 2,
};

const pt: Lexicon = {
  zero: 0, dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10,
  onze: 11, doze: 12, treze: 13, catorze: 14, quatorze: 14, quinze: 15, dezasseis: 16, dezesseis: 16,
  dezassete: 17, dezessete: 17, dezoito: 18, dezanove: 19, dezenove: 19, vinte: 20, trinta: 30, quarenta: 40,
  cinquenta: 50, sessenta: 60, setenta: 70, oitenta: 80, noventa: 90, cem: HUNDRED, cento: HUNDRED,
  mil: THOUSAND, milhão: 1_000_000, terceiro: 3, quarto: 4, quinto: 5, décimo: 10, meio: 0.5, metade: 0.5,
  dobro: 2,
};

const LEXICONS: Record<SupportedLanguage, Lexicon> = { en, sv, de, fr, es, nl, pl, it, fi, da, no, pt };

/** Words that join the parts of a number: "twenty-four", "vierundzwanzig", "vinte e quatro". */
const CONNECTORS: Record<SupportedLanguage, string[]> = {
  en: ["and"], sv: ["och"], de: ["und"], fr: ["et"], es: ["y"], nl: ["en"], pl: [], it: [], fi: [],
  da: ["og"], no: ["og"], pt: ["e"],
};

/** Languages whose numbers are written as one word ("vierundzwanzig"), worth splitting. */
const COMPOUNDING = new Set<SupportedLanguage>(["sv", "de", "nl", "da", "no", "fi", "it", "es"]);

/** English words that are ordinary words in another language ("ten" is Polish for "this"). */
const ENGLISH_CLASHES: Partial<Record<SupportedLanguage, string[]>> = { pl: ["ten"] };

export interface NumberWordReader {
  /** The value of one word, or of a compound written as one word; undefined if it is no number. */
  valueOf(word: string): number | undefined;
  isConnector(word: string): boolean;
}

const readers = new Map<string, NumberWordReader>();

/**
 * A reader for the given languages. English is added for every language because models
 * slip English words into other languages' answers, minus words that clash.
 */
export function numberWordReader(languages: readonly SupportedLanguage[]): NumberWordReader {
  const all = [...new Set<SupportedLanguage>([...languages, "en"])];
  const key = all.join(",");
  const cached = readers.get(key);
  if (cached) return cached;
  const lexicon = new Map<string, number>();
  for (const l of all) {
    const clashes = new Set(l === "en" ? languages.flatMap((x) => ENGLISH_CLASHES[x] ?? []) : []);
    for (const [w, v] of Object.entries(LEXICONS[l])) if (!clashes.has(w)) lexicon.set(w, v);
  }
  const connectors = new Set(all.flatMap((l) => CONNECTORS[l]));
  const compounding = all.some((l) => COMPOUNDING.has(l));
  const parts = [...lexicon.keys(), ...connectors].sort((a, b) => b.length - a.length);
  const reader: NumberWordReader = {
    valueOf(word) {
      const w = word.toLowerCase();
      const direct = lexicon.get(w);
      if (direct !== undefined) return direct;
      if (!compounding || w.length < 6) return undefined;
      const values = split(w, parts, lexicon, connectors);
      return values && values.length >= 2 ? combine(values) : undefined;
    },
    isConnector: (word) => connectors.has(word.toLowerCase()),
  };
  readers.set(key, reader);
  return reader;
}

/** Splits a word wholly into number parts (connectors only between numbers), or undefined. */
function split(word: string, parts: string[], lexicon: Map<string, number>, connectors: Set<string>): number[] | undefined {
  const walk = (at: number, afterConnector: boolean): number[] | undefined => {
    if (at === word.length) return afterConnector ? undefined : [];
    for (const part of parts) {
      if (!word.startsWith(part, at)) continue;
      const isConnector = connectors.has(part) && !lexicon.has(part);
      if (isConnector && (at === 0 || afterConnector)) continue;
      const rest = walk(at + part.length, isConnector);
      if (rest) return isConnector ? rest : [lexicon.get(part)!, ...rest];
    }
    return undefined;
  };
  return walk(0, false);
}

/** Values of consecutive number words → one number: hundreds and thousands multiply. */
export function combine(values: readonly number[]): number {
  let total = 0;
  let current = 0;
  for (const v of values) {
    if (v === HUNDRED) current = (current || 1) * HUNDRED;
    else if (v >= THOUSAND) {
      total += (current || 1) * v;
      current = 0;
    } else current += v;
  }
  return total + current;
}

export const NUMBER_WORD_LANGUAGES = SUPPORTED_LANGUAGES;
