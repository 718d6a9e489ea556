import type { LexiconExtension } from "../lexicon.ts";


/** Who a customer asks for: staff, roles, "noen" (bokmål and nynorsk). */
const WHO = "menneske|mennesker|mennesket|person|personen|personale|medarbeider*|rådgiver*|saksbehandler*|konsulent*|kundeservice|kundesenter|support|kolleg*|sjef|sjefen|leder|lederen|ansvarlig|ansvarlige|teamleder*|veterinær*|lege|legen|doktor|doktoren|noen|nokon|agent|operatør|ekte|levende|ansatt|ansatte|*avdeling*|en_av_dere|ein_av_dykk|folk|kundebehandler*|kundeveileder*|kunderådgiver*";
/** A role asked for by name: "Jeg krever en ansvarlig", "Gi meg en medarbeider". */
const ROLE = "menneske|mennesker|person|medarbeider|medarbeideren|rådgiver|rådgiveren|saksbehandler|saksbehandleren|konsulent|kundeservice|support|kollega|sjef|sjefen|leder|lederen|ansvarlig|ansvarlige|teamleder*|veterinær|veterinæren|lege|legen|doktor|agent|operatør|ansatt|kundebehandler*|kundeveileder*";
/** Relatives, named after the possessive ("mannen min") or before it ("min mann"). */
const KIN = "mann|mannen|kone|kona|samboer|samboeren|kjæreste|kjæresten|partner|partneren|mor|moren|mora|far|faren|sønn|sønnen|datter|datteren|dattera|bror|broren|søster|søsteren|nabo|naboen|venn|vennen|venninne";

/** Staff as the subject or object of an embedded request, with compounds: "en skadebehandler", "lånerådgiveren", "resepsjonen". */
const STAFF = `${WHO}|tilsett|tilsette|den_ansatte|*saksbehandler*|*skadebehandler*|*rådgiver*|*rådgjevar*|*konsulent*|resepsjon|resepsjonen|resepsjonist*|overordnet|overordnede|beslutningstaker*|ledelsen|*sykepleier*|tannlege*|personalet|ledelse|direksjonen`;
/** The same without "noen" (which is also "any"): roles asked for by name. */
const ROLE2 = `${ROLE}|tilsett|*saksbehandler*|*skadebehandler*|*rådgiver*|overordnet|overordnede|beslutningstaker*|ledelsen|ledere`;
/** Words that frame a wish or a polite request: "jeg vil gjerne at…", "kan dere be…". */
const ASK = "kan|kunne|vil|ville|gjerne|ønsker|ønskes|ber|be|bes|vennligst|må|mulig|håper|takknemlig|sette_pris|setter_pris|trenger|treng|la|lat";
/** A person, for "a person rather than automatic answers". */
const A_PERSON = "person|personer|menneske|mennesker|medarbeider|medarbeidere|noen|nokon|ekte|levende|*saksbehandler*|*rådgiver*";
/** Automatic answers, templates and bots the customer has had enough of. */
const AUTO = "automatiske|automatisk|autosvar*|standardsvar*|ferdige|generiske|bot|boten|bots|chatbot*|robot|roboten|robotsvar*|ai|ki";
const DECIDE = "bestemme|beslutte|beslutning|beslutningen|avgjørelse|avgjørelsen|avgjøre|ta_stilling|godkjenne|unntak|dispensasjon|ettergi|frafalle|annullere|fjerne|slette";
const ABLE = "kan|får|kunne|har_lov_til|har_myndighet_til|har_fullmakt_til|har_mandat_til";

/**
 * Round 2: requests embedded in longer, polite messages about an ordinary problem
 * ("…finnes det noen hos dere som kan ta en avgjørelse?", "…jeg vil heller forklare det til en saksbehandler").
 */
