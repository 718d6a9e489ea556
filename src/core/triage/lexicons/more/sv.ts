import type { LexiconExtension } from "../lexicon.ts";


/** Who a customer asks for: staff, roles, "någon/nån". */
const WHO = "människa|människan|människor|person|personen|personal|personalen|handläggare|handläggaren|rådgivare|rådgivaren|operatör|operatören|medarbetare|medarbetaren|anställd|anställda|någon|nån|kundtjänst|kundservice|kundtjänsten|kollega|kollegor|kollegan|chef|chefen|ansvarig|ansvarige|ansvariga|arbetsledare|arbetsledaren|gruppchef*|teamledare*|veterinär|veterinären|läkare|läkaren|doktor|doktorn|support|supporten|agent|agenten|riktig|levande|*avdelning*";
/** A role asked for by name: "Ge mig er chef", "Jag vill prata med läkaren". */
const ROLE = "chef|chefen|ansvarig|ansvarige|arbetsledare|arbetsledaren|gruppchef*|teamledare*|kollega|kollegan|handläggare|handläggaren|rådgivare|rådgivaren|medarbetare|kundtjänst|kundservice|support|supporten|veterinär|veterinären|läkare|läkaren|doktor|doktorn|agent|operatör|personal";
/** Relatives: "min man ringer för min räkning" is someone calling on the customer's behalf. */
const KIN = "man|make|maken|fru|frun|hustru|sambo|partner|mamma|pappa|mor|far|son|dotter|bror|syster|granne|vän|kompis";

/** Staff as the subject or object of an embedded request, with compounds: "en skadehandläggare", "kundrådgivaren", "receptionen". */
const STAFF = `${WHO}|*handläggare*|*rådgivare*|*rådgivning*|reception|receptionen|receptionist*|överordnad|överordnade|förman|förmannen|beslutsfattare|*sköterska*|*sköterskan*|tandläkare*|handläggning|personalen|*reglerare*|*bedömare*|värderingsman|ledningen|företagsledningen`;
/** Words that frame a wish or a polite request: "skulle uppskatta att…", "vore tacksam om…", "kan ni be…". */
const ASK = "kan|kunde|skulle|kunna|önskar|önskas|önskade|vill|ville|tacksam|uppskatta*|gärna|be|ber|hoppas|vänligen|snälla|möjligt|möjlighet|går|gå|låt|låta|behöver";
/** A person, for "a person rather than automatic answers". */
const A_PERSON = "person|personer|människa|människor|handläggare|medarbetare|någon|nån|riktig|riktiga|levande|*handläggare*|*rådgivare*";
/** Automatic answers, templates and bots the customer has had enough of. */
const AUTO = "automatiska|automatiskt|automatsvar*|autosvar*|standardsvar*|standardiserade|mallsvar*|färdiga|generiska|bot|boten|botten|chattbot*|chatbot*|roboten|robotsvar*|ai";

/**
 * Round 2: requests embedded in longer, polite messages about an ordinary problem
 * ("…finns det någon hos er som kan besluta om avgiften?", "…jag förklarar hellre för en handläggare").
 */
