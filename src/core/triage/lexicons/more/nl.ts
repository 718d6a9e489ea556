import type { LexiconExtension } from "../lexicon.ts";


/** Dutch (and Flemish): more of how customers say each thing (compounds, separable verbs, Dutch bodies). */
export const nl: LexiconExtension = {
  negators: ["geen", "nergens", "nimmer"],
  softeners: ["ietsje", "tikkeltje", "best"],
  phrases: {
    personRequest: [
      "is daar iemand|een_mens", "is er een mens", "is er iemand die .. kan|me|mij", "zit er een mens",
      "iemand aan de telefoon krijgen", "een mens van vlees en bloed",
      "met een mens|medewerker|medewerkster|persoon spreken|praten|bellen", "een echt|echte mens|persoon|medewerker", "echte mensen", "een mens alstublieft|aub|graag|a_u_b",
      "medewerker graag|alstublieft|aub", "mens graag", "geen .. bot|chatbot|robot|computer|machine|ai", "niet met een|de? bot|chatbot|robot|computer|machine",
      "bel mij|me terug|op", "belt u mij|me", "terugbellen", "teruggebeld worden", "terugbelverzoek", "graag .. gebeld|teruggebeld", "kan iemand mij|me bellen",
      "doorverbinden|doorverbonden", "verbind mij|me door", "leidinggevende", "manager spreken", "iemand aan de lijn|telefoon", "persoonlijk contact",
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
  },
};
