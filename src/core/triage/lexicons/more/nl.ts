import type { LexiconExtension } from "../lexicon.ts";


/** Who a customer asks for: staff, roles, "iemand" (Dutch and Flemish words). */
const WHO = "mens|mensen|persoon|medewerker*|medewerkster*|adviseur*|klantenservice|klantendienst|klantenzorg|helpdesk|collega*|leidinggevende|manager|chef|teamleider*|verantwoordelijke|supervisor|dierenarts|arts|huisarts|dokter|iemand|operator|agent|behandelaar|dossierbehandelaar|dossierbeheerder|echte|echt";
/** A role asked for by name: "Mag ik uw leidinggevende?", "Ik wil de dierenarts spreken". */
const ROLE = "leidinggevende|manager|chef|teamleider*|verantwoordelijke|supervisor|collega*|adviseur*|dossierbehandelaar|dossierbeheerder|behandelaar|dierenarts|arts|huisarts|dokter|medewerker*|medewerkster*|klantenservice|klantendienst";
/** Relatives: "mijn man belt namens mij" is someone calling on the customer's behalf, not a request. */
const KIN = "man|echtgenoot|vrouw|echtgenote|partner|moeder|vader|zoon|dochter|broer|zus|zoon|kleinzoon|kleindochter|buurman|buurvrouw|vriend|vriendin";

/** Staff as the subject or object of an embedded request, with compounds: "schadebehandelaar", "hypotheekadviseur", "de receptie". */
const STAFF = `${WHO}|*behandelaar*|*adviseur*|*medewerker*|*consulent*|receptie|receptionist*|baliemedewerker*|assistente|assistent|doktersassistent*|leidinggevende*|teamleider*|beslisser|iemand_die_bij|iemand_van|iemand_uit|jullie_team|uw_team|bedrijfsleider|management|directie|leiding|bedrijfsleiding`;
/** Words that frame a wish or a polite request: "zou iemand…", "kunnen jullie vragen of…". */
const ASK = "kan|kunt|kunnen|zou|zouden|wil|wilt|willen|graag|vraag|vragen|verzoek|verzoeken|gelieve|hoop|fijn|prettig|mogelijk|laat|laten|liefst|liever|wens|mag";
/** A person, for "a person rather than automatic answers". */
const A_PERSON = "mens|mensen|persoon|personen|medewerker*|medewerkster|iemand|echte|echt|*behandelaar*|*adviseur*";
/** Automatic answers, templates and bots the customer has had enough of. */
const AUTO = "automatische|automatisch|automatisch_antwoord|standaardantwoord*|standaardreactie*|standaardmail*|standaardmails|standaardzinnen|bot|bots|chatbot*|robot*|ai|computer|computergestuurde";
const DECIDE = "beslissen|besluiten|beslissing|beslist|uitzondering|goedkeuren|goedkeuring|toestemming|akkoord|kwijtschelden|schrappen|beoordelen|intrekken|coulance|soepel";

/**
 * Round 2: requests embedded in longer, polite messages about an ordinary problem
 * ("…is er iemand bij jullie die over de kosten kan beslissen?", "…ik leg het liever uit aan een schadebehandelaar").
 */