const EMBEDDED: readonly string[] = [
  // Someone who can decide, approve or make an exception.
  "någon|nån som .. kan|får|kunde|skulle|har_rätt_att|har_befogenhet_att|har_mandat_att ... besluta|bestämma|beslut|beslutet|undantag|godkänna|avgöra|ta_ställning|fatta|häva|efterskänka",
  "någon|nån hos|på|i|av|från|bland|där .. som .. kan|får|kunde|skulle|har_rätt_att|har_befogenhet_att|har_mandat_att ... besluta|bestämma|beslut|beslutet|undantag|godkänna|avgöra|ta_ställning|fatta|häva|efterskänka",
  `${STAFF} som .. kan|får|kunde|skulle|har_rätt_att|har_befogenhet_att|har_mandat_att ... besluta|bestämma|beslut|beslutet|undantag|godkänna|avgöra|ta_ställning|häva|efterskänka`,
  "beslutsfattare|beslutsfattaren", "någon|nån med .. befogenhet|befogenheter|mandat|beslutanderätt|beslutsrätt|behörighet", "någon|nån som bestämmer|beslutar|avgör",
  // Discuss, sort out or take it up with an employee: "ta det här med någon som jobbar på banken".
  `ta|tar|ta_upp|tar_upp|reda_ut|gå_igenom|diskutera|lösa|klara_upp|sköta|stämma_av|lyfta|prata_om det|detta|det_här|ärendet|saken|frågan|problemet|ärende|fallet|mitt|min|mina .. med .. ${STAFF}`,
  `diskutera|diskuterar|ta_upp|reda_ut|gå_igenom|stämma_av|lösa ... med .. ${STAFF}`, "med .. någon|nån som jobbar|arbetar hos|på|i|där|för|med",
  `prata|tala|snacka|pratar|talar|snackar|träffa|chatta .. med .. ${STAFF}`,
  // Have someone contact me: "att en kundrådgivare hör av sig", "kan någon från kliniken ringa mig".
  `${ASK} ... någon|nån|${STAFF} ... kontaktar|kontakta|ringer|ringa|ring|nå|ringer_upp|ringa_upp|återkomma|återkommer|svara mig|oss`,
  `${ASK} ... någon|nån|${STAFF} ... hör|höra|höras av`, `${ASK} ... någon|nån|${STAFF} ... tar|ta kontakt`, "höra|hör av er|dig|sig till mig",
  "bli|blir kontaktad|kontaktade|uppringd|uppringda .. av", "ta|tar kontakt med mig|oss",
  // Rather explain it to a person (a case handler, by phone, in person) than fill in forms.
  `hellre|helst|föredrar|föredra|föredrog ... förklara|förklarar|berätta|berättar|beskriva|beskriver|gå_igenom|går_igenom|reda_ut|redogöra|ta|tar ... för|med|till .. ${STAFF}`,
  `förklara|förklarar|berätta|berättar|gå_igenom|reda_ut ... för|med .. ${STAFF} .. hellre|istället|i_stället|än`,
  "hellre|helst .. personligen|personligt|ansikte_mot_ansikte", "hellre|helst .. pratat|talat|ringt|snackat|pratade .. med|i_telefon|per_telefon",
  // A call as something asked for: "Går det att boka ett samtal?", "Jag önskar en återuppringning".
  "boka|bokar|beställa|beställer|önskar|begär|begära|be_om|ber_om|vill_ha|vill_gärna_ha|gärna_ha|få|behöver .. ett|en? samtal|telefonsamtal|telefontid|telefonmöte|uppringning|återuppringning|videosamtal|telefonkontakt|samtalstid",
  "återuppringning|återuppringning_tack", "samtal|telefonsamtal|uppringning|telefontid .. från|med .. er|dig|någon|nån|en",
  // Pass the case on or up: "lyfta det här till en överordnad", "skicka ärendet vidare till en chef".
  `lyfta|lyft|lyfter|skicka_upp|ta_upp|föra_upp|föra_vidare|skicka_vidare|eskalera|lämna_över|överlämna ... till|med .. ${STAFF}`,
  "överordnad|överordnade|förman|högre_chef|chefen|en_chef|beslutsfattare .. tack|snälla|nu|i_luren|i_telefon|på_tråden",
  "vill|kräver|önskar|behöver .. prata|tala|få|ha .. en|er|din? överordnad|överordnade|förman|högre_chef",
  // Real people; is anyone working: "Finns det riktiga människor där?", "Jobbar det ens någon idag?"
  "riktiga|verkliga|levande människor|personer|folk", "jobbar|arbetar det ens? någon|nån|folk|människor", "någon|nån alls som jobbar|arbetar|svarar",
  // Not the automatic answers: a person instead.
  `${AUTO} ... behöver|vill|kräver|önskar|hellre|istället|föredrar|ge_mig .. en|någon|nån? ${A_PERSON}`,
  `${A_PERSON} ... istället_för|i_stället_för|än|inte ... ${AUTO}`, `inte|inga|ingen|slippa .. fler? ${AUTO} .. svar? ... ${A_PERSON}`,
];

