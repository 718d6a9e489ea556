import type { LexiconExtension } from "../lexicon.ts";


/** Who a customer asks for: staff, roles, "nogen", "en af jer". */
const WHO = "menneske|mennesker|mennesket|person|personen|personale|personalet|medarbejder*|rådgiver*|sagsbehandler*|konsulent*|kundeservice|kundeservicen|kundecenter|support|supporten|kolleg*|chef|chefen|leder|lederen|ansvarlig|ansvarlige|teamleder*|dyrlæge*|læge|lægen|doktor|doktoren|nogen|agent|operatør|rigtig|levende|*afdeling*|en_af_jer|en_af_jeres|en_af_dine|folk";
/** A role asked for by name: "Jeg forlanger en ansvarlig", "Giv mig en medarbejder". */
const ROLE = "menneske|mennesker|person|medarbejder|medarbejderen|rådgiver|rådgiveren|sagsbehandler|sagsbehandleren|konsulent|kundeservice|support|kollega|chef|chefen|leder|lederen|ansvarlig|ansvarlige|teamleder*|dyrlæge|dyrlægen|læge|lægen|doktor|agent|operatør";
/** Relatives: "min mand ringer på mine vegne" is someone calling on the customer's behalf. */
const KIN = "mand|kone|hustru|kæreste|partner|mor|far|søn|datter|bror|søster|nabo|ven|veninde|samlever";

/** Danish: more of how customers say each thing (definite forms, spoken spellings, Danish bodies). */
export const da: LexiconExtension = {
  negators: ["ik", "ej", "nej"],
  softeners: ["lidt", "smule", "anelse"],
  phrases: {
    personRequest: [
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
    ],
  },
};