const EMBEDDED: readonly string[] = [
  // Someone who can decide, approve or make an exception.
  `noen|nokon som|der .. ${ABLE} ... ${DECIDE}`, `noen|nokon hos|i|fra|frå|på|blant .. som|der .. ${ABLE} ... ${DECIDE}`, `${ROLE2} som|der .. ${ABLE} ... ${DECIDE}`,
  "beslutningstaker*", "noen|nokon med .. myndighet|fullmakt|mandat|beslutningsmyndighet", "noen|nokon som bestemmer|beslutter|avgjør",
  // Discuss, sort out or take it up with an employee: "ta dette opp med en ansatt".
  `drøfte|drøfter|diskutere|diskuterer|gå_gjennom|avklare|løse|ta_opp|tar_opp|snakke_om|prate_om ... med .. ${STAFF}`,
  `ta|tar|ta_med|tek det|dette|saken|spørsmålet|problemet|min|mitt .. opp? med .. ${STAFF}`, `snakke|prate|tale|chatte|drøfte .. med .. ${STAFF}`,
  "med .. noen|nokon|en|ein som jobber|arbeider|jobbar|arbeider hos|i|på|for",
  // Have someone contact me: "Kan en person hos dere ta kontakt?", "at en rådgiver ringer meg".
  `${ASK} ... noen|nokon|${STAFF} ... kontakter|kontakte|ringer|ringe|ringje|ring|ringer_opp|ringe_opp|kontakta meg|oss|opp|tilbake`,
  `${ASK} ... noen|nokon|${STAFF} ... tar|ta|tek kontakt`, "ta|tar|tek kontakt med meg|oss", `${ASK} .. høre fra|frå .. noen|nokon|${ROLE2}`,
  "bli|blir kontaktet|oppringt|ringt .. av",
  // Rather explain it to a person (a case handler, by phone, in person) than fill in forms.
  `heller|helst|foretrekker|foretrakk ... forklare|forklarer|fortelle|forteller|beskrive|gå_gjennom|redegjøre|ta|tar ... for|med|til .. ${STAFF}`,
  `forklare|forklarer|fortelle|forteller|gå_gjennom ... for|til|med .. ${STAFF} .. heller|i_stedet|enn`,
  "heller|helst .. personlig|ansikt_til_ansikt|muntlig|på_telefon|over_telefon", "heller|helst ... snakket|pratet|ringt .. med|i_telefonen|på_telefonen",
  // A call as something asked for: "Jeg vil gjerne ha en telefon", "kan jeg bestille en samtale".
  "ha|få|ønsker|be_om|ber_om|booke|bestille|avtale .. en|ein|et|eit? telefon|oppringning|oppringing|samtale|telefonsamtale|telefontime|telefonmøte|tilbakeringing|videomøte",
  "oppringning|oppringing|tilbakeringing .. fra|frå|takk", "oppringning|samtale|telefonmøte|telefon .. fra|frå|med .. dere|dykk|deg|noen|nokon|en",
  // Pass the case on or up; a manager on the line.
  `sende|send|sender|gi|videreformidle|videresende|overlevere|løfte ... videre|opp til .. ${STAFF}`,
  `løfte|løft|sende_opp|ta_opp|videreformidle|sende_videre|send_videre|eskalere|overlevere|gi_videre ... til|med .. ${STAFF}`,
  `få|ha|tak_i ... ${ROLE2} i_tale|i_røret|i_telefonen|på_tråden|på_telefonen|på_linjen`, `tak i .. ${ROLE2}`,
  "vil|krever|ønsker .. snakke|prate|ha|få .. en|deres|din? overordnet|overordnede|ledelsen",
  // Real people; is anyone working: "Finnes det ekte folk der?", "Jobber det noen der i dag?"
  "ekte|virkelige|levende mennesker|personer|folk", "jobber|arbeider|jobbar det .. noen|nokon|folk|mennesker", "noen|nokon|folk på_jobb|på_jobben|på_kontoret|til_stede",
  // Not the automatic answers: a person instead.
  `${AUTO} ... trenger|treng|vil_ha|vil_gjerne|krever|ønsker|heller|i_stedet|foretrekker|gi_meg .. en|et|noen? ${A_PERSON}`,
  `${A_PERSON} ... i_stedet_for|framfor|fremfor|enn|ikke ... ${AUTO}`, `ikke|ingen|flere .. ${AUTO} .. svar? ... ${A_PERSON}`,
];