/** Statements that mention staff without asking for one now (round 2). */
const EMBEDDED_ROUTINE: readonly string[] = [
  // What a call or an advisor costs.
  "kostar|kosta|kostnad*|pris|priset|avgift|avgiften|avgifter ... samtal|samtalet|telefonsamtal|rådgivare|rådgivning|handläggare|möte",
  // Past contact with a handler or advisor.
  `pratade|pratat|talade|talat|snackade|ringde|ringt|chattade|haft_kontakt ... med .. ${STAFF}`,
  `${STAFF} .. ringde|har_ringt|hörde_av_sig|har_hört_av_sig|hört_av_sig|kontaktade|har_kontaktat|sa_att|sade|skrev|skickade|bekräftade|godkände|lovade`,
  // When someone is going to call: a question about the time, not a request.
  `när|vilken_dag|vilken_tid|hur_länge .. ${STAFF} .. ringer|ringa|hör|höra|kontaktar|kontakta`, "vem är .. min|mitt|er|ert",
  "vill|ville veta|se ... vem|vilken|vilka|när",
  // "Handläggaren ringer mig på torsdag": an arrangement already made ("ringer", not "kan … ringa").
  "handläggaren|rådgivaren|*handläggaren*|*rådgivaren*|läkaren|veterinären|doktorn|chefen|kollegan|medarbetaren|teknikern|montören|säljaren|mäklaren ringer|kontaktar|ska_ringa .. mig|upp ... på|i_morgon|imorgon|idag|nästa|senare|måndag|tisdag|onsdag|torsdag|fredag|klockan|kl|enligt|under|inom",
];

