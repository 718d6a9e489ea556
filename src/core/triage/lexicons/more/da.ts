import type { LexiconExtension } from "../lexicon.ts";


/** Who a customer asks for: staff, roles, "nogen", "en af jer". */
const WHO = "menneske|mennesker|mennesket|person|personen|personale|personalet|medarbejder*|rådgiver*|sagsbehandler*|konsulent*|kundeservice|kundeservicen|kundecenter|support|supporten|kolleg*|chef|chefen|leder|lederen|ansvarlig|ansvarlige|teamleder*|dyrlæge*|læge|lægen|doktor|doktoren|nogen|agent|operatør|rigtig|levende|*afdeling*|en_af_jer|en_af_jeres|en_af_dine|folk";
/** A role asked for by name: "Jeg forlanger en ansvarlig", "Giv mig en medarbejder". */
const ROLE = "menneske|mennesker|person|medarbejder|medarbejderen|rådgiver|rådgiveren|sagsbehandler|sagsbehandleren|konsulent|kundeservice|support|kollega|chef|chefen|leder|lederen|ansvarlig|ansvarlige|teamleder*|dyrlæge|dyrlægen|læge|lægen|doktor|agent|operatør";
/** Relatives: "min mand ringer på mine vegne" is someone calling on the customer's behalf. */
const KIN = "mand|kone|hustru|kæreste|partner|mor|far|søn|datter|bror|søster|nabo|ven|veninde|samlever";

/** Staff as the subject or object of an embedded request, with compounds: "en skadebehandler", "låneraadgiveren", "receptionen". */
const STAFF = `${WHO}|ansat|ansatte|den_ansatte|*sagsbehandler*|*skadebehandler*|*skadesbehandler*|*rådgiver*|*konsulent*|reception|receptionen|receptionist*|overordnet|overordnede|beslutningstager*|ledelsen|*sygeplejerske*|tandlæge*|personalet|ledelse|direktionen`;
/** The same without "nogen" (which is also "any"): roles asked for by name. */
const ROLE2 = `${ROLE}|ansat|*sagsbehandler*|*skadebehandler*|*skadesbehandler*|*rådgiver*|overordnet|overordnede|beslutningstager*|ledelsen|ledere`;
/** Words that frame a wish or a polite request: "jeg vil gerne have at…", "kan I bede…". */
const ASK = "kan|kunne|vil|ville|gerne|ønsker|ønskes|beder|bede|bedes|venligst|må|muligt|håber|taknemmelig|sætte_pris|behøver|brug|lad|lade";
/** A person, for "a person rather than automatic answers". */
const A_PERSON = "person|personer|menneske|mennesker|medarbejder|medarbejdere|nogen|rigtig|rigtige|levende|*sagsbehandler*|*rådgiver*";
/** Automatic answers, templates and bots the customer has had enough of. */
const AUTO = "automatiske|automatisk|autosvar*|standardsvar*|standardiserede|skabelonsvar*|færdige|generiske|bot|botten|bots|chatbot*|robot|robotten|robotsvar*|ai";
const DECIDE = "beslutte|bestemme|beslutning|beslutningen|tage_stilling|godkende|afgøre|undtagelse|dispensation|træffe|eftergive|frafalde|annullere|fjerne";
const ABLE = "kan|må|kunne|har_lov_til|har_mandat_til|har_kompetence_til|har_bemyndigelse_til";

/**
 * Round 2: requests embedded in longer, polite messages about an ordinary problem
 * ("…er der nogen hos jer der kan tage stilling til gebyret?", "…jeg vil hellere forklare det for en sagsbehandler").
 */