/** Statements that mention staff without asking for one now (round 2). */
const EMBEDDED_ROUTINE: readonly string[] = [
  `snakket|snakka|pratet|prata|talte|ringte|chattet|hadde_kontakt ... med .. ${STAFF}`,
  `${STAFF} .. ringte|har_ringt|sa_at|sa_det|skrev|sendte|bekreftet|godkjente|lovet|lovte|kontaktet|har_kontaktet|tok_kontakt`,
  `når|hvilken_dag|hvor_lenge .. ${STAFF} .. ringer|ringe|kontakter|kontakte|tar_kontakt`, "hvem er .. min|mitt|deres",
  "rådgiveren|*rådgiveren*|saksbehandleren|*saksbehandleren*|skadebehandleren|legen|veterinæren|lederen|sjefen|kollegaen|medarbeideren|teknikeren|montøren|selgeren|megleren ringer|kontakter|tar_kontakt .. meg|opp|tilbake ... på|i_morgen|imorgen|i_dag|neste|senere|mandag|tirsdag|onsdag|torsdag|fredag|klokka|klokken|kl|ifølge|innen", "vite|se ... hvem|når|hvilken",
  "koster|koste|pris|prisen|gebyr* ... samtale|samtalen|telefonmøte|rådgivning|møte|time",
];

