import type { LexiconExtension } from "../lexicon.ts";


/** Norwegian (bokmål, some nynorsk): more of how customers say each thing (definite forms, spoken spellings, Norwegian bodies). */
export const no: LexiconExtension = {
  negators: ["ikkje", "inga", "itj"],
  softeners: ["litt", "småt"],
  phrases: {
    personRequest: [
      "er det et|en menneske|person", "er det noen der .. hjelpe|snakke", "et menneske der",
      "prate|snakke med en ekte|virkelig person|menneske",
      "snakke|prate med et menneske|en_person|en_medarbeider|en_rådgiver|noen", "et ekte menneske", "en ekte person|medarbeider", "ekte mennesker",
      "menneske takk|nå", "medarbeider takk", "ikke en|med_en|med bot|robot|chatbot|maskin|datamaskin", "ingen bot|robot|chatbot", "gidder ikke .. bot|robot|chatbot",
      "ring meg opp", "ring meg", "ringe meg opp|tilbake", "bli ringt opp", "bli kontaktet", "kan dere ringe", "ringer dere meg", "sett meg over", "sette meg over",
      "kontakt meg", "personlig kontakt", "noen å snakke med", "snakke med lederen|sjefen|en_leder",
    ],
    bereavement: [
      "er død", "døde", "avdøde", "dødsfall*", "dødsattest", "bortgang",
      "bisettelse*", "begravelse*", "minnestund", "etterlatte", "arving*", ["arv", 0.6], "testament*", "dødsboet", "dødsbo*", "skifteretten", "uskifte", "i sorg",
      "sorgen", "sovnet inn", "avlivet|avlive|avliving", "enke|enkemann", "mistet min|mitt|vår",
    ],
    illness: [
      "barneavdeling*", "ligger på .. sykehuset|barneavdelingen|intensiven",
      "cellegift*", "strålebehandling", "dialyse", "innlagt", "på sykehuset", "sykehus*", "legevakt*", "akuttmottak*", "intensivavdeling*|intensiven",
      "alvorlig syk", "veldig syk", "alvorlig sykdom", ["sykdom*", 0.6], "kronisk syk", "kreft*", "hjerteinfarkt", "hjerteattakk", "hjerneslag", "fikk slag",
      "sykmeldt|sykemeldt", "sykepenger", "psykisk syk", "psykiske problemer", "psykisk helse", "depresjon", "operert", ["operasjon", 0.4], ["ulykke*", 0.6], "trafikkulykke",
      "palliativ*", "hospice", ["diagnose*", 0.6], "demens", "alzheimer*", "sklerose",
    ],
    hardship: [
      "klarer ikke å betale",
      "har ikke penger til", "ikke penger til å betale",
      "kan ikke betale", "kan ikkje betale", "ikke kan betale|klare_regningen", "ikke har råd", "har ikke råd", "har ikkje råd", "ikke råd til", "ingen penger", "har ingen penger", "blakk", "pengene strekker ikke til",
      "mistet jobben|jobb|arbeidet", "mista jobben", "sparket", "oppsagt", "permittert*", "arbeidsledig", ["nav", 0.7], "dagpenger", "sosialhjelp", "sosialstønad", "bostøtte", ["aap", 0.7],
      "ligger etter med", "etter med betalingen|betalingene|regningene", "restanse", ["betalingsavtale|avdragsordning", 0.6], ["avdrag", 0.6], "utsette betaling*|regning*",
      "betalingsutsettelse", "henstand", "utkastelse", "kaste oss ut", "stenge .. strømmen|strøm", "stengt strømmen", "økonomiske problemer|vansker", "vanskelig å betale",
      "få endene til å møtes", "gjeld*", "gjeldsrådgiv*", "gjeldsordning", "lav inntekt", "minstepensjon",
    ],
    debtCollection: ["inkassobyrå*", "inkassovarsel", "inkassokrav", "namsmannen", "namsfogden", "tvangsinndriv*", "lønnstrekk", "utleggstrekk", "betalingsanmerkning", "lowell", "intrum", "kredinor"],
    fraud: [
      ["i mitt navn", 0.6], "aldri vært kunde",
      "ikke kjenner igjen", "kjenner ikke igjen", "som jeg ikke .. bestilt|godkjent|gjort",
      "noen har brukt kortet|kontoen .. mitt|min", "brukt kortet mitt", "ukjent* .. trekk|betaling*|transaksjon*", "har ikke .. gjort|godkjent|bestilt", "ikke godkjent",
      "uten min tillatelse|viten", "svindel*", "svindlet", "ble|blitt lurt", "bedrageri*", "phishing", "falsk* .. sms|e_post|epost|lenke|side|ansatt", "trykket på en lenke",
      "ga .. bankid|koden|passordet|opplysningene", "bankid .. misbrukt|stjålet", "identitetstyveri", "hacket", "hackeren", "stjålet", "stjal", "tyveri",
    ],
    dispute: [
      ["betalt .. men", 0.8],
      ["økt prisen|prisene", 0.5], ["uten varsel", 0.7], "godtar jeg ikke|ikke_godtar",
      "trukket .. to ganger|dobbelt", "dobbelt trukket|belastet|betalt", "feil* regning|faktura|beløp", "for høy regning", "regningen .. feil|for_høy", "urettmessig*",
      "pengene tilbake", "pengene mine tilbake", "vil ha .. penger|refusjon", "aldri bestilt", "ikke bestilt", "etter oppsigelse|oppsigelsen",
      "selv om jeg .. sagt_opp|avbestilt", "betalt .. ikke_mottatt|aldri_mottatt", "tilbakeføring", "innsigelse", "reklamere|reklamasjon", "erstatning", "kompensasjon",
    ],
    complaint: ["klage*", "klager", "sende en klage", "offisiell klage", "formell klage", "vil klage"],
    legalThreat: [
      "forbrukerrådet", "forbrukertilsynet", "forbrukerklageutvalget", "forbrukertvistutvalget", "finansklagenemnda", "brukerklagenemnda", "pakkereisenemnda",
      "transportklagenemnda", "elklagenemnda", "nkom", "datatilsynet", "finanstilsynet", "politi*", "anmelde|anmelder|politianmeld*", "forliksrådet", "saksøke",
      "søksmål", "juridisk*", "mine rettigheter", "forbrukerrettigheter", "advokaten min",
    ],
    leavingUnhappy: ["aldri mer", "aldri igjen", "bytter til en konkurrent", "går til konkurrenten", "dere har mistet en kunde"],
    leaving: ["si opp", "sier opp", "oppsigelse", "bytte leverandør|selskap|operatør", "avslutte kontoen"],
    dissatisfaction: [
      "service|servicen|kundeservice|kundeservicen .. elendig|dårlig|ræva|for_dårlig",
      "ikke fornøyd", "misfornøyd", "skuffet|skuffelse", "dårlig service", "elendig service", "kundeservice .. elendig|dårlig", "sendt rundt", "ignorert",
      "lei av", "drittlei", "rett og slett for dårlig", "gang på gang", "hver eneste gang",
    ],
    anger: [
      "sint|sinna", "rasende", ["sur", 0.6], "forbanna", "forbannet", "skandaløst", "skandale", "uakseptabelt", "uhørt", "latterlig", "frekt", "uforskamm*",
      "svindlere", "tyver", "faen", "jævla|jævlig", ["helvete", 0.7], ["dritt", 0.6], ["med en gang", 0.4], "inkompetent*", "useriøs*",
    ],
    distress: [
      ["skjønner|forstår ikke", 0.5],
      "bekymret", "veldig bekymret", "bekymring", "urolig", "redd", "livredd", "engstelig", "angst", "panikk", "fortvilet", "desperat", "vet ikke hva jeg skal gjøre",
      "vet ikkje kva", "vet ikke hvem jeg skal", "hjelp meg", "hjelp vær så snill", "gråter", "gråt", "får ikke sove", "søvnløs*", "orker ikke mer", "klarer ikke mer",
      "stresset", "knust", ["lei meg", 0.6], "selvmord*", "ta mitt eget liv",
    ],
    vulnerability: [
      ["alene med .. barn|barna", 0.6], ["bruddet|samlivsbrudd*|skilsmisse*", 0.6],
      ["rullestol*", 0.4], "blind", "døv", "svaksynt", "funksjonshem*", "verge", "hjemmetjeneste*", "sykehjem*", ["eldre", 0.6], ["pensjonist", 0.6], "alenemor|alenefar|aleneforelder",
      ["baby", 0.6], "nyfødt*", "gravid", "vold i nære", "krisesenter*", "bor alene", "ensom",
    ],
    failure: [
      "strøm|strømmen|varmen|vannet .. stengt|avstengt", "ikke virket siden", "har ikke virket",
      ["tredje|fjerde|femte gang jeg", 0.7],
      "fortsatt ikke|ingen|ingenting", "enda ikke mottatt", "aldri mottatt|kommet|ankommet", "ikke mottatt", "ikke kommet", "pakken .. forsvunnet|borte|kommet_bort",
      "ingen svar", "ikke svar", "ingen har .. svart|ringt|hjulpet|tatt_kontakt", "ringer aldri tilbake", "ringt .. ganger", ["flere ganger", 0.6],
      ["i ukevis|i_månedsvis", 0.6], "uten strøm|internett|varme|vann", "strømbrudd", ["virker ikke|fungerer_ikke", 0.7], "virker fortsatt ikke", "i stykker", ["ødelagt", 0.7], "defekt",
      "skadet", "feil vare|størrelse", ["avlyst|kansellert", 0.7], ["forsinket|forsinkelse", 0.5],
    ],
    weakNegative: ["forferdelig*", "elendig*", "grusom*", "mareritt", "katastrofe", "irriterende", "kjip*", "dårlig*", "teit"],
    calmCue: ["ingen hast", "haster ikke", "bare nysgjerrig", "ikke noe alvorlig", "haha*", "hehe*"],
    infoQuestion: ["jeg lurer på", "lurer på", "hvordan kan|endrer|gjør jeg", "når kommer", "hvor kan jeg", "er det mulig", "spørsmål"],
  },
  suppressors: {
    bereavement: ["telefon|telefonen|batteri|batteriet|pc|pcen|ruter|ruteren|skjerm|app|appen .. død|døde"],
    distress: ["serie|serien|film|filmen|bok|boka|episode|sesong ... gråt|gråte", "serie|serien|film|filmen|bok|boka|episode|sesong ... trist|gråt", "hund|hunden|katt|katten|valp|valpen|kattunge .. redd|angst|panikk|stress*|engstelig", "redd for at jeg .. feil", "lei meg for .. bry|forstyrr*"],
    // "Det krever BankID" is a requirement, not a demand.
    anger: ["det|appen|siden|den|som|hva|dette|tjenesten krever"],
    failure: ["avlyst|kansellert|forsinket .. pga|på_grunn_av .. vær|været|storm|snø|tåke|streik"],
  },
};