const EMBEDDED: readonly string[] = [
  // Someone who can decide, approve or make an exception.
  `nogen der|som .. ${ABLE} ... ${DECIDE}`, `nogen hos|i|fra|på|blandt .. der|som .. ${ABLE} ... ${DECIDE}`, `${ROLE2} der|som .. ${ABLE} ... ${DECIDE}`,
  "beslutningstager*", "nogen med .. beføjelse*|mandat|kompetence|bemyndigelse", "nogen der|som bestemmer|beslutter|afgør",
  // Discuss, sort out or take it up with an employee: "drøfte det her med en ansat".
  `drøfte|drøfter|diskutere|diskuterer|gennemgå|vende|afklare|løse|tage_op|tager_op|snakke_om|tale_om ... med .. ${STAFF}`,
  `tage|tager det|dette|det_her|sagen|spørgsmålet|problemet|min|mit .. op? med .. ${STAFF}`, `tale|snakke|chatte|drøfte .. med .. ${STAFF}`,
  "med .. nogen|en som|der arbejder hos|i|på|for",
  // Have someone contact me: "en af jeres medarbejdere ringer mig op", "at en rådgiver kontakter mig".
  `${ASK} ... nogen|${STAFF} ... kontakter|kontakte|ringer|ringe|ring|ringer_op|ringe_op|vender_tilbage|vende_tilbage mig|os|til_mig|til_os|op|tilbage`,
  `${ASK} ... nogen|${STAFF} ... tager|tage kontakt`, "tage|tager kontakt til|med mig|os", `${ASK} .. høre fra .. nogen|${ROLE2}`,
  "blive|bliver kontaktet|ringet_op .. af",
  // Rather explain it to a person (a case handler, by phone, in person) than fill in forms.
  `hellere|helst|foretrækker|foretrak ... forklare|forklarer|fortælle|fortæller|beskrive|gennemgå|redegøre|tage|tager ... for|med|til .. ${STAFF}`,
  `forklare|forklarer|fortælle|fortæller|gennemgå ... for|med .. ${STAFF} .. hellere|i_stedet|end`,
  "hellere|helst .. personligt|ansigt_til_ansigt|mundtligt|telefonisk", "hellere|helst ... talt|snakket|ringet .. med|i_telefonen",
  // A call as something asked for: "Jeg vil gerne have en opringning", "kan jeg booke et telefonmøde".
  "have|få|ønsker|bede_om|beder_om|booke|bestille|aftale .. et|en? opringning|opkald|telefonopkald|telefonmøde|telefontid|samtale|telefonsamtale|tilbagekald|tilbageringning|videomøde",
  "opringning|tilbagekald|tilbageringning .. fra|tak", "opringning|opkald|telefonmøde|samtale .. fra|med .. jer|dig|nogen|en",
  // Pass the case on or up; a manager on the line.
  `sende|send|sender|give|videregive|videresende|overdrage|løfte ... videre|op til .. ${STAFF}`,
  `løfte|løft|sende_op|tage_op|videregive|sende_videre|send_videre|eskalere|overdrage|give_videre ... til|med .. ${STAFF}`,
  `få|have|fat_i ... ${ROLE2} i_tale|i_røret|i_telefonen|på_linjen|på_tråden`, `fat i .. ${ROLE2}`,
  "vil|kræver|ønsker|forlanger .. tale|snakke|have|få .. en|jeres|din? overordnet|overordnede|ledelsen",
  // Real people; is anyone working: "Er der rigtige mennesker hos jer?", "Er der overhovedet nogen på arbejde?"
  "rigtige|ægte|levende mennesker|personer|folk", "arbejder der .. nogen|folk|mennesker", "nogen|folk på_arbejde|på_job|på_kontoret|til_stede",
  // Not the automatic answers: a person instead.
  `${AUTO} ... brug_for|vil_have|vil_gerne|kræver|ønsker|hellere|i_stedet|foretrækker|giv_mig .. en|et|nogen? ${A_PERSON}`,
  `${A_PERSON} ... i_stedet_for|frem_for|end|ikke ... ${AUTO}`, `ikke|ingen|flere .. ${AUTO} .. svar? ... ${A_PERSON}`,
];

