import type { LexiconExtension } from "../lexicon.ts";


/** Who a customer asks for: staff, roles, "someone", Swiss "öpper" (nominative, accusative, dative). */
const WHO = "mensch|menschen|person|mitarbeiter*|mitarbeitende*|berater*|kundenberater*|sachbearbeiter*|ansprechpartner*|kundenbetreuer*|betreuer*|kundendienst|kundenservice|kundenservices|support|kolleg*|vorgesetzt*|chef|chefin|chefs|teamleiter*|abteilungsleiter*|filialleiter*|verantwortlich*|zuständig*|tierarzt|tierärztin|tierarztin|arzt|ärztin|arztin|doktor|agent|agentin|operator|jemand|jemanden|jemandem|öpper|öpperem|öppert|echten|lebendige*";
/** Someone senior or the responsible person: asked for by name of the role. */
const ROLE = "chef|chefin|chefs|vorgesetzt*|teamleiter*|abteilungsleiter*|filialleiter*|geschäftsführ*|geschaeftsfuehr*|verantwortlich*|zuständig*|zustaendig*|kolleg*|sachbearbeiter*|berater*|arzt|ärztin|arztin|tierarzt|tierärztin|tierarztin|doktor|leitung";
/** Relatives: "meine Frau ruft für mich an" is someone calling on the customer's behalf, not a request. */
const KIN = "mann|ehemann|frau|ehefrau|partner*|mutter|vater|sohn|tochter|bruder|schwester|enkel*|betreuer*|nachbar*|freund|freundin";

/** Staff as the subject or object of an embedded request, with compounds: "Kreditberater", "Schadenregulierer", "die Rezeption". */
const STAFF = `${WHO}|*berater*|*sachbearbeiter*|*betreuer*|*regulierer*|*gutachter*|*abteilungsleiter*|*filialleiter*|entscheider*|zuständige*|zustaendige*|rezeption|empfang|praxisteam|praxis|sprechstundenhilfe|arzthelfer*|*assistent*|leitung|geschäftsleitung|geschaeftsleitung|team|ihrem_team|eurem_team`;
/** Words that frame a wish or a polite request: "könnte sich jemand…", "ich hätte gern…", "bitten Sie…". */
const ASK = "kann|könnte|koennte|konnte|können|könnten|koennten|konnten|würde|wurde|wuerde|würden|möchte|moechte|mochte|wünsche|bitte|bitten|gerne|gern|wäre|ware|waere|lassen|lass|soll|sollte|möge|dürfte|darf";
/** A person, for "a person rather than automatic answers". */
const A_PERSON = "mensch|menschen|person|mitarbeiter*|mitarbeitende*|jemand|jemanden|jemandem|sachbearbeiter*|berater*|echte*|lebendige*";
/** Automatic answers, templates and bots the customer has had enough of. */
const AUTO = "automatische*|automatisch|standardantwort*|standardmail*|standardtext*|textbaustein*|floskel*|vorgefertigte*|bot|bots|chatbot*|ki|automat*|computer|maschine|autoantwort*";
const DECIDE = "entscheiden|entscheidet|entscheidung|entscheidungen|ausnahme|genehmigen|freigeben|kulanz|kulant|erlassen|stornieren|zurücknehmen|streichen|befugt|befugnis|kompetenz|vollmacht|absegnen|bewilligen";

/**
 * Round 2: requests embedded in longer, polite messages about an ordinary problem
 * ("…gibt es bei Ihnen jemanden, der über die Gebühr entscheiden kann?", "…ich würde das lieber einem Sachbearbeiter erklären").
 */