const EMBEDDED: readonly string[] = [
  // Someone who can decide, approve or make an exception.
  `iemand|persoon|${STAFF} .. die|dat|met .. kan|mag|kon|zou|bevoegd|bevoegdheid|mandaat ... ${DECIDE}`, "iemand die|dat .. bevoegd|beslist|beslissingsbevoegd*", "iemand met .. beslissingsbevoegdheid|mandaat|bevoegdheid", "beslissingsbevoegd*",
  // Discuss, sort out or take it up with an employee: "Ik wil dit opnemen met iemand die bij de bank werkt."
  `opnemen|opneemt|bespreken|doornemen|regelen|uitzoeken|overleggen|oplossen|afstemmen|kortsluiten|afhandelen|uitpraten met .. ${STAFF}`,
  `met .. ${STAFF} ... opnemen|doornemen|regelen|uitzoeken|overleggen|oplossen|afstemmen|kortsluiten|afhandelen|uitpraten|bespreken`, "iemand die|dat bij|voor .. werkt|werken",
  // Have someone contact me: "Kunnen jullie vragen of een adviseur mij belt?", "dat iemand van jullie team mij terugbelt".
  `${ASK} ... iemand|${STAFF} ... me|mij|ons .. belt|bellen|terugbelt|terugbellen|opbelt|opbellen|contacteert|contacteren|benadert|benaderen|mailt|mailen`,
  `${ASK} ... iemand|${STAFF} ... contact .. met .. me|mij|ons .. opneemt|opnemen|zoekt|zoeken`, "laat|laten .. iemand|een|de ... bellen|terugbellen|contact_opnemen",
  "door .. iemand|een|de ... gebeld|teruggebeld|benaderd|gecontacteerd .. worden|word|wil|graag",
  // Rather explain it to a person (a claims handler, by phone, in person) than fill in forms.
  `liever|liefst|het_liefst|bij_voorkeur ... uit|uitleggen|toelichten|vertellen|bespreken|doornemen|regelen|leggen ... aan|met|bij .. ${STAFF}`,
  `leg|leggen|uitleggen|vertel|vertellen|toelichten ... aan|met .. ${STAFF} .. liever|dan|in_plaats`,
  "graag|liever|liefst|wil|zou ... persoonlijk|mondeling|telefonisch .. toelichten|uitleggen|bespreken|doornemen|vertellen|spreken|contact|uitleg",
  "persoonlijk|mondeling .. toelichten|uitleggen|bespreken|doornemen|vertellen",
  // A call as something asked for: "Ik zou graag een telefoontje krijgen", "Kan ik een terugbelafspraak inplannen?"
  "krijgen|ontvangen|inplannen|plannen|afspreken|aanvragen|wil|willen|graag .. een? telefoontje|belletje|telefonische_afspraak|terugbelafspraak|telefoongesprek|terugbelmoment",
  "telefoontje|belletje|telefoongesprek .. van|met .. jullie|u|iemand|een|de",
  // Pass the case on or up; a manager on the line.
  `doorsturen|doorzetten|voorleggen|escaleren|doorgeven|overdragen|doorspelen|doorverwijzen ... aan|naar|bij .. ${STAFF}`,
  `${STAFF} .. erbij_halen|erbij_roepen|inschakelen|aan_de_lijn|aan_de_telefoon|aan_de_lijn_krijgen`,
  // Real people; is anyone working: "Zijn er nog echte mensen?", "Werkt er vandaag überhaupt iemand?"
  "echte|levende mensen|personen", "werkt|werken|zit|zitten er .. iemand|mensen|nog_iemand|iemand_van", "iemand|mensen aan_het_werk|aanwezig|op_kantoor|bereikbaar",
  // Not the automatic answers: a person instead.
  `${AUTO} ... wil|wens|nodig|liever|graag|in_plaats|eis .. een? ${A_PERSON}`,
  `${A_PERSON} ... in_plaats_van|dan|niet ... ${AUTO}`, `geen|niet .. ${AUTO} .. meer? ... ${A_PERSON}`,
];

/** Statements that mention staff without asking for one now (round 2). */
const EMBEDDED_ROUTINE: readonly string[] = [
  `sprak|spraken|gesproken|belde|belden|gebeld|had|hadden ... met .. ${STAFF}`,
  `${STAFF} .. belde|belden|heeft_gebeld|heeft_me|heeft_mij|zei|zegt|schreef|stuurde|bevestigde|keurde|beloofde|nam_contact`,
  `wanneer|hoe_laat|welke_dag .. ${STAFF} .. belt|bellen|contact|langs|komt`, "wie is .. mijn|onze|de|jullie",
  `de|mijn|uw|onze ${STAFF} belt|contacteert|komt .. mij|me|ons|terug|langs ... op|morgen|vandaag|volgende|later|maandag|dinsdag|woensdag|donderdag|vrijdag|om|rond|volgens|binnen`,
  "kost|kosten|prijs|tarief ... telefoontje|gesprek|telefoongesprek|consult|adviesgesprek",
];