/** Statements that mention staff without asking for one now (round 2). */
const EMBEDDED_ROUTINE: readonly string[] = [
  `talte|talt|snakkede|snakket|ringede|ringet|chattede|havde_kontakt ... med .. ${STAFF}`,
  `${STAFF} .. ringede|har_ringet|sagde|skrev|sendte|bekræftede|godkendte|lovede|kontaktede|har_kontaktet|vendte_tilbage`,
  `hvornår|hvilken_dag|hvor_længe .. ${STAFF} .. ringer|ringe|kontakter|kontakte|vender_tilbage`, "hvem er .. min|mit|jeres",
  "rådgiveren|*rådgiveren*|sagsbehandleren|*sagsbehandleren*|skadebehandleren|lægen|dyrlægen|lederen|chefen|kollegaen|medarbejderen|teknikeren|montøren|sælgeren|mægleren ringer|kontakter|vender_tilbage .. mig|op|tilbage ... på|i_morgon|imorgen|i_dag|næste|senere|mandag|tirsdag|onsdag|torsdag|fredag|klokken|kl|ifølge|inden", "vide|se ... hvem|hvornår|hvilken",
  "koster|koste|pris|prisen|gebyr* ... opkald|samtale|samtalen|telefonmøde|rådgivning|møde",
];