const EMBEDDED: readonly string[] = [
  // Someone who can decide, approve or make an exception.
  `jemand|jemanden|jemandem|person|${STAFF} .. der|die|mit|welche|welcher ... ${DECIDE}`, "entscheidungsbefugt*|entscheidungsbefugnis|entscheidungsträger*|entscheider*", "wer .. entscheiden|entscheidet|genehmigen|befugt .. darf|kann|ist",
  // Discuss, sort out or take it up with an employee: "mit jemandem, der bei der Bank arbeitet".
  `besprechen|klären|klaeren|klaren|abklären|regeln|durchgehen|erörtern|diskutieren|aufnehmen ... mit .. ${STAFF}`, `mit .. ${STAFF} ... besprechen|klären|klaeren|klaren|abklären|regeln|durchgehen|erörtern|diskutieren|sprechen|reden`,
  `mit .. jemandem|jemand|einer_person|wem .. der|die .. bei|für|in .. arbeitet|arbeiten|tätig`,
  // Have someone contact me: "Könnte sich jemand aus Ihrem Team bei mir melden?", "einen Berater bitten, mich anzurufen".
  `${ASK} ... jemand|${STAFF} ... bei_mir|bei_uns ... melden|meldet|zurückmelden|zurueckmelden|zurückmeldet`, `${ASK} ... sich .. ${STAFF} .. bei_mir|bei_uns`,
  "mich|uns .. anzurufen|zurückzurufen|zurueckzurufen|zuruckzurufen|zu_kontaktieren|zu_erreichen", `${ASK} ... jemand|${STAFF} ... mich|uns .. anrufen|anruft|zurückrufen|zurückruft|kontaktieren|kontaktiert|erreichen`,
  "sich .. bei_mir|bei_uns .. melden|meldet|zurückmelden|zurueckmelden|zurückmeldet .. könnte|koennte|würde|wurde|wuerde|möge",
  // Rather explain it to a person (a case handler, by phone, in person) than fill in forms.
  `lieber|am_liebsten|bevorzugt|vorzugsweise|eher ... ${STAFF} ... erklären|erklaeren|erklaren|schildern|darlegen|erzählen|erzaehlen|erzahlen|besprechen|klären|klaeren|klaren|sagen|beschreiben`,
  `erklären|erklaeren|erklaren|schildern|darlegen|erzählen|besprechen ... ${STAFF} ... lieber|statt|anstatt|als`,
  "persönlich|personlich|persoenlich|mündlich|muendlich|mundlich .. klären|klaeren|klaren|besprechen|erklären|erklaeren|erklaren|sprechen|reden|schildern|darlegen",
  // A call as something asked for: "Ich hätte gern einen Anruf von Ihnen", "einen Telefontermin".
  "hätte|haette|hatte|möchte|moechte|mochte|wünsche|wuensche|erbitte|bitte|gerne|gern|vereinbaren|ausmachen|buchen .. einen|ein|um_einen|um_ein? anruf|rückruf|ruckruf|rueckruf|telefonat|telefontermin|rückrufbitte|telefongespräch|telefongesprach",
  `anruf|rückruf|ruckruf|rueckruf|telefonat|telefontermin .. von|vom|mit .. ihnen|euch|jemand*|${STAFF}`,
  // Pass the case on or up: "leiten Sie mein Anliegen an einen Vorgesetzten weiter", "ein Vorgesetzter soll…".
  `leiten|leitet|leite|geben|gebt|gib|reichen|reicht .. sie? ... an|zu .. ${STAFF} .. weiter`, `weiterleiten|weitergeben|weiterreichen|vorlegen|eskalieren|übergeben|ubergeben ... an|zu .. ${STAFF}`, `an|zu|zur|zum .. ${STAFF} .. weiterleiten|weitergeben|weiterreichen|vorlegen|eskalieren|übergeben|ubergeben`,
  `${ROLE} .. soll|sollte|möge|moege|muss ... ansehen|anschauen|prüfen|pruefen|melden|anrufen|entscheiden|übernehmen|ubernehmen|kümmern|kummern|draufschauen|drüberschauen`,
  `${ROLE}|*berater*|*sachbearbeiter* .. ans_telefon|an_den_apparat|in_die_leitung|sprechen|erreichen|holen`,
  // Real people; is anyone working: "Arbeitet heute überhaupt jemand?"
  "arbeitet|arbeiten .. überhaupt|uberhaupt|ueberhaupt|noch|heute|da|hier|bei_ihnen|bei_euch .. jemand|wer|menschen|leute", "jemand|wer|menschen .. im_dienst|im_büro|im_buro|vor_ort|da_der|da_die",
  "echte|echter|echten|richtige|richtigen|lebendige|lebendigen leute|personen|menschen",
  // Not the automatic answers: a person instead.
  `${AUTO} ... brauche|will|möchte|moechte|wünsche|verlange|lieber|statt|anstatt .. einen|eine|ein|mit? ${A_PERSON}`,
  `${A_PERSON} ... statt|anstatt|als|nicht|keine ... ${AUTO}`, `kein|keine|keinen|nicht .. ${AUTO} .. mehr? ... ${A_PERSON}`,
];