/** Swedish: more of how customers say each thing (definite forms, spoken spellings, Swedish bodies). */
export const sv: LexiconExtension = {
  negators: ["inge", "int", "nej"],
  softeners: ["ganska", "grann"],
  phrases: {
    personRequest: [
      "finns det .. människa|människor|person där?", "är det en människa|person", "någon människa där", "är det någon där",
      "nån|någon på riktigt", "prata|tala|snacka med nån", "en människa på riktigt",
      "få prata|tala|snacka med en|någon", "vill prata|tala|snacka med en|någon", "kan jag få en människa|handläggare|person",
      "människa|handläggare|person tack|snälla|nu", "en riktig person|människa|handläggare", "riktiga människor",
      "slippa .. bot|botten|chattbot|chatboten|roboten|maskinen", "ingen bot|robot|chattbot", "inte med en|någon? bot|robot|maskin|dator",
      "ring upp mig", "ring mig", "ringer ni mig", "bli kontaktad", "vill bli uppringd|kontaktad", "kan ni ringa|kontakta mig",
      "koppla mig till|vidare", "koppla vidare", "personlig kontakt", "mänsklig kontakt", "prata med en människa", "någon att prata med",
      // Asking for a role or someone: "Ge mig en handläggare", "Jag kräver er chef", "Kan jag få prata med läkaren?"
      `vill|kräver|behöver|önskar|ge|få .. mig? .. en|ett|er|din|era|eran|någon|nån? ${ROLE}`, `${ROLE} .. i_telefon|på_tråden|på_linjen|tack|snälla|nu|please|pls|direkt|omgående`,
      `prata|tala|snacka|pratar|talar|snackar|chatta|diskutera .. med .. ${WHO}`, `med .. ${WHO} .. prata|tala|snacka|diskutera`,
      // Transfer: koppla, slussa, skicka vidare, föra över, överföra.
      "mig vidare", "koppla|kopplar|koppla_över|kopplar_över mig", "över mig till", "mig över till", "överför|överföra|flytta|slussa|slussar mig", "kopplas|kopplad|skickas|slussas vidare",
      // Take over, look at it: "Kan en kollega ta över?", "Kan en människa kolla på det här?"
      `${WHO} ... ta_över|tar_över|överta|ta_hand_om|tar_hand_om|titta|tittar|kolla|kollar|kika|kikar|se_över|granska|hantera|handlägga`,
      // Is anyone there, is a person reading this, person or bot.
      // "här" folds to "har" (has), and "någon" is also "any": only "där" and a verb of reading or answering mark it.
      "är|finns|sitter det någon|nån|en_människa|folk|människor där|på_riktigt|alls", "finns|är det någon|nån som .. läser|ser|hör|lyssnar|svarar|jobbar|sitter|kan_hjälpa", "hallå .. någon|nån", "någon|nån där", "människa|människor|någon|nån|person .. och|som .. läser|ser|svarar|lyssnar|sitter", "sitter det .. människa|någon|nån|person", "läser|ser|hör ... någon|nån|människa|människor|person",
      "pratar|chattar|skriver|talar jag ... människa|robot|bot|maskin|dator|person|chattbot", "är du|ni .. bot|robot|människa|maskin|riktig|chattbot|ai",
      "människa|människor|person|riktiga|personal eller .. bot|bottar|boten|robot|robotar|maskin|dator|chattbot|ai", "bot|bottar|robot|robotar|maskin|dator|chattbot|ai eller .. människa|människor|person|personal",
      "bara .. bottar|robotar|maskiner|datorer|chattbottar", "kött och blod", "levande person|människa", "någon levande",
      // Call me; I would rather explain on the phone.
      "samtal|telefonsamtal|uppringning .. från|med .. handläggare|rådgivare|någon|nån|er|medarbetare|person|människa", "ett samtal|telefonsamtal .. vore|hade_varit|tack|snälla",
      "hellre|helst .. i_telefon|per_telefon|muntligt|telefonledes|över_telefon|ringa|prata|tala", "i_telefon|per_telefon|muntligt|telefonledes .. förklara|reda_ut|diskutera|gå_igenom|ta_det|prata",
      "ta det|detta .. muntligt|i_telefon|per_telefon", "få ett|en samtal|telefonsamtal|uppringning", "ringa|ring|ringer upp? mig", "kan ni|du ringa",
      "människa|handläggare|rådgivare|kundtjänst|kundservice|medarbetare|personal|operatör|agent|person tack|snälla|nu|please|pls|direkt|omgående",
      "går_det|är_det_möjligt|skulle_det_gå ... prata|tala|ringa|kopplas",
      // Escalate, hand on; human help; a real contact; not with an AI; someone on the phone.
      "eskalera*", `skicka|skickar|lämna|lämnar|överlämna|ge .. ärende*|det|detta .. till .. ${WHO}`, `vidare till .. ${WHO}`,
      "mänsklig* hjälp|kontakt|support|handläggning|röst", "riktig|fast|personlig kontaktperson", "inte|ingen .. med .. ai|bot|boten|chattbot|maskin|dator|robot",
      "någon|nån|en_människa|en_handläggare|en_medarbetare i_telefon|i_luren|på_tråden", "personligen|personligt .. med .. någon|nån|människa|handläggare", "med .. någon|nån|människa|handläggare .. personligen|personligt",
      ...EMBEDDED,
    ],
    bereavement: [
     
      "har dött|avlidit", "dödsfall*", "avlidne|avlidna", "bortgång*", "efterlevande", "minnesstund", "jordfästning", "i sorg", "sorgen",
      "testamente*", "arvskifte*", "dödsbevis", "dödsattest", "förlorade min|vår|mitt", "fick somna in", "tog farväl",
    ],
    illness: [
      "barnsjukhus*|barnavdelning*", "ligger på .. avdelning*|sjukhus*|iva|intensiven",
      "strålbehandling*", "cellgiftsbehandling*", "cancerbesked", "kemoterapi", "dialys", "hjärtinfarkt", "hjärnblödning", "hjärntumör",
      "inlagd|inlagda|inlagt", "ligger på sjukhus|sjukhuset|intensiven|iva", "akutmottagning*", "akuten", "ambulansen",
      "allvarlig* sjukdom", ["sjukdom*", 0.6], "svårt sjuk", "kronisk*", "utbränd*", "utmattningssyndrom", "utmattad",
      "psykiskt sjuk|dåligt", "psykisk* ohälsa", "psykiatri*", "trafikolycka*", "benbrott", ["brutit", 0.7], ["opereras", 0.8],
      "har cancer", "fått cancer", "sjukskriv*", "parkinson*", "alzheimer*", "epilepsi*", "hjärtsvikt", "njursvikt",
    ],
    hardship: [
      "klarar inte av|att .. räkning*|betala|hyran", "får inte ihop det|ekonomin",
      "kan inte|ej betala|klara .. räkning*|hyran|elen",
      "har inte råd med", "kan ej betala", "inte kan betala|klara_räkningen", "inte har råd", "kan inte betala räkning*|hyran|fakturan", "klarar inte räkning*|hyran",
      "förlorade jobbet|arbetet", "blev av med jobbet|arbetet", "mist jobbet", "fick sparken", "sparkad", "permitterad*", "arbetslöshet",
      "a_kassa|akassa", "försörjningsstöd", "socialbidrag", "ekonomiskt bistånd", "socialen", "sjukpenning", "aktivitetsersättning",
      "släpar efter", "ligger efter", "hamnat efter", "anstånd", "betalningsanstånd", "skjuta upp betalning*|fakturan",
      ["delbetala|delbetalning*", 0.6], "pank", "barskrapad", "lönen räcker inte", "pengarna tar slut", "inga pengar kvar",
      "vräk*", "skuldsanering", "skuldsatt", "konkurs*", "låg inkomst", "ekonomisk kris", "ekonomiskt svårt|kämpigt|tufft",
      "svårt att betala", "svårt att få ihop", "få ihop ekonomin", "har det tufft ekonomiskt",
    ],
    debtCollection: [
      "betalningsföreläggande", "intrum", "lowell", "sergel", "utmätning*", "löneutmätning", "skickat till inkasso|kronofogden",
      "inkassokrav", "inkassobrev", "kronofogden",
    ],
    fraud: [
      ["i mitt namn", 0.6], "aldrig varit kund", "aldrig handlat|beställt hos|från er",
      "gav .. koden|kod|bankid|lösenord|uppgifter", "utgav sig för att vara", "har aldrig fungerat",
      "inte känner igen", "som jag inte .. gjort|godkänt|beställt", "utan att jag .. beställt|godkänt|gjort",
      "*bedrägeri*", "bedragen|bedragna", "någon har använt mitt kort|konto", "använt mitt kort|konto", "okänd* köp|transaktion*|dragning*",
      "köp som jag inte gjort", "har inte gjort .. köp*|överföring*|betalning*", "inte gjort det här köpet", "identitetsstöld", "id_kapning|idkapning|kapning",
      "bluffsamtal", "bluffmejl", "falsk* sms|mejl|mail|länk|bank", "klickade på en länk", "lämnade ut .. kod|koden|bankid|uppgifter",
      "någon har loggat in", "kapade", "skimm*", "stulit|stal", "snott", "blåst på pengar", "blev blåst",
    ],
    dispute: [
      ["höjt|höjde|höjer priset|avgiften", 0.5], "utan att meddela|informera|säga_till", "godkänner inte",
      "dragits|drogs|dragna .. två gånger|dubbelt", "dubbeldragning", "debiterad*|debiterats .. två gånger|dubbelt|fel",
      "orimlig* .. faktura|räkning|belopp", "för hög faktura|räkning", "ifrågasätt*", "kräver .. tillbaka", "vill ha mina pengar tillbaka",
      "aldrig beställt", "har inte beställt", "debiterats trots", "trots att jag sagt upp|avbokat", "fel på fakturan|räkningen",
      "stämmer inte med", "betalat för något", "inte vad jag beställde|betalade", "fick inte det jag betalade",
    ],
    complaint: ["klagomål*", "formell reklamation", "lämna ett klagomål", "framföra klagomål", "göra en anmälan", "vill klaga"],
    legalThreat: [
      "konsumentvägled*", "hallå konsument", "energimarknadsinspektionen", "post och telestyrelsen", "pts", "konsumenternas",
      "tingsrätt*", "stämning", "stämma|stämmer er|företaget", "juridisk*", "rättegång", "polisen", "polis*", "imy", "integritetsskyddsmyndigheten",
      "anmäla till", "anmäler er|detta|ärendet", "reklamationsnämnden", "kontakta min advokat", "rättshjälp",
    ],
    leavingUnhappy: ["aldrig mer", "går till en konkurrent", "byter till en konkurrent", "går till konkurrenten", "nu räcker det", "lämnar er", "byta bolag"],
    leaving: ["byter|byta leverantör|bolag|operatör", "avsluta mitt|mina"],
    dissatisfaction: [
      "service|servicen|kundtjänsten|kundservicen .. usel|dålig|värdelös|uselt|dåligt|katastrofal",
      "inte nöjd|nöjda", "urdålig*", "skitdålig*", "usel service", "dåligt bemötande", "dålig kundservice|kundtjänst",
      "känner mig lurad|sviken|överkörd", "förväntade mig mer", "besvikelse", "trött på er", "less på er", "ledsen på er",
    ],
    anger: [
      "jättearg|skitarg|asarg|skitsur", ["sur|sura", 0.5], "heligt förbannad", "vansinnig*", "ilsk*", "skamligt", "bedrövligt", "uselt",
      "fy fan", "vad i helvete", "sjukt dåligt", "inkompetent*", "respektlös*", "oförskämd*", "otrevlig*", "skandalöst",
      "är ni seriösa", "helt sjukt", "vad håller ni på med",
    ],
    distress: [
      "jätteorolig*", "oroar mig", "oroad", "förtvivlad*", "vet inte vad jag ska ta mig till", "vet inte vart jag ska vända mig",
      "sömnlös*", "gråtit", "gråter", ["nervös*", 0.6], "överväldigad*", "hjälplös*", "självmord*", "ta livet av mig", "orkar inte mer",
      "mår skit", "knäckt", "helt slut", "rädd för", "vet inte vad jag ska göra", "hjälp mig snälla", "snälla hjälp mig",
    ],
    vulnerability: [
      ["ensam med .. barn|barnen", 0.6], ["separationen|skilsmässan", 0.6],
      "ålderspensionär", ["rullstol*", 0.4], "synskadad*", "hörselskadad*", "döv", "blind", "nyfödd*", "förvaltare", "god man",
      "hemtjänst*", "handikapp*", "kognitiv*", "skyddad identitet", "kvinnojour*", "bor själv", ["ensam", 0.5], "gammal och",
    ],
    failure: [
      "el|elen|strömmen|värmen|vattnet .. stängts_av|stängdes_av|stängt_av|avstängd|avstängt",
      ["tredje|fjärde|femte gången jag|som", 0.7], "inget|ingenting har hänt|löst|ordnats",
      "har fortfarande inte fått", "inget händer", "ingen återkoppling", "ingen har hört av sig", "har ringt .. gånger",
      ["flera|många gånger", 0.7], "har mejlat .. gånger", "väntat i timmar", "kö i .. timmar|timme|timmar", ["försenad*", 0.5],
      "aldrig levererat*", "inte levererat|levererad|levererats", "kom inte fram", "paketet .. försvunnit|borta", "fel vara|storlek",
      "strömavbrott", ["avbrott", 0.6], "utan el|ström|värme|internet|vatten|varmvatten", ["avstängd*", 0.6], "spärrat|spärrad|låst konto",
      "utan svar", "inget svar", "ringde aldrig", "hörde aldrig av sig", "fortfarande inget", "ingen hjälp", "har inte löst",
    ],
    weakNegative: ["tråkig*", "jobbig*", "urusel*", "mardröm*", "pest", "eländig*", "skit"],
    calmCue: ["ingen brådska", "bara nyfiken", "inget allvarligt", "ingen fara", "ingen stress", "det brådskar inte"],
    infoQuestion: ["undrar", "jag undrar", "när kommer", "hur länge", "hur ändrar|byter|ser"],
  },
  suppressors: {
    distress: ["serie|serien|film|filmen|bok|boken|avsnitt|avsnittet|säsong|programmet ... grät|gråter|gråta", "serie|serien|film|filmen|bok|boken|avsnitt|avsnittet|säsong|programmet ... sorglig|grät|grät_som|ledsen", "ledsen .. störa|att|för_att|men"],
    // "åskan" (thunder) folds to "askan" (the ashes).
    bereavement: ["för|av|vid askan|aska", "askan|aska och|mullrar|mullrade|slog|gick_över|blixt*", "mobilen|datorn|skärmen|laddaren|appen|routern .. dog|död", "död länk|zon"],
    failure: ["inställd|inställt|ställdes_in .. på_grund_av|pga .. väder|vädret|storm|stormen|snö|dimma"],
    anger: ["sur|sura .. mjölk|gurka|väder|vädret"],
    personRequest: [
      "kontaktperson* ... ändra|uppdatera|byta|lägga_till|ta_bort|ändrats|bytts",
      // Past contact: "Jag pratade med någon förra veckan och det är löst".
      `pratade|pratat|talade|talat|snackade|snackat|chattade|chattat|ringde|ringt|haft_kontakt .. med .. ${WHO}`, `har|hade .. pratat|talat|snackat .. med`,
      `${WHO} .. ringde|har_ringt|ringt|hjälpte|har_hjälpt|löste|fixade|kopplade|tog_över`,
      // Someone calling on the customer's behalf; the customer's own boss or colleague.
      `min|mitt|mina ${KIN} .. ringa|ringer|ring|prata|pratar|kontakta|får|kan`, "för min|vår räkning", "å mina|våra vägnar",
      "min|mitt|mina|vår|våra chef|chefen|kollega|kollegor|kollegan|arbetsgivare",
      // Accounts, contracts and appointments, not a request for a person.
      "abonnemang*|avtal*|kontrakt*|lägenhet*|lån*|skuld*|kostnad*|räkning*|nummer* ... ta_över|tar_över|överta",
      "personer kan|får|ska .. titta|se", "komma|kommer|kommer_hem|komma_hem|hem ... titta|tittar|kolla|kollar|kika|kikar", "andra|extra|ny person|användare|kontohavare", "lägga till .. person|användare",
      "öppettider*", "när .. öppen|öppet|kan_man_ringa", "vilka tider .. ringa",
      ...EMBEDDED_ROUTINE,
    ],
  },
};