/** Danish: more of how customers say each thing (definite forms, spoken spellings, Danish bodies). */
export const da: LexiconExtension = {
  negators: ["ik", "ej", "nej"],
  softeners: ["lidt", "smule", "anelse"],
  phrases: {
    personRequest: [
      // "en rejsekonsulent i røret", "Ring gerne efter kl. 17", "have fat i en, der har beføjelse til"
      "have|fa|faa|få ... i roret|i_telefonen",
      "ring|ringe gerne|venligst|endelig|lige efter|for|mellem|i_morgen|pa|i_dag|til_mig|mig",
      "have|fa|faa fat i .. en|nogen|en_medarbejder|en_person|et_menneske|en_chef|en_leder",
      "en|nogen .. der|som har|kan .. befojelse|befojelser|bemyndigelse|lov til at",
      "mode op|komme forbi|kigge forbi|kigge ind pa|i butikken|pa_kontoret|i_filialen ... med_nogen|med_en_medarbejder|personligt|ansigt_til_ansigt",
      "er der et|en menneske|person", "er der nogen der .. hjælpe|tale", "et menneske der",
      "fat i en rigtig|et_rigtigt person|menneske", "få fat i .. menneske|person|medarbejder",
      "tale|snakke med et menneske|en_person|en_medarbejder|en_rådgiver|nogen", "et rigtigt menneske", "en rigtig person|medarbejder", "rigtige mennesker",
      "menneske tak|nu", "medarbejder tak", "ikke en|med_en|med bot|robot|chatbot|maskine|computer", "ingen bot|robot|chatbot", "gider ikke .. bot|robot|chatbot",
      "ring mig op", "ring til mig", "ringe mig op", "bliv ringet op", "blive ringet op", "blive kontaktet", "kan I ringe", "viderestil mig",
      "stil mig videre", "kontakt mig", "personlig kontakt", "nogen at tale med", "jeres chef|leder",
      // Asking for a role or someone: "Giv mig en medarbejder", "Jeg forlanger at få en ansvarlig i røret".
      `vil_have|vil_gerne_have|forlanger|kræver|ønsker|giv_mig|får_jeg|kan_jeg_få|må_jeg_få|har_brug_for .. ${ROLE}`,
      `en|et ${ROLE} i_røret|i_telefonen|på_linjen`, `${ROLE} tak|nu|please|pls|hurtigst_muligt`,
      `tale|snakke|chatte|sludre|tales|snakkes .. med .. ${WHO}`, `med .. ${WHO} .. tale|snakke|sludre`,
      // Transfer: stille om, omstille, viderestille, sende videre, overføre.
      "stil|stille|stiller mig om|videre|igennem", "omstil|omstille|overfør|overføre|overflyt|koble mig", "send|sende|sender mig videre", "mig videre", "mig over til",
      // Take over, look at it: "Kan en kollega overtage sagen?", "Kan et menneske kigge på det?"
      `${WHO} ... overtage|overtager|tage_over|tager_over|tage_sig_af|tager_sig_af|kigge|kigger|kikke|se_på|ser_på|gennemgå|behandle|håndtere`,
      // Is anyone there, is a person reading this, person or bot.
      // "nogen" is also "any" ("er der nogen gebyrer?"): the suppressors below list what usually follows it then.
      "er|sidder der nogen", "er|sidder der .. et_menneske|mennesker|folk|en_person", "menneske|mennesker|nogen|person .. og|der|som .. læser|ser|lytter|svarer", "hallo .. nogen", "nogen der|som læser|lytter|sidder|svarer|kan_hjælpe|arbejder", "er der nogen her|derude|til_stede", "læser|ser|hører ... nogen|menneske|mennesker|person",
      "snakker|taler|chatter|skriver jeg ... menneske|robot|bot|maskine|computer|person|chatbot", "er du|i .. bot|robot|menneske|maskine|rigtig|chatbot",
      "menneske|mennesker|person|rigtige|personale eller .. bot|bots|robot|robotter|maskine|computer|chatbot", "bot|bots|robot|maskine|computer|chatbot eller .. menneske|mennesker|person",
      "kun|bare .. bots|robotter|maskiner|computere", "kød og blod", "levende menneske|person",
      // Call me; I would rather explain on the phone.
      "opkald|telefonopkald .. fra|med .. medarbejder*|rådgiver*|nogen|jer|en|et", "et opkald .. ville|vil|tak|gerne", "få et opkald", "snak i|over|på telefonen",
      "hellere|helst .. over_telefonen|i_telefonen|telefonisk|mundtligt|ringe|tale|snakke", "over_telefonen|telefonisk|mundtligt|i_telefonen .. forklare|gennemgå|snakke|tale",
      "tage det|dette|den .. mundtligt|over_telefonen|telefonisk", "ringer i mig|tilbage|op", "er_det_muligt ... tale|snakke|ringe|få_fat",
      // Escalate, hand on; human help; a real contact; not with an AI; someone on the phone.
      "eskaler*", `sende|send|give|videregive|overdrage .. sag*|det|dette .. videre? til .. ${WHO}`, `videre til .. ${WHO}`,
      "menneskelig* hjælp|kontakt|support|sagsbehandling|stemme", "rigtig|fast|personlig kontaktperson", "ikke|ingen .. med .. ai|ki|bot|botten|chatbot|maskine|computer|robot",
      "nogen|et_menneske|en_medarbejder|en_rådgiver i_telefonen|i_røret|på_linjen", "personligt|personlig .. med .. nogen|et_menneske|en_medarbejder", "med .. nogen|menneske|medarbejder .. personligt",
      "ring|ringe til? mig venligst|gerne|snarest|nu|tak|hurtigst|hurtigt", "tale|snakke|snakket med vedkommende",
      ...EMBEDDED,
    ],
    bereavement: [
      "er død", "døde", "afdøde", "dødsfald*", "dødsattest", "bortgang",
      "bisættelse*", "begravelse*", "mindehøjtidelighed", "efterladte", "arving*", ["arv", 0.6], "testamente*", "dødsboet", "skifteret*", "bobestyrer", "i sorg",
      "sorgen", "sov ind", "aflivet|aflive|aflivning", "enke", "mistede min|vores",
    ],
    illness: [
      "børneafdeling*", "ligger på .. hospitalet|sygehuset|børneafdelingen|intensiv",
      "kemo*", "strålebehandling", "dialyse", "indlagt", "på hospitalet|sygehuset", "hospital*", "sygehus*", "skadestue*", "akutmodtagelse*", "intensivafdeling*|intensiv_afdeling",
      "alvorligt syg", "meget syg", "alvorlig sygdom", ["sygdom*", 0.6], "kronisk syg", "kræft*", "cancer*", "hjerteanfald", "blodprop", "hjerneblødning",
      "sygemeldt", "sygeorlov", "psykisk syg", "psykiske problemer", "mental sundhed", "depression", "opereret", ["operation", 0.4], ["ulykke*", 0.6], "trafikulykke",
      "palliativ*", "hospice", "diagnose*", "demens", "alzheimer*", "sklerose",
    ],
    hardship: [
      "kan ikke nå at betale", "kan ikke få .. til at løbe rundt|hænge_sammen",
      "kommet bagud", "ikke råd til", "ikke længere|rigtig råd til",
      "kan ikke betale", "kan ik betale", "ikke kan betale|klare_regningen", "ikke har råd", "har ikke råd", "har ik råd", "ikke råd til", "ingen penge", "har ingen penge", ["flad", 0.6], "på røven", "pengene slår ikke til",
      "mistet mit job|arbejde", "mistede mit|jobbet", "blevet fyret", "fyret mig|fra_mit_job", "opsagt", "er ledig|blevet_ledig", "arbejdsløs", "dagpenge", "kontanthjælp", "sygedagpenge",
      "bagud med", "restance", ["betalingsaftale|afdragsordning", 0.6], ["afdrag", 0.6], "udskyde betaling*|regning*", "henstand", ["udsættelse", 0.5], ["ratebetaling", 0.6],
      "udsat|udsættelse .. lejlighed|bolig", "lukke for .. strøm|varme|vand", "lukket for strømmen|varmen|vandet|gassen", "økonomiske problemer|vanskeligheder", "svært ved at betale|få_det_til_at_hænge_sammen",
      "få det til at hænge sammen", "gæld*", "gældsrådgivning", "gældssanering", "lav indkomst", "pension .. slår_ikke_til",
    ],
    debtCollection: ["inkassobureau*", "inkassovarsel", "inkassokrav", "fogedretten", "udlæg", "lønindeholdelse", "skat .. inddrive*", "gældsstyrelsen", "rki registrer*", "lowell", "intrum"],
    fraud: [
      ["i mit navn", 0.6], "aldrig været kunde",
      "ikke kan genkende", "kan ikke genkende", "genkender ikke", "som jeg ikke .. bestilt|godkendt|foretaget|lavet",
      "nogen har brugt mit kort|min_konto", "brugt mit kort", "ukendt* .. træk|betaling*|transaktion*", "har ikke .. lavet|godkendt|bestilt", "ikke godkendt",
      "uden min tilladelse|viden", "svindel*", "svindlet", "snydt", "bedrag*", "phishing", "falsk* .. sms|mail|link|side|medarbejder", "klikkede på et link",
      "gav .. mine oplysninger|min_kode|mitid", "mitid .. misbrugt|stjålet", "identitetstyveri", "hacket", "hackede", "stjålet", "stjal", "tyveri",
    ],
    dispute: [
      ["betalt .. men", 0.8],
      ["hævet prisen|priserne", 0.5], ["uden varsel", 0.7], "accepterer jeg ikke|ikke_accepterer",
      "trukket .. to gange|dobbelt", "dobbelt trukket|betalt", "forkert* regning|faktura|beløb", "for høj regning", "regning .. forkert|for_høj", "uberettiget",
      "med urette", ["pengene tilbage", 0.4], "mine penge tilbage", "vil have .. penge|refusion", "aldrig bestilt", "ikke bestilt", "efter opsigelse|opsigelsen",
      "selvom jeg .. opsagt|afbestilt|sagde_op", "betalt .. ikke_modtaget|aldrig_modtaget", "tilbageførsel", "indsigelse", "reklamere|reklamation", "erstatning", "kompensation",
    ],
    complaint: ["klage*", "klager", "indgive en klage", "officiel klage", "formel klage", "vil klage"],
    legalThreat: [
      "forbrugerrådet", "forbrugerrådet tænk", "forbrugerombudsmand*", "ankenævn*", "forbrugerklagenævn*", "nævnenes hus", "center for klageløsning",
      "klageløsning", "konkurrence og forbrugerstyrelsen", "finanstilsynet", "datatilsynet", "politi*", "anmelde|anmelder|politianmeld*", "retssag", "sagsøge",
      "juridisk*", "mine rettigheder", "forbrugerrettigheder",
    ],
    leavingUnhappy: ["aldrig mere", "aldrig igen", "skifter til en konkurrent", "går til konkurrenten", "I har mistet en kunde"],
    leaving: ["opsige|opsiger|opsigelse", "sige op", "siger op", "skifte udbyder|selskab|leverandør", "lukke min konto"],
    dissatisfaction: [
      "service|servicen|kundeservice|kundeservicen .. elendig|dårlig|ringe|for_ringe|for_dårlig", "for ringe",
      "ikke tilfreds", "utilfreds", "skuffet|skuffede|skuffelse", "dårlig service", "elendig service", "kundeservice .. elendig|dårlig", "sendt rundt", "ignoreret",
      "træt af", "led og ked", "det er for dårligt", "for dårligt", "simpelthen for dårligt", "gang på gang", "igen igen", "hver eneste gang",
    ],
    anger: [
      "vred|vrede", "rasende", ["sur|gal", 0.6], "pisse sur", "pissesur", "tosset", "skandaløst", "skandale", "uacceptabelt", "uhørt", "latterligt", "frækt", "uforskammet*",
      "svindlere", "tyveknægte", "fandens", "fanden", ["pis|lort", 0.6], "for helvede", "kræver en forklaring|svar|pengene", ["med det samme", 0.4], "inkompetent*", "useriøs*",
    ],
    distress: [
      ["forstår ikke", 0.5], ["kan ikke overskue", 0.7],
      "bekymret", "meget bekymret", "bekymring", "urolig", "bange", "angst", "panik", "fortvivlet", "desperat", "ved ikke hvad jeg skal gøre", "ved ik hvad",
      "ved ikke hvem jeg skal", "hjælp mig", "hjælp venligst", "græder", "græd", "kan ikke sove", "søvnløs*", "kan ikke mere", "magter ikke", "stresset",
      "knust", "ked af det", "selvmord*", "tage mit eget liv",
    ],
    vulnerability: [
      ["alene med .. børn|børnene", 0.6], ["skilsmisse*", 0.6],
      ["kørestol*", 0.4], "blind", "døv", "svagsynet", "handicap*", "værge", "hjemmehjælp*", "plejehjem*", ["ældre", 0.6], ["pensionist", 0.6], "enlig mor|far|forsørger",
      ["baby", 0.6], "nyfødt*", "gravid", "vold i hjemmet", "krisecenter", "bor alene", "ensom",
    ],
    failure: [
      "strøm|strømmen|varmen|vandet .. lukket|afbrudt", "ikke virket siden", "har ikke virket",
      ["tredje|fjerde|femte gang jeg|at", 0.7],
      "stadig ikke|ingen|intet", "endnu ikke modtaget", "aldrig modtaget|ankommet|kommet", "ikke modtaget", "ikke kommet", "pakken .. forsvundet|væk|bortkommet",
      "intet svar", "ingen svar", "ingen har .. svaret|ringet|hjulpet|vendt_tilbage", "ringer aldrig tilbage", "ringet .. gange", ["flere gange", 0.6],
      ["i ugevis|i_månedsvis", 0.6], "uden strøm|internet|varme|vand", "strømafbrydelse", "nedbrud", ["virker ikke", 0.7], "virker stadig ikke", "i stykker", "defekt",
      "beskadiget", "forkert vare|størrelse", ["aflyst", 0.7], ["forsinket|forsinkelse", 0.5],
    ],
    weakNegative: ["forfærdelig*", "elendig*", "rædsom*", "mareridt", "katastrofe", "irriterende", "træls", "dårlig*"],
    calmCue: ["ingen hast", "ikke noget hastværk", "bare nysgerrig", "intet alvorligt", "haha*", "hehe*"],
    infoQuestion: ["jeg vil gerne vide", "hvordan kan|ændrer|gør jeg", "hvornår kommer", "hvor kan jeg", "er det muligt", "spørgsmål"],
  },
  suppressors: {
    bereavement: ["telefon|telefonen|batteri|batteriet|computer|computeren|router|routeren|skærm|app .. død|døde"],
    distress: ["serie|serien|film|filmen|bog|bogen|afsnit|sæson ... græd|græde", "serie|serien|film|filmen|bog|bogen|afsnit|sæson ... trist|græd", "hund|hunden|kat|katten|hvalp|hvalpen|killing .. bange|angst|panik|stress*", "bange for at jeg .. forkert|fejl"],
    failure: ["aflyst|forsinket .. pga|på_grund_af .. vejr|vejret|storm|sne|tåge|strejke"],
    // "Det kræver MitID" is a requirement, not a demand.
    anger: ["sur .. mælk|vejr", "det|appen|siden|den|som|hvad|dette|tjenesten kræver"],
    personRequest: [
      "kontaktperson* ... ændre|endre|opdatere|oppdatere|skifte|bytte|tilføje|legge_til|fjerne|ændret|endret|skiftet|byttet", "skal|må|bør|skulle|skal_det|må_det der|det være .. nogen|noen|nokon",
      // Shared by the Danish and Norwegian lexicons, which read each other's messages: a suppressor only cancels its own lexicon's match.
      "koster|koste|pris|prisen|gebyr*|honorar* ... med .. rådgiver*|medarbejder*|medarbeider*|person|menneske|læge|lege|dyrlæge*|veterinær*|konsulent*",
      "talte|talt|snakkede|snakket|snakka|pratet|prata|chattede|chattet|ringede|ringte|ringt|ringet|snakte .. med .. menneske|mennesker|person|personen|medarbejder*|medarbeider*|rådgiver*|sagsbehandler*|saksbehandler*|konsulent*|kundeservice|support|kolleg*|chef|chefen|sjef|sjefen|leder|lederen|nogen|noen|nokon|en|et|ein|eit|jer|dere|dykk",
      "på mine|vores|våre vegne", "på vegne av meg|oss", "hvornår|når .. åbent|åben|åpent|åpen|kan_man_ringe",
      // Past contact: "Jeg talte med en af jer i sidste uge, og det er løst".
      `talte|snakkede|snakket|chattede|ringede|talt .. med .. ${WHO}`, `har|havde .. talt|snakket|chattet .. med`,
      `${WHO} .. ringede|har_ringet|hjalp|har_hjulpet|løste|fiksede|fik_løst|overtog|i_telefonen_var|i_telefonen_er`,
      // Someone calling on the customer's behalf; the customer's own boss.
      `min|mit|mine ${KIN} .. ringe|ringer|ring|tale|snakke|kontakte|må|kan`, "på mine|vores vegne", "min|mit|vores chef|leder|kollega|arbejdsgiver",
      // "Er der nogen gebyrer?": "nogen" is also "any".
      "er der nogen|noget .. gebyr*|omkostning*|afgift*|ekstra|problem*|fejl|ændring*|begrænsning*|tilbud|rabat*|regler|krav|planer|mulighed*|andre|grænse*|risiko|forsinkelse*|betingelse*|forskel*|måde*|nyhed*|opdatering*|steder|ting|som_helst|særlige|skjulte|gratis|fordel*|ulemper|udgifter|renter|bøde*|former|typer|produkter|tider|ledige|pladser|billetter|mangler|grund|grunde|chance|tegn|garanti*|binding*|opsigelse*|kampagne*|pakker|abonnement*|alternativ*|nedbrud|udfald|driftsforstyrrelse*|planlagte|kendte|begivenhed*|krav|info*|oplysninger|dokument*|papirer|spørgsmål",
      // Accounts, contracts, appointments, phone hours.
      "abonnement*|aftale*|kontrakt*|lejlighed*|lån*|gæld*|regning*|nummer*|lejemål* ... overtage|tage_over", "personer kan .. se|bruge|kigge",
      "komme|kommer|kommer_ud ... kigge|kigger|se_på|ser_på", "ekstra|anden|ny person|bruger|kontohaver|medejer", "tilføje .. person|bruger",
      "åbningstid*|telefontid*|telefonåbent", "hvornår .. åbent|åben|kan_man_ringe",
      ...EMBEDDED_ROUTINE,
    ],
  },
};