/** Statements that mention staff without asking for one now (round 2). */
const EMBEDDED_ROUTINE: readonly string[] = [
  `kostet|kosten|preis|preise|gebühr*|gebuhr*|gebuehr*|honorar* ... gespräch|gesprach|gespraech|beratung|anruf|telefonat|telefontermin|beratungsgespräch|mit|beim|bei|vom|von .. ${STAFF}`,
  "kostet|kosten|preis|preise|gebühr*|gebuhr*|gebuehr*|honorar* ... gespräch|gesprach|gespraech|beratung|anruf|telefonat|telefontermin|beratungsgespräch",
  `${STAFF} .. hat|hatte|haben|hatten|rief|meldete|sagte|schrieb|schickte|bestätigte|genehmigte|versprach`,
  `wann .. ${STAFF} ... melden|meldet|anrufen|anruft|zurückrufen|zurückruft|kommt|vorbei`, "wann ... erreichbar",
  // Papers sent on to the customer's own advisor: "an meinen Steuerberater weiterleiten".
  "an|zu|zum|zur mein|meine|meinen|meinem|meiner|unser|unsere|unseren|unserem ... weiterleiten|weitergeben|weiterreichen|schicken|senden|übergeben|ubergeben|vorlegen|weiter",
  // "Der Berater ruft mich am Donnerstag an": an arrangement already made.
  `der|die|ihr|ihre|mein|meine|unser|unsere ${STAFF} ruft|meldet|kontaktiert|kommt .. mich|uns|sich ... am|morgen|heute|nächste*|nachste*|montag|dienstag|mittwoch|donnerstag|freitag|um|laut|gegen|innerhalb|später`, "wer ist .. mein|meine|ihr|ihre|zuständig|zustaendig",
];