/** Norwegian (bokmål, some nynorsk): more of how customers say each thing (definite forms, spoken spellings, Norwegian bodies). */
export const no: LexiconExtension = {
  negators: ["ikkje", "inga", "itj"],
  softeners: ["litt", "småt"],
  phrases: {
    personRequest: [
      // "møte opp på kontoret og ordne dette med noen der", "ring gjerne etter kl. 17"
      "mote|møte opp|innom pa|på|paa kontoret|filialen|butikken|skranken ... med_noen|med_en_ansatt|personlig|ansikt_til_ansikt",
      "ring|ringe gjerne|gjerne_meg|meg etter|for|mellom|i_morgen|i_dag|pa|på",
      "fa|få|faa .. i roret|i_telefonen",
      "noen|en .. som har|kan .. fullmakt|myndighet|lov til a",
      "er det et|en menneske|person", "er det noen der .. hjelpe|snakke", "et menneske der",
      "prate|snakke med en ekte|virkelig person|menneske",
      "snakke|prate med et menneske|en_person|en_medarbeider|en_rådgiver|noen", "et ekte menneske", "en ekte person|medarbeider", "ekte mennesker",
      "menneske takk|nå", "medarbeider takk", "ikke en|med_en|med bot|robot|chatbot|maskin|datamaskin", "ingen bot|robot|chatbot", "gidder ikke .. bot|robot|chatbot",
      "ring meg opp", "ring meg", "ringe meg opp|tilbake", "bli ringt opp", "bli kontaktet", "kan dere ringe", "ringer dere meg", "sett meg over", "sette meg over",
      "kontakt meg", "personlig kontakt", "noen å snakke med", "snakke med lederen|sjefen|en_leder",
      // Asking for a role or someone: "Gi meg en medarbeider", "Jeg krever å få en ansvarlig på tråden".
      `vil_ha|vil_gjerne_ha|krever|ønsker|gi_meg|får_jeg|kan_jeg_få|trenger .. ${ROLE}`, "eg|jeg vil|treng|trenger ha? ein|eit|en|et menneske|person|medarbeidar|medarbeider",
      `en|et|ein|eit ${ROLE} på_tråden|på_telefonen|på_linjen|i_telefonen`, `${ROLE} takk|nå|no|please|pls|snarest`,
      `snakke|prate|tale|chatte|snakka|prata|snakkast .. med .. ${WHO}`, `med .. ${WHO} .. snakke|prate|tale|snakka|prata`,
      // Transfer: sette over, koble, overføre, sende videre, viderekoble.
      "sett|sette|setter meg over|gjennom|videre", "overfør|overføre|koble|kople|viderekoble|videresend|videresende meg", "send|sende|sender meg videre", "meg videre", "meg over til",
      // Take over, look at it: "Kan en kollega ta over saken?", "Kan et menneske se på dette?"
      `${WHO} ... overta|overtar|ta_over|tar_over|ta_seg_av|tar_seg_av|se_på|ser_på|kikke|kikker|titte|sjekke|gå_gjennom|behandle|håndtere`,
      // Is anyone there, is a person reading this, person or bot.
      // "noen" is also "any" ("er det noen gebyrer?"): the suppressors below list what usually follows it then.
      "er|sitter det noen|nokon", "er|sitter det .. et_menneske|eit_menneske|mennesker|folk|en_person", "menneske|mennesker|noen|nokon|person .. og|som .. leser|ser|lytter|svarer", "hallo .. noen|nokon", "noen|nokon der|som leser|lytter|sitter|svarer|kan_hjelpe|jobber", "er det noen|nokon her|der|der_ute|til_stede", "leser|ser|hører|les ... noen|nokon|menneske|mennesker|person",
      "snakker|prater|chatter|skriver|snakkar jeg|eg ... menneske|robot|bot|maskin|datamaskin|person|chatbot", "er du|dere|dykk .. bot|robot|menneske|maskin|ekte|chatbot",
      "menneske|mennesker|person|ekte|personale eller .. bot|bots|robot|roboter|robotar|maskin|datamaskin|chatbot", "bot|bots|robot|maskin|datamaskin|chatbot eller .. menneske|mennesker|person",
      "kun|bare .. bots|roboter|robotar|maskiner|maskinar", "kjøtt og blod", "levende menneske|person",
      // Call me; I would rather explain on the phone (nynorsk "ringje").
      "prat|telefonprat|samtale|telefonsamtale|oppringning|telefon .. med|fra|frå .. noen|nokon|dere|dykk|en|ein|medarbeider*|rådgiver*|saksbehandler*", "ta en|ein prat",
      "en|ein samtale|telefonsamtale|oppringning .. hadde|ville|vil|takk|gjerne", "få en|ein telefon|oppringning|samtale",
      "heller|helst .. over_telefon|på_telefon|i_telefonen|muntlig|ringe|snakke|prate", "over_telefon|på_telefon|muntlig|i_telefonen .. forklare|gå_gjennom|snakke|prate|ta",
      "ta det|dette|den .. muntlig|over_telefon|på_telefon", "ringje|ring|ringe meg|oss", "kan nokon|noen ringe|ringje", "er_det_mulig|går_det ... snakke|prate|ringe|få_tak",
      // Escalate, hand on; human help; a real contact; not with an AI; someone on the phone.
      "eskaler*", `sende|send|gi|videreformidle|overlevere .. sak*|det|dette .. videre? til .. ${WHO}`, `videre til .. ${WHO}`,
      "menneskelig* hjelp|kontakt|støtte|support|saksbehandling|stemme", "ekte|fast|personlig kontaktperson", "ikke|ingen|ikkje .. med .. ai|ki|bot|boten|chatbot|maskin|datamaskin|robot",
      "noen|nokon|et_menneske|eit_menneske|en_medarbeider|en_rådgiver på_telefonen|på_tråden|på_linjen|i_telefonen", "personlig .. med .. noen|nokon|et_menneske|en_medarbeider", "med .. noen|nokon|menneske|medarbeider .. personlig",
      "snakke|prate|tale|snakka med vedkommende",
      ...EMBEDDED,
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
    personRequest: [
      "kontaktperson* ... ændre|endre|opdatere|oppdatere|skifte|bytte|tilføje|legge_til|fjerne|ændret|endret|skiftet|byttet", "skal|må|bør|skulle|skal_det|må_det der|det være .. nogen|noen|nokon",
      // Shared by the Danish and Norwegian lexicons, which read each other's messages: a suppressor only cancels its own lexicon's match.
      "koster|koste|pris|prisen|gebyr*|honorar* ... med .. rådgiver*|medarbejder*|medarbeider*|person|menneske|læge|lege|dyrlæge*|veterinær*|konsulent*",
      "talte|talt|snakkede|snakket|snakka|pratet|prata|chattede|chattet|ringede|ringte|ringt|ringet|snakte .. med .. menneske|mennesker|person|personen|medarbejder*|medarbeider*|rådgiver*|sagsbehandler*|saksbehandler*|konsulent*|kundeservice|support|kolleg*|chef|chefen|sjef|sjefen|leder|lederen|nogen|noen|nokon|en|et|ein|eit|jer|dere|dykk",
      "på mine|vores|våre vegne", "på vegne av meg|oss", "hvornår|når .. åbent|åben|åpent|åpen|kan_man_ringe",
      // Past contact: "Jeg snakket med noen forrige uke, og det er ordnet".
      `snakket|snakka|pratet|prata|talte|ringte|chattet|snakte .. med .. ${WHO}`, `har|hadde .. snakket|snakka|pratet|prata|chattet .. med`,
      `${WHO} .. ringte|har_ringt|hjalp|har_hjulpet|løste|fikset|fiksa|ordnet|overtok|på_telefonen_var|på_telefonen_er`,
      // Someone calling on the customer's behalf ("mannen min ringer"); the customer's own boss.
      `min|mitt|mine|mi ${KIN} .. ringe|ringer|ringje|ring|snakke|prate|kontakte|får|kan`, `${KIN} min|mi|mitt .. ringe|ringer|ringje|ring|snakke|prate|kontakte|får|kan`,
      "på vegne av meg|oss", "på mine|våre vegne", "min|mitt|vår sjef|leder|kollega|arbeidsgiver", "sjefen|lederen|kollegaen|arbeidsgiveren min|mi",
      // "Er det noen gebyrer?": "noen" is also "any".
      "er det noen|noe|nokon|noko .. gebyr*|kostnad*|avgift*|ekstra|problem*|feil|endring*|begrensning*|tilbud|rabatt*|regler|krav|planer|mulighet*|andre|grense*|risiko|forsinkelse*|betingelse*|forskjell*|måte*|nyhet*|oppdatering*|steder|ting|som_helst|spesielle|skjulte|gratis|fordel*|ulemper|utgifter|renter|bøter|former|typer|produkter|tider|ledige|plasser|billetter|mangler|grunn|grunner|sjanse|tegn|garanti*|binding*|oppsigelse*|kampanje*|pakker|abonnement*|alternativ*|brudd|utfall|driftsforstyrrelse*|planlagte|kjente|hendelse*|info*|opplysninger|dokument*|papirer|spørsmål",
      // Accounts, contracts, appointments, phone hours.
      "abonnement*|avtale*|kontrakt*|leilighet*|lån*|gjeld*|regning*|nummer*|leieforhold* ... overta|ta_over", "personer kan .. se|bruke|titte",
      "komme|kommer|kommer_ut ... se_på|ser_på|sjekke|sjekker|titte|titter", "ekstra|annen|ny person|bruker|kontoeier|medeier", "legge til .. person|bruker",
      "åpningstid*|telefontid*", "når .. åpent|åpen|kan_man_ringe",
      ...EMBEDDED_ROUTINE,
    ],
    failure: ["avlyst|kansellert|forsinket .. pga|på_grunn_av .. vær|været|storm|snø|tåke|streik"],
  },
};