/** Dutch (and Flemish): more of how customers say each thing (compounds, separable verbs, Dutch bodies). */
export const nl: LexiconExtension = {
  negators: ["geen", "nergens", "nimmer"],
  softeners: ["ietsje", "tikkeltje", "best"],
  phrases: {
    personRequest: [
      // "ik heb iemand nodig die de bevoegdheid heeft", "kan ik langskomen en het persoonlijk regelen"
      "iemand|medewerker|persoon .. die|met .. bevoegdheid|bevoegd|mandaat|beslissingsbevoegd*|zeggenschap",
      "iemand|een_medewerker|een_mens|een_persoon nodig",
      "langskomen|langs_komen|langsgaan|naar_het_kantoor|naar_de_winkel|naar_het_filiaal|aan_de_balie ... persoonlijk|met_iemand|met_een_medewerker|face_to_face",
      "is daar iemand|een_mens", "is er een mens", "is er iemand die .. kan|me|mij", "zit er een mens",
      "iemand aan de telefoon krijgen", "een mens van vlees en bloed",
      "met een mens|medewerker|medewerkster|persoon spreken|praten|bellen", "een echt|echte mens|persoon|medewerker", "echte mensen", "een mens alstublieft|aub|graag|a_u_b",
      "medewerker graag|alstublieft|aub", "mens graag", "geen .. bot|chatbot|robot|computer|machine|ai", "niet met een|de? bot|chatbot|robot|computer|machine",
      "bel mij|me terug|op", "belt u mij|me", "terugbellen", "teruggebeld worden", "terugbelverzoek", "graag .. gebeld|teruggebeld", "kan iemand mij|me bellen",
      "doorverbinden|doorverbonden", "verbind mij|me door", "leidinggevende", "manager spreken", "iemand aan de lijn|telefoon", "persoonlijk contact",
      // Asking for someone or a role: "Ik wil een mens", "Geef me een medewerker", "Ik eis uw leidinggevende".
      "wil|wens|eis|vraag|zoek|verlang|wilde|wou .. een|n|de|uw|jullie|ne|nen mens|persoon|medewerker*|medewerkster*|adviseur*|collega|leidinggevende|manager|chef|verantwoordelijke",
      `geef|geeft me|mij .. ${WHO}`, `${ROLE} .. spreken|spreke|aan_de_lijn_krijgen|aan_de_telefoon_krijgen|bellen|babbelen`,
      `met .. ${WHO} ... spreken|spreke|praten|praate|prate|bellen|babbelen|klappen|chatten|overleggen|bespreken|kletsen`,
      // Transfer: doorverbinden, doorzetten, doorschakelen, doorsturen naar.
      "verbind|verbindt|verbinden u? me|mij door", "zet|zetten|zet_u|zetten_jullie u? me|mij .. door", "me|mij .. doorzetten|doorschakelen|doorverwijzen|doorverbinden|overzetten",
      "stuur|stuurt|sturen u? me|mij door naar|met", "doorsturen|doorgestuurd|doorgezet|doorgeschakeld naar|met .. iemand|een|de|het|uw|jullie",
      // Take over, look at it: "Kan een collega dit overnemen?", "Kan er een mens naar kijken?"
      `${WHO} ... overnemen|overneemt|afhandelen|behandelen|oppakken`, `${WHO} .. naar .. kijken|kijkt|kijke`, `${WHO} ... bekijken|nakijken|ernaar_kijken|naar_kijken|meekijken`,
      // Is anyone there, is a person reading this, person or bot.
      "is|zit er|daar|hier .. iemand|een_mens|echte_mensen", "hallo .. iemand", "iemand daar|aanwezig|thuis", "leest|lezen|leest_er ... iemand|mens|mensen|medewerker",
      "praat|chat|spreek|schrijf ik ... mens|robot|bot|computer|persoon|machine|chatbot", "ben|bent je|jij|u .. bot|robot|mens|computer|echt|chatbot|machine",
      "mens|mensen|persoon|medewerker|medewerkers|echte of .. bot|bots|robot|robots|computer|chatbot", "bot|bots|robot|computer|chatbot of .. mens|mensen|persoon|medewerker",
      "alleen .. bots|robots|computers|chatbots", "vlees en bloed", "een echt|echte? mens nodig",
      // Call me, I would rather explain by phone (Flemish "ge moogt mij bellen", "contacteer mij").
      "terugbelafspraak|terugbelverzoek|terugbellen", "me|mij .. opbellen|bellen|terugbellen|contacteren|telefoneren", "bel|belt|bellen u? me|mij .. op|terug|even|eens|aub|graag",
      "contacteer|contacteert|contacteren u? me|mij", "graag|aub .. telefoontje|belletje|telefonisch_contact", "telefoontje|belletje .. graag|aub|alstublieft|svp|fijn|prettig|handig",
      "liever .. telefonisch|mondeling|aan_de_telefoon|per_telefoon|bellen|persoonlijk", "telefonisch|mondeling|aan_de_telefoon|per_telefoon .. uitleggen|bespreken|toelichten|regelen|ophelderen",
      "is_het|zou_het mogelijk ... spreken|bellen|terugbellen|doorverbinden|praten",
      // Escalate, hand on; human help; a real contact; not with an AI.
      "escaleer*|escaleren|escalatie", `doorgeven|overdragen|voorleggen aan .. ${WHO}`, `aan .. ${ROLE} .. doorgeven|overdragen|voorleggen|escaleren`,
      "menselijke hulp|medewerker|ondersteuning|contact|stem|begeleiding", "echte|vaste|persoonlijke contactpersoon|aanspreekpunt",
      "niet|geen .. met|via .. ai|ki|bot|chatbot|computer|machine|robot", "via|met een|de? mens|medewerker|persoon", "persoonlijk .. met .. iemand|mens|medewerker", "met .. iemand|mens|medewerker .. persoonlijk",
      "medewerker*|medewerkster|mens|klantenservice|klantendienst|adviseur|operator|leidinggevende|manager|collega|persoon aub|graag|alstublieft|alsjeblieft|svp|nu|a_u_b|pls|please|asap|dringend",
      ...EMBEDDED,
    ],
    bereavement: [
      "is overleden", "zijn overleden", "overlijden", "overlijdensakte", "akte van overlijden",
      "nabestaande*", "erfgena*", "nalatenschap", "testament", "executeur", "notaris", "begrafenis", "crematie", "uitvaart*", "rouw*", "weduwe|weduwnaar",
      "laten inslapen", "ingeslapen", "inslapen", "euthanasie", "plotseling overleden", "mijn overleden",
    ],
    illness: [
      "kinderafdeling|kinderziekenhuis", "ligt .. in_het_ziekenhuis|op_de_afdeling|op_de_ic|op_de_kinderafdeling",
      "chemo*", "bestraling*", "dialyse", "opgenomen in|het ziekenhuis", "in het ziekenhuis", "ziekenhuis*", "spoedeisende hulp", "eerste hulp", "intensive care",
      "ernstig ziek", "erg ziek", "doodziek", ["ziekte", 0.6], "chronisch ziek", "kanker", "tumor", "hartaanval", "hartinfarct", "beroerte", "herseninfarct",
      "burn out|burnout|overspannen", "ziektewet", "ziek thuis", "ziekgemeld", "psychische klachten|problemen", "geestelijke gezondheid", "depressie", "geopereerd", ["operatie", 0.4],
      "ongeluk", "ongeval", "palliatie*", ["diagnose", 0.6], "dementie", "alzheimer",
    ],
    hardship: [
      "lukt .. betalen niet|niet_meer",
      "kunnen .. niet betalen", "schuldhulpverlening",
      "kan .. niet .. betalen|opbrengen", "kunnen .. niet .. betalen", "niet meer betalen", "geen geld", "geen cent", "blut", "krap bij kas", "rond komen|rondkomen",
      "niet rond", "baan kwijt", "werk kwijt", "ontslagen", "werkloos", "ww uitkering", ["uitkering", 0.6], "bijstand", "schuldhulp*", "schuldsanering", "budgetbeheer",
      "betalingsachterstand*", ["achterstand*", 0.7], "achter met .. betalen|betalingen|huur", ["betalingsregeling|in_termijnen|later_betalen", 0.6], "uitstel van betaling",
      "huisuitzetting", "uit huis gezet", "afsluiten .. gas|stroom|energie|water", "afgesloten van|afgesloten_worden", "financiële problemen|zorgen|moeilijkheden", "geldzorgen",
      "schulden", "minimum inkomen|loon", "aow .. te_weinig|niet", "voedselbank",
    ],
    debtCollection: ["incassobureau", "incassokosten", "deurwaarder", "beslaglegging", "loonbeslag", ["bkr", 0.8], "bkr registratie", "dwangbevel", "cjib", "aanmaningen", "sommatie"],
    fraud: [
      ["op mijn naam", 0.6], "nooit klant",
      "code|pincode|inloggegevens|wachtwoord|gegevens .. gegeven|doorgegeven", "gaf .. mijn code|pincode|gegevens", ["geld .. weg|verdwenen", 0.7], ["belde namens", 0.6], "deed zich voor als",
      ["zonder dat ik .. besteld|toestemming|gedaan", 0.9], "van mijn rekening gehaald|afgeschreven .. zonder|niet",
      "iemand heeft .. mijn pas|kaart|rekening|account|gegevens", "mijn pas|kaart .. misbruikt|gekopieerd|gestolen", "afschrijving* .. niet .. gedaan|herken",
      "niet door mij", "ken ik niet", "herken ik niet", "herken .. niet", "onbekende .. afschrijving*|betaling*|transactie*", "zonder mijn toestemming",
      "opgelicht", "oplichter*", "oplichting", "bedrogen", "fraude*", "nep*", "valse .. sms|mail|bankmedewerker|website", "op een link geklikt", "link geklikt",
      "gehackt", "gekaapt", "identiteitsfraude", "spoofing", "whatsapp fraude", "vriend in nood", "geld overgemaakt aan", "gestolen",
    ],
    dispute: [
      ["betaald .. maar|en", 0.8], ["nu willen jullie", 0.6],
      ["prijs|prijzen .. verhoogd", 0.5], "zonder .. melden|te_melden|aankondiging|bericht .. verhoogd", "verhoogd zonder", "niet mee akkoord|akkoord_mee", "ga niet akkoord",
      "terugvorderen|terugvragen", "terug vorderen",
      "dubbel .. afgeschreven|betaald|gerekend", "twee keer .. afgeschreven|betaald|gerekend", "ten onrechte", "onterecht*", "factuur .. klopt_niet|te_hoog|fout",
      "klopt niet", "klopt helemaal niet", "veel te hoog", "geld terug", "mijn geld terug", "terugbetaling .. geweigerd", "nooit besteld", "niet besteld",
      "na opzegging|opzeggen .. afgeschreven|nog", "ondanks .. opzegging|opgezegd", "betaald .. niet_ontvangen|nooit_ontvangen|niets_ontvangen", "terugboeken|terugboeking|storneren",
      "bezwaar maken|indienen", "schadevergoeding", ["compensatie", 0.7], ["vergoeding", 0.4], "eindafrekening .. te_hoog|klopt_niet|fout",
    ],
    complaint: ["klacht indienen", "formele klacht", "officiële klacht", "ik wil klagen", "klacht*", ["klagen", 0.7]],
    legalThreat: [
      "acm", "consuminder", "consuwijzer", "geschillencommissie", "geschillen commissie", "kifid", "ombudsman", "autoriteit persoonsgegevens", "afm", "dnb",
      "juridisch*", "advocaat", "rechtszaak", "naar de rechter", "kantonrechter", "aangifte", "politie", "rechtsbijstand", "juridisch loket", "test aankoop", "testaankoop",
      "ombudsdienst", "consumentenbond", "mijn rechten", "sommeren",
    ],
    leavingUnhappy: ["nooit meer", "ik stap over", "overstappen naar .. concurrent", "naar de concurrent", "klant af", "laatste keer dat"],
    leaving: ["opzeggen", "zeg .. op", "overstappen", "overstap", "contract beëindigen|opzeggen", "account verwijderen|opheffen"],
    dissatisfaction: [
      "service|klantenservice .. waardeloos|slecht|belabberd|bedroevend|abominabel", "ben er klaar mee",
      "niet tevreden", "ontevreden", "teleurgesteld", "teleurstelling", "slechte service|klantenservice", "klantenservice .. slecht|waardeloos", "belabberd*",
      "van het kastje naar de muur", "aan het lijntje", "afgescheept", "genegeerd", "ik ben het zat", "ben het zat", "spuugzat", "beu", ["elke keer weer|keer_op_keer|weer_eens", 0.5],
    ],
    anger: [
      "boos", "woedend", "kwaad", "razend", "pissig", "des duivels", "schandalig", "schande", "belachelijk", "onacceptabel", "onaanvaardbaar", ["bizar", 0.6],
      "dit slaat nergens op", "te gek voor woorden", "oplichters", "dieven", "klote*", "kut*", "godverdomme", "verdomme", "ik eis", ["onmiddellijk", 0.5],
    ],
    distress: [
      ["snap .. niet", 0.5], ["kom er .. niet uit", 0.6],
      "ongerust", "ben|erg|heel|zeer|nogal bezorgd", "bezorgd over|om", "zorgen over|om", "maak me zorgen", "in paniek", "paniek", "bang", "angstig", "wanhopig", "radeloos", "weet niet meer wat ik moet doen",
      "weet niet wat ik moet doen", "help mij|me alstublieft|aub", "helpt u mij", "huilen|huil", "in tranen", "slaap niet", "kan niet slapen", "ten einde raad",
      "ik trek het niet meer", "overstuur", "gestrest", "stress", "zelfmoord", "er een eind aan maken",
    ],
    vulnerability: [
      ["alleen voor met .. kinderen|kids", 0.6], ["scheiding|gescheiden", 0.6], ["sta er alleen voor", 0.6],
      ["rolstoel*", 0.4], "slechtziend*", "blind", "doof", "slechthorend*", "gehandicapt*", "beperking", "bewindvoerder", "curator", "mantelzorg*",
      "thuiszorg", "verpleeghuis", "bejaard*", ["oudere|ouderen", 0.6], ["gepensioneerd|aow", 0.6], "alleenstaande moeder|ouder|vader", ["baby", 0.6], "pasgeboren*",
      "zwanger", "huiselijk geweld", "blijf van mijn lijf", "woon alleen", "eenzaam",
    ],
    failure: [
      "stroom|gas|water|verwarming .. afgesloten|afgesneden", "werkt .. al|sinds .. niet", "niet kloppen", "meter .. onzin|klopt_niet|verkeerd|fout",
      "twee|drie|vier|vijf|zes|tien|2|3|4|5|6|10 keer .. gebeld|gemaild|gemeld|geschreven", "niemand doet .. iets|wat|niks",
      "nooit gewerkt|gefunctioneerd", "heeft nooit .. gewerkt|gefunctioneerd",
      ["derde|vierde|vijfde keer", 0.7], "niks|niets geregeld|opgelost|gedaan", ["nog steeds", 0.5],
      "nog steeds niet|geen", "nog altijd niet", "nooit aangekomen", "niet aangekomen", "niet ontvangen", ["niet|nooit bezorgd", 0.7], "nooit ontvangen", "pakket .. kwijt|zoek|verdwenen",
      "geen reactie|antwoord", "niemand .. reageert|belt|helpt|neemt", "nooit teruggebeld", "niet teruggebeld", "al .. keer gebeld|gemaild", ["meerdere keren", 0.6],
      ["sinds .. weken|maanden", 0.6], "al weken", "al maanden", "zonder stroom|internet|gas|water|verwarming", ["storing*", 0.7], ["kapot", 0.7], "defect",
      ["werkt niet", 0.7], "werkt nog steeds niet", "beschadigd", "verkeerde .. artikel|product|maat", "geannuleerd", ["vertraagd|vertraging", 0.5], "opgehangen", "laten zitten",
    ],
    weakNegative: ["vreselijk", "verschrikkelijk", "waardeloos", "rot|rotte", "stom", "irritant", "balen", "baal", "drama", "ramp", "nachtmerrie"],
    calmCue: ["geen haast", "haast heeft het niet", "uit nieuwsgierigheid", "niks ernstigs", "niets ernstigs", "haha*"],
    infoQuestion: ["ik vroeg me af", "vraagje", "hoe kan ik|wijzig|verander", "wanneer komt|wordt", "waar kan ik", "is het mogelijk"],
  },
  suppressors: {
    bereavement: ["telefoon|batterij|accu|laptop|router|scherm|app .. dood", "doodziek van", "dood moe"],
    // "bezorgd" is worried, and also delivered: "het pakket wordt morgen bezorgd".
    distress: ["serie|film|boek|aflevering|seizoen ... gehuild|huilen|huilde", "serie|film|boek|aflevering|seizoen ... verdrietig|gehuild|huilen|triest", "wordt|worden|werd|word bezorgd", "pakket|pakketje|bestelling|levering|zending|pakje ... bezorgd", "bezorgd op|bij|aan|worden|morgen|vandaag|tussen", "hond|hondje|kat|poes|puppy|kitten|konijn ... bang|angstig|paniek|stress", "bang dat ik .. verkeerd|fout", "geen zorgen"],
    failure: ["geannuleerd|vertraagd|vertraging .. door|vanwege .. weer|storm|sneeuw|mist|staking"],
    illness: ["per ongeluk"],
    personRequest: [
      "contactpersoon|aanspreekpunt ... wijzigen|bijwerken|aanpassen|veranderen|toevoegen|verwijderen|gewijzigd|veranderd",
      // Past contact: "Ik heb al met iemand gesproken", "Een medewerker heeft me teruggebeld".
      `met .. ${WHO} ... gesproken|gebeld|gepraat|gechat|contact_gehad|gemaild|geschreven|gebabbeld`,
      "heeft|hebben|had|hadden ... teruggebeld|gebeld|doorverbonden|doorgezet|geholpen|opgelost|overgenomen",
      // Someone calling on the customer's behalf.
      `mijn ${KIN} .. belt|bellen|bel|opbellen|spreken|contact|mag|kan`, "namens mij|me|ons", "voor mij|me bellen",
      // A second holder or someone added to the account; the price of an advisor.
      "persoon|medewerker|mens|gebruiker ... toevoegen|toe_voegen|machtigen|toegang", "tweede|extra|andere|ander persoon|medewerker|gebruiker|rekeninghouder",
      "kost|kosten|prijs|tarief|tarieven ... met .. adviseur*|medewerker*|arts|dierenarts|consulent", "kost|kosten|prijs|tarief|tarieven .. adviseur*|consult", "adviseurskosten|adviseurs_kosten",
      // Contracts taken over; a technician coming to look.
      "contract|abonnement|huur*|woning|kosten|rekening|nummer|lening|hypotheek ... overnemen|overneemt|overname",
      "komt|komen|langs|langskomen|monteur|technicus ... kijken|bekijken|nakijken", "moet|moeten er iemand .. aanwezig|thuis",
      // The person the customer already dealt with, described.
      `${WHO} aan de telefoon|lijn was|is|heeft|had|deed`,
      // Phone hours.
      "telefonisch bereikbaar", "wanneer .. telefonisch|bereikbaar", "openingstijden",
      ...EMBEDDED_ROUTINE,
    ],
  },
};