/** German: more of how customers say each thing (cases, compounds, separable verbs, German bodies). */
export const de: LexiconExtension = {
  negators: ["nich", "net", "kaum"],
  softeners: ["bissl", "bisschen", "ziemlich", "langsam"],
  phrases: {
    personRequest: [
      // "kann mal ein Mitarbeiter selber drauf schauen", "jemanden aus der Buchhaltung, der mir das erklären kann"
      "jemand|jemanden|mitarbeiter|mitarbeiterin|kollege|kollegin|berater|beraterin|sachbearbeiter|sachbearbeiterin ... selber|selbst|personlich|persoenlich? drauf|darauf|sich|mal? schauen|draufschauen|anschauen|ansehen|prufen|pruefen|kummern|kuemmern|erklaren|erklaeren|klaren|klaeren|durchgehen",
      "jemanden|jemand|einen_mitarbeiter|eine_mitarbeiterin aus|von|vom|in der|dem? buchhaltung|verwaltung|abteilung|fachabteilung|schadenabteilung|kundenservice|team",
      "in_die|in_der|zur|in_eine filiale|geschaftsstelle|geschaeftsstelle|laden|buro|buero ... personlich|persoenlich|vor_ort|mit_jemandem|mit_einem_mitarbeiter",
      "ist da jemand|wer", "ist da ein|irgendein|eine? mensch|menschen|person", "bitte einen|eine|ein|mit_einem? sachbearbeiter*|mitarbeiter*|berater*|menschen|mensch", "einen|eine sachbearbeiter|sachbearbeiterin|mitarbeiter|mitarbeiterin|berater|beraterin bitte",
      "echte|echter|echten menschen|mensch|person|mitarbeiter", "mensch am telefon", "menschen am telefon",
      "mit einem|einer echten|richtigen|lebenden? menschen|person|mitarbeiter|mitarbeiterin|berater|beraterin", "einen|eine menschen|mitarbeiter|mitarbeiterin|berater|beraterin bitte",
      "mensch|mitarbeiter|berater bitte", "menschliche* ansprechpartner*|kontakt|beratung", "kein|keinen|keine chatbot|bot|roboter|ki|computer|automaten|maschine",
      "nicht mit einem|dem|der? bot|chatbot|roboter|ki|computer|maschine", "statt .. bot|chatbot|roboter|ki", "ruft|rufen .. mich .. an|zurück",
      "rufen sie mich", "ruf mich an|zurück", "bitte um rückruf", "rückruf bitte", "anruf bitte", "telefonisch .. kontaktieren|erreichen|sprechen",
      "will|möchte|würde .. mit jemandem|jemand sprechen|reden", "jemand der mir hilft", "verbinden sie mich|mich weiter", "weiterverbinden",
      "vorgesetzte*|chef|teamleiter* sprechen", "mit ihrem chef|vorgesetzten|teamleiter",
      // Asking for a role or someone senior: "Ich verlange Ihren Vorgesetzten", "Holen Sie mir den Chef".
      `verlange|verlangen|fordere|will|möchte|moechte|mochte|hätte|haette|brauche|benötige|benoetige|wünsche|holen_sie_mir|hol_mir|geben_sie_mir|gib_mir .. ${ROLE}`,
      `${ROLE} .. sprechen|erreichen|ans_telefon|an_den_apparat|holen|verlangen|bitte`, `holen|geben .. mir .. ${WHO}`,
      `mit .. ${WHO} ... sprechen|reden|telefonieren|chatten|schreiben|besprechen|klären|klaeren|klaren|quatschen`,
      // Transfer: durchstellen, weiterleiten, weiterverbinden, verbinden, vermitteln.
      "stellen|stell|stellt|stellen_sie sie? mich ... durch", "leiten|leite|leitet sie? mich ... weiter", "mich ... weiterleiten|weiterverbinden|durchstellen|durchverbinden|weitervermitteln|vermitteln|überstellen",
      "verbinden|verbindet|verbinde|vermitteln sie? mich", "durchgestellt|weitergeleitet|weiterverbunden|verbunden werden", "zur|an_die|mit_der zuständigen|richtigen|entsprechenden? abteilung|stelle",
      // Take over, look at it, deal with it: "Kann das ein Kollege übernehmen?", "Kann sich das ein Mensch ansehen?"
      `${WHO} ... übernehmen|uebernehmen|ubernehmen|übernimmt|ubernimmt`, `${WHO} ... ansehen|anschauen|anschaun|angucken|anguckn|drüberschauen|druberschauen|drueberschauen|drüberschaun|draufschauen|reinschauen|durchsehen`,
      `sich .. ${WHO} .. darum|drum|der_sache|dem_fall kümmern|kummern|kuemmern`, `mensch|menschen|echte* .. prüfen|pruefen|prufen|überprüfen|uberprufen|bearbeiten`,
      // Is anyone there, is a person reading this, person or bot.
      "ist|sitzt|gibt_es hier|da|dort|denn|überhaupt|uberhaupt .. jemand|wer|mensch|menschen", "jemand|wer da|hier", "liest|lesen|sieht|hört|hort ... jemand|mensch|menschen|person|mitarbeiter",
      "mensch|menschen|person|personen|mitarbeiter|echte|leute oder .. bot|bots|chatbot|ki|maschine|computer|roboter|automat*", "bot|bots|chatbot|ki|maschine|computer|roboter oder .. mensch|menschen|person|mitarbeiter",
      "spreche|rede|chatte|schreibe ich ... mensch|menschen|person|bot|chatbot|roboter|maschine|computer|ki", "bist du|sind sie .. bot|chatbot|roboter|maschine|ki|mensch|echt|echter",
      "nur .. automaten|bots|chatbot|computer|maschinen", "aus fleisch und blut", "echte|richtige|lebende leute|menschen",
      // Call me, I would rather explain on the phone.
      "rueckruf*|zurueckrufen|zuruckrufen|zurückrufen", "rufen|ruf|ruft|rufens|rufen_sie sie? mich .. an|zurück|zuruck|zurueck", "anruf|telefonat|gespräch|gesprach .. wäre|waere|ware .. lieber|besser|gut|nett|schön",
      "lieber .. telefonisch|mündlich|muendlich|mundlich|am_telefon|persönlich", "telefonisch|mündlich|muendlich|mundlich|am_telefon .. klären|klaeren|besprechen|erklären|erklaeren|erklaren",
      "bitte um|einen|ein .. anruf|rückruf|telefonat|telefontermin", "telefonische kontaktaufnahme|beratung|rücksprache|ruecksprache", "kann|könnte|koennte|konnte mich .. anrufen|zurückrufen",
      "ist_es|wäre_es|ware_es möglich ... sprechen|telefonieren|zurückrufen|anrufen|reden",
      // Swiss and Austrian German.
      "aalüte|alüte|aalüüte|alüüte|zrugglüte|zruggrüefe|aarüefe|zruggalüte", "lüüt|lüüted|lüütet ... aa|zrugg", "mit|vo öpperem|öpper|öppert|emene|ere|enere", "rede|redä|schwätze|spreche .. mit .. öpper*|mensch|mitarbeiter*|berater*",
      "mensch|mitarbeiter*|mitarbeiterin|berater*|beraterin|sachbearbeiter*|kundenberater*|ansprechpartner*|kundendienst|kundenservice|agent|operator|vorgesetzt*|teamleiter* bitte|bitteschön|sofort|jetzt|dringend|pls|please|danke",
      "bitte einen|eine|ein|nen|ne|an|a mensch*|mitarbeiter*|berater*|sachbearbeiter*|kundenberater*|ansprechpartner*|kollege*|kollegin*|vorgesetzt*|agent*",
      "will|möchte|moechte|mochte|brauche|hätte|haette .. nen|ne|einen|eine|ein mensch|menschen|person|mitarbeiter*|berater*|sachbearbeiter*|ansprechpartner*",
      // Escalate, hand on, send me someone; human help; a real contact; call me.
      "eskalier*", `weitergeben|weiterreichen|übergeben|ubergeben|weitergeleitet an .. ${WHO}`, `an .. ${ROLE} .. weitergeben|weiterreichen|übergeben|ubergeben|weiterleiten|eskalieren`,
      "schicken|senden|schickt sie? mir .. mensch*|mitarbeiter*|berater*|jemand*", "menschliche* hilfe|support|unterstützung|unterstutzung|betreuung|beratung|stimme",
      "richtige*|echte*|persönliche*|personliche* ansprechpartner*|kontaktperson*", "nicht|kein|keine .. mit|mit_einer|mit_einem .. ki|ai|bot|chatbot|maschine|computer",
      "melden sie sich .. bei mir", "telefonisch bei mir", "persönlich|personlich|persoenlich .. mit .. jemand*|mensch*|mitarbeiter*|berater*", "mit .. jemand*|mensch*|mitarbeiter*|berater* .. persönlich|personlich|persoenlich",
      "ist|sitzt da|hier|dort .. mitarbeiter*|person|berater*|mensch", "mit einem menschen|mensch",
      ...EMBEDDED,
    ],
    bereavement: [
     
      "heimgegangen|entschlafen", "todesfall*", "sterbefall*", "sterbeurkunde", ["erbe|erben|erbin", 0.6], "erbengemeinschaft", "testament*", "testamentsvollstreck*", "nachlassverwalt*",
      "trauerfall", "in trauer", "bestattung*", "beisetzung", "urne", "friedhof", "abschied nehmen", "über die regenbogenbrücke", "regenbogenbrücke",
      "plötzlich verstorben", "ist gestorben", "sind gestorben", "starb", "hinterblieben*",
    ],
    illness: [
      "kinderstation|kinderklinik|kinderkrankenhaus", "liegt .. auf_station|im_krankenhaus|in_der_klinik|auf_der_intensiv",
      "krebserkrank*", "brustkrebs", "darmkrebs", "lungenkrebs", "chemotherapie", "bestrahlung*", "strahlentherapie", "dialyse",
      "im krankenhaus|spital|klinikum", "liegt im krankenhaus", ["stationär", 0.7], ["reha", 0.5], "op|operation .. morgen|gestern|hatte",
      "schwere* krankheit", ["krankheit", 0.6], "chronisch krank", "psychisch krank", "psychische* probleme|erkrankung|gesundheit",
      "burnout|burn_out", "depressiv*", "schlaganfall", "herzinfarkt", "pflegebedürftig*",
      "notarzt", "rettungswagen", "notaufnahme", "intensivstation|intensivmedizin", "unheilbar krank", "todkrank", "sterbenskrank",
    ],
    hardship: [
      "schaffe|schaffen .. zahlung*|abschlag*|abschlagszahlung|rechnung*|miete|raten .. nicht",
      "wir können .. nicht .. zahlen|bezahlen",
      "kann .. nicht .. zahlen|bezahlen|leisten", "können .. nicht .. zahlen|bezahlen", "nicht mehr bezahlen|zahlen", "kann mir .. nicht leisten",
      "kein geld mehr", "geld .. knapp", "pleite", ["blank", 0.6], "ende des monats", "job verloren|weg", "arbeit weg", "kündigung bekommen|erhalten",
      "arbeitslosengeld", "jobcenter", "grundsicherung", "wohngeld", "kurzarbeit*", "krankgeschrieben", "krankengeld",
      "rückstände", "mit .. zahlungen|raten|miete .. im rückstand|hinterher", "zahlungsaufschub", "aufschub",
      ["ratenplan|ratenvereinbarung", 0.6], "stundung", "schuldnerberatung", "überschuldet", "verschuldet",
      "miete nicht|kaum", "kann die miete", "zwangsräumung", "räumungsklage", "strom abgestellt|gesperrt", "sperrung", "sperrandrohung",
      "geringe* einkommen", "rente reicht nicht", "finanzielle* not|probleme|engpass", "geldnot", "in not",
    ],
    debtCollection: [
      "inkassobüro", "inkassounternehmen", "zwangsvollstreckung", "lohnpfändung", "kontopfändung", "schufa*", "schufa eintrag",
      "mahnverfahren", "vollstreckungsbescheid", "gerichtliche* mahn*", "letzte mahnung", "eidesstattliche*", "eintreiben",
    ],
    fraud: [
      ["in meinem namen|auf_meinen_namen", 0.6], "nie kunde|kundin", "nie .. bei ihnen bestellt|kunde",
      "code|tan|pin|passwort|zugangsdaten .. gegeben|weitergegeben|genannt|verraten", "gab sich als .. aus", "nie funktioniert",
      "die ich nicht kenne", "nicht zuordnen", "kann ich nicht zuordnen", "ohne dass ich .. bestellt|zugestimmt|autorisiert",
      "jemand hat .. meine|meiner|mit_meiner karte|kreditkarte|konto|daten", "karte .. missbraucht|kopiert|gestohlen",
      "abbuchung*|buchung*|zahlung*|überweisung* .. nicht .. gemacht|getätigt|veranlasst|autorisiert", "nicht von mir",
      "unbekannte* abbuchung*|buchung*|zahlung*|lastschrift*", "kenne ich nicht", "fremde* abbuchung*", "betrugsmasche", "abgezockt",
      "falsche* mail|sms|anruf|bankmitarbeiter|webseite", "link geklickt", "auf einen link", "daten eingegeben", "tan .. weitergegeben|gegeben|eingegeben",
      "konto .. leergeräumt|geplündert", "skimming", "identität .. gestohlen|missbraucht", "fake*", "abzocker", "reingelegt",
    ],
    dispute: [
      ["preis|preise|gebühr .. erhöht", 0.5], "ohne ankündigung|vorwarnung|mitteilung .. erhöht|geändert", "widerspreche", "nicht einverstanden",
      "doppelt .. belastet|gebucht|abgezogen|berechnet", "zweimal .. belastet|gebucht|abgezogen", "zu unrecht", "unberechtigt*",
      "rechnung .. falsch|stimmt_nicht|fehlerhaft|zu_hoch", "fehlerhafte rechnung", "viel zu viel", "geld .. zurück|wieder",
      "will mein geld", "erstattung .. verweigert|abgelehnt", "trotz kündigung", "nach kündigung .. abgebucht|weiter",
      "nie bestellt", "nicht bestellt", "nicht erhalten .. aber|bezahlt", "bezahlt .. nicht erhalten|bekommen|geliefert",
      "gutschrift .. fehlt|nicht", "nachzahlung .. falsch|zu_hoch|unverständlich", "widerrufen|widerruf", "einspruch",
      "lastschrift zurückgeben|zurückgegeben|widerrufen", "kulanz", "schadensersatz", "schadenersatz", "preiserhöhung .. nicht",
    ],
    complaint: ["beschwerde einreichen|einlegen", "offizielle beschwerde", "schriftliche beschwerde", "beschwere mich", "reklamieren", "möchte mich beschweren"],
    legalThreat: [
      "verbraucherschutz*", "schlichtung*", "ombudsstelle", "ombudsmann", "versicherungsombudsmann", "datenschutzbeauftragt*",
      "anwaltlich*", "juristisch*", "rechtsschutz*", "rechtsweg", ["klagen", 0.7], "gerichtlich*", "amtsgericht",
      "strafanzeige", "anzeige erstatten", "zur polizei", "stiftung warentest", "bundesnetzagentur", "marktwächter", "verbraucherzentrale",
      "meinen anwalt", "rechtlich* konsequenzen|schritte", "abmahnung",
    ],
    leavingUnhappy: ["nie mehr", "nie wieder bei", "kündige .. sofort|fristlos", "fristlose kündigung", "wechsle .. anbieter|zur_konkurrenz", "reicht endgültig", "war das letzte mal"],
    leaving: ["wechsle|wechseln|wechsel .. anbieter|versorger|bank", "kündigen", "kündigt", "sonderkündigung*", "außerordentlich* kündigung"],
    dissatisfaction: [
      "service|kundenservice|kundendienst .. unterirdisch|katastrophal|miserabel|grottig|schlecht",
      "nicht zufrieden", "sehr unzufrieden", "enttäuschung", "miserabel*", "mangelhaft", "unterirdisch", "schlechter kundenservice",
      "verarscht", "veräppelt", "hingehalten", "vertröstet", "abgewimmelt", "ignoriert", "werde ignoriert", "keiner fühlt sich zuständig", "zum wiederholten mal",
    ],
    anger: [
      "stinksauer", "stocksauer", "mega sauer", "richtig sauer", "außer mir", "wutentbrannt", "unfassbar", ["unglaublich", 0.6], "frech|frechheit",
      "dreist*", "zumutung", "armutszeugnis", "verarsche", "schweinerei", "saftladen", "drecksladen", "was soll das", "geht gar nicht",
      "reicht jetzt", "mir reichts", "mir reicht es", "so nicht", "erwarte .. sofort", "inkompetent*", "unprofessionell*",
    ],
    distress: [
      ["komme ... nicht zurecht", 0.5], ["kenne mich .. nicht aus", 0.5],
      "große angst", "angst um", "habe angst", "macht mir angst", "weiß nicht mehr|nicht weiter", "weiß nicht wohin", "verzweiflung",
      "nervlich am ende", "mit den nerven am ende", "am boden zerstört", "fix und fertig", "schlaflose nächte", "ich weine", "weinen",
      "hilflos", "panisch", "beunruhigt", ["nervös", 0.6], ["sorgen", 0.8], "suizid*", "umbringen", "lebensmüde", "überfordert", "erschöpft",
      "hilfe bitte", "bitte hilfe", "brauche dringend hilfe", ["dringend", 0.4],
    ],
    vulnerability: [
      ["allein mit .. kindern", 0.6], ["trennung|scheidung", 0.6],
      ["rollstuhl*", 0.4], "sehbehindert", "blind", "gehörlos", "taub", "schwerbehindert*", "pflegestufe", "betreuer*", "gesetzliche* betreuung",
      "betreut", "alt und allein", "über 80|90", "hochbetagt", ["senior|seniorin|senioren", 0.6], "neugeboren*", "säugling", "alleinstehend*", "einsam", "pflegefall",
    ],
    failure: [
      "strom|gas|wasser|heizung .. abgestellt|abgeschaltet|gesperrt|abgedreht", "saßen|sitzen|sitze|sitzt .. fest", "festgesessen|festsitzen|festgehalten", "niemand von ihnen|euch .. gemeldet|geantwortet|gekümmert",
      "zweimal|dreimal|viermal|fünfmal|sechsmal|zehnmal|mehrmals|x_mal .. angerufen|geschrieben|gemeldet|nachgefragt", "niemand tut|unternimmt .. etwas|was|nichts",
      ["zum dritten|vierten|fünften mal", 0.7], "nichts geregelt|passiert|gelöst",
      "immer noch nicht|keine|kein", "seit .. tagen|wochen|monaten .. nicht|kein|keine", "niemand .. zurückgerufen|gemeldet|geantwortet",
      "keine antwort|rückmeldung|reaktion", "nie zurückgerufen", "kein rückruf", "mehrfach|mehrmals|x_mal .. angerufen|geschrieben|gemeldet",
      "schon .. mal angerufen|geschrieben", "warteschleife", ["verspätet*|verspätung", 0.5], "nicht geliefert", "nie geliefert", "paket .. verschwunden|weg|verloren",
      "falsche* .. artikel|ware|größe|lieferung", "defekt*", ["geht nicht", 0.6], "ohne strom|heizung|internet|wasser|warmwasser", "stromausfall",
      "störung*", ["gesperrt", 0.6], "gestrichen", "ausgefallen", "nicht erschienen", "nicht gekommen", "vergeblich", "nichts passiert",
    ],
    weakNegative: ["mist", "doof", "übel", "grauenhaft", "grausam", "nervt", "ätzend", "albtraum", "alptraum", "schlimm"],
    calmCue: ["keine eile", "nur neugierig", "nur interessehalber", "nichts schlimmes", "kein stress", "eilt nicht"],
    infoQuestion: ["wie ändere|bekomme|finde", "ich wollte fragen", "kurze frage", "wo finde", "wann kommt", "ich möchte .. ändern|wissen"],
  },
  suppressors: {
    distress: ["serie|film|buch|folge|staffel|sendung ... geweint|weinen|weinte", "serie|film|buch|folge|staffel|sendung ... traurig|geweint|weinen", "keine sorge", "keine angst", "dringend .. frage|termin|wissen"],
    bereavement: ["handy|akku|laptop|router|leitung|bildschirm|fernseher|app .. tot|gestorben|gestorben", "tote* leitung|winkel"],
    failure: ["storniert|annulliert|abgesagt|gestrichen|ausgefallen .. wegen .. wetter|unwetter|sturm|schnee|nebel|streik"],
    anger: ["sauer .. milch|gurke|teig|regen"],
    hardship: ["erbe .. ich", "hinterher .. hinkt"],
    fraud: [`mein|meine|meinem|meinen|meiner ${KIN} ... in_meinem_namen|in_unserem_namen|für_mich|fur_mich`],
    personRequest: [
      // "Ich möchte wissen, ob jemand mein Paket angenommen hat" asks about someone, not for someone.
      "wissen|erfahren|fragen|nachfragen ob|wer|wann .. jemand*|mensch*|mitarbeiter*",
      "ansprechpartner*|kontaktperson*|berater*|betreuer* ... ändern|andern|aendern|aktualisieren|hinzufügen|hinzufugen|entfernen|löschen|loschen|eintragen|wechseln|anpassen|geändert|geandert",
      // Past contact: "Ich habe schon mit jemandem gesprochen, es ist erledigt".
      `mit .. ${WHO} ... gesprochen|geredet|telefoniert|gechattet|geschrieben|kontakt_gehabt|verbunden_gewesen`,
      `${WHO} .. hat|haben|hatte|hatten .. mich|mir|uns ... angerufen|zurückgerufen|zuruckgerufen|kontaktiert|geholfen|weitergeleitet|verbunden|übernommen|ubernommen`,
      // Someone else calling on the customer's behalf; the customer's own boss or colleague.
      `mein|meine|meinem|meinen|meiner ${KIN} ruft|rufen|kann|darf|wird|will|möchte|mochte|würde ... an|anrufen|sprechen|telefonieren|melden|zurückrufen`,
      "mein|meine|meinem|meinen|meiner|unser|unsere|unserem|unseren|unserer chef|chefin|vorgesetzt*|kolleg*|arbeitgeber*|teamleiter*",
      // Contracts and costs taken over, not cases: "Kann jemand anderes meinen Vertrag übernehmen?"
      "vertrag*|wohnung|abo|abonnement|anschluss|kosten|rechnung*|tarif|rufnummer|nummer|mietvertrag|zahlung*|gebühr*|konto ... übernehmen|ubernehmen|übernimmt|ubernimmt",
      // Booking an appointment with an advisor is a routine booking.
      "termin* .. bei|beim|mit ... berater*|beraterin|ansprechpartner*|arzt|tierarzt*|mitarbeiter*",
      // Phone hours and the customer's own number.
      "telefonisch|telefonische erreichbar|erreichbarkeit|sprechzeiten|öffnungszeiten", "wann .. telefonisch|am_telefon erreichbar", "wann kann|darf ich .. anrufen",
      ...EMBEDDED_ROUTINE,
    ],
  },
};
