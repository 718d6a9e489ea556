import type { LexiconExtension } from "../lexicon.ts";

/** Who a customer asks for, by stem (Finnish cases are suffixes): staff, roles, "joku" in its cases. */
const WHO = "ihmi*|henkil*|tyontekij*|virkailij*|asiakaspalvelij*|asiakaspalvelu*|neuvoj*|neuvonantaj*|asiantuntij*|kasittelij*|esimie*|esihenkil*|paallik*|johtaj*|vastuuhenkil*|kolleg*|elainlaakar*|laakar*|joku|jonkun|jollekin|jollekulle|joltakin|joltakulta|jonkin|jonkun|kukaan|ketaan|kenenkaan|oikea*|oikee|elava*|tyyppi*";
/** The person wanted, as the object of "haluan", "tarvitsen", "saisinko": not "kukaan" ("kukaan ei vastaa"). */
const WANTED = "ihminen|ihmisen|ihmista|ihmisia|henkilo|henkilon|tyontekija|tyontekijan|asiakaspalvelija|asiakaspalvelijan|virkailija|virkailijan|neuvoja|neuvojan|esimies|esimiehen|esihenkilo|esihenkilon|asiantuntija|asiantuntijan|kasittelija|kasittelijan|jonkun|oikean|oikea|elavan|kollega|kollegan|elainlaakari|elainlaakarin|laakari|laakarin";
/** The same, in the allative ("to whom") forms a transfer takes. */
const TO = "ihmiselle|ihmisille|henkilolle|tyontekijalle|virkailijalle|asiakaspalvelijalle|asiakaspalveluun|kollegalle|kollegallesi|kollegallenne|esimiehelle|esihenkilolle|neuvojalle|asiantuntijalle|kasittelijalle|jollekin|jollekulle|paallikolle|elainlaakarille|laakarille|oikealle";
/** Relatives in the possessive: "mieheni soittaa puolestani" is someone calling on the customer's behalf. */
const KIN = "mieheni|vaimoni|puolisoni|poikani|tyttareni|aitini|isani|siskoni|veljeni|kumppanini|ystavani|naapurini|avopuolisoni|lapseni";

/** Staff inside compounds ("korvauskäsittelijä", "lainaneuvojan", "asiakasneuvoja") and reception. */
const WHO2 = `${WHO}|*kasittelij*|*neuvoj*|*asiantuntij*|*virkailij*|*esimie*|*esihenkil*|*tyontekij*|*laakari*|*hoitaj*|vastaanot*|henkilokun*`;
/** The same, in the allative forms a hand-over or an explanation takes ("korvauskäsittelijälle"). */
const TO2 = `${TO}|*kasittelijalle*|*neuvojalle*|*asiantuntijalle*|*esimiehelle*|*esihenkilolle*|*virkailijalle*|*tyontekijalle*|*laakarille*|johtajalle|vastuuhenkilolle|vastaanottoon|ylemmalle|ylemmalle_taholle|henkilokunnalle`;
/** A person, for "a person rather than automatic answers". */
const A_PERSON = "ihminen|ihmisen|ihmista|ihmisia|ihmisten|ihmiselle|henkilo|henkilon|henkiloa|henkilolle|tyontekija*|asiakaspalvelija*|virkailija*|joku|jonkun|oikea|oikean|oikeita|elava*|*kasittelij*|*neuvoj*";
/** Automatic answers, templates and bots the customer has had enough of. */
const AUTO = "automaattis*|automaatti*|vakiovasta*|valmisvasta*|valmiit|geneeris*|botti*|botin|botilta|robotti*|chatbot*|tekoaly*|koneen|koneelta|koneelle";
/** Decide, approve, make an exception (stems: "päättää", "päätöksen", "poikkeuksen", "hyväksyä"). */
const DECIDE = "paatta*|paato*|paatt*|poikkeu*|hyvaksy*|myonta*|poista*|mitato*|hyvit*|joustaa|joustaisi|joustoa|linjat*";

/**
 * Round 2: requests embedded in longer, polite messages about an ordinary problem
 * ("…onko teillä ketään, joka voi päättää maksusta?", "…selittäisin mieluummin korvauskäsittelijälle").
 */
const EMBEDDED: readonly string[] = [
  // Someone who can decide, approve or make an exception.
  `joku|jonkun|ketaan|kukaan|henkilo|henkiloa|${WHO2} .. joka|jolla|jolle .. voi|voisi|saa|pystyy|pystyisi|on_oikeus|on_valtuudet|on_valtaa|osaa ... ${DECIDE}`,
  "paatosvalt*|paattava*|paattaja*|paatoksentekij*|paatosoikeu*", "jolla|joilla on .. valtuu*|paatosvalta*|oikeus_paattaa",
  // Have someone contact me: "Voisiko joku olla minuun yhteydessä?", "että asiakasneuvoja ottaa minuun yhteyttä".
  "minuun|meihin|muhun|mihin_minuun yhteytta|yhteydessa|yhteyttä", "yhteytta|yhteydessa minuun|meihin|muhun",
  "ottaisi|ottaisivat|ottaisitte|ottakaa|otatte|ottaa|ottavat|ottais|ottaisko .. minuun|meihin|muhun|mulle .. yhteytta", "olisi|olisivat|olla|olisitte|oltaisiin .. minuun|meihin|muhun yhteydessa",
  `${WHO2} ... soittaisi|soittaisivat|soittaa_minulle|soittais|soittaisko|olisi_yhteydessa|ottaisi_yhteytta|ottaa_yhteytta|ottais_yhteytta`,
  // A call, as something asked for: "Toivoisin soittoa", "Voinko varata puhelinajan neuvojalle?"
  "toivoisin|toivon|toivoisimme|toivomme|haluaisin|haluan|pyytaisin|pyydan|pyydamme|saisinko|saanko|voisinko_saada|olisin_kiitollinen .. soittoa|soiton|puhelua|puhelun|puhelinaikaa|puhelinajan|takaisinsoittoa|takaisinsoiton|yhteydenottoa|yhteydenoton|soittopyyntoa",
  "varata|varaan|varaisin|varaamaan|sopia|sopisin|sopimaan|saada|saisin .. puhelinaika*|puhelinajan|soittoaika*|soittoajan|puhelu*|puhelun|takaisinsoit*",
  // Rather explain or sort it out with a person (a claims handler, by phone, in person) than fill in forms.
  `mieluummin|mieluiten|ennemmin|ennemmin_kuin ... selit*|kerto*|kertois*|kay*|hoita*|hoitais*|puhu*|keskustel* ... ${TO2}|henkilokohtaisesti|puhelimessa|puhelimitse|kanssa`,
  `selit*|kerto*|kertois* ... ${TO2} ... mieluummin|kuin|ennemmin`,
  "haluaisin|haluan|haluisin|toivoisin|mieluummin|mieluiten|voisinko|voisimmeko|haluaisimme ... henkilokohtaisesti",
  `puhu*|keskustel*|jutel*|juttel*|asioi*|hoita*|hoitais*|selvitt* ... ${WHO2} kanssa|kaa|kans`,
  // Pass the case on or up: "Haluaisin, että asiani siirretään esimiehelle."
  `siirr*|siirt*|valit*|ohjat*|ohjaa|eskaloi*|vie*|viet* ... ${TO2}`, "ylemmalle|ylemmas|ylempaa|ylemmalle_taholle .. asia*|tama|taman|se|sen? .. siirt*|siirr*|vie*|veisi|vieda",
  // Real people; is anyone working.
  "oikeita|oikeat|oikeiden|oikeille|elavia|elavat ihmisia|ihmiset|ihmisten|ihmisille|henkiloita|henkiloiden", "kukaan|joku|ketaan toissa|toita|toihin|tavoitettavissa|vastaamassa",
  // Not the automatic answers: a person instead.
  `${AUTO} ... tarvitsen|tarviin|haluan|haluaisin|toivoisin|mieluummin|sijaan|vaadin|pyydan|pyytaisin ... ${A_PERSON}`,
  `${A_PERSON} ... eika|kuin|sijaan|eika_mitaan .. ${AUTO}`,
];

/** Statements that mention staff without asking for one now (round 2). */
const EMBEDDED_ROUTINE: readonly string[] = [
  // Past contact: "Neuvoja otti minuun yhteyttä eilen".
  "otti|ottivat|ottanut|ottaneet|oli|olivat|ollut|olleet|otitte|olitte .. minuun|meihin|muhun|mulle .. yhteytta|yhteydessa",
  `${WHO2} .. soitti|soittivat|lahetti|lahettivat|sanoi|sanoivat|kertoi|kertoivat|hyvaksyi|lupasi|vahvisti|otti|on_soittanut|oli_soittanut`,
  // When someone will call; who my contact is; what a call costs.
  "milloin|koska|mihin_aikaan ... soittaa|soittavat|soittaisi|ottaa_yhteytta|ottavat_yhteytta|on_yhteydessa|ovat_yhteydessa|olla_yhteydessa", "kuka on .. yhteyshenkil*|neuvoja*|kasittelij*|laakari*", "kuka|ketka|kenen|kenelle .. kasittelij*|*kasittelij*|neuvoj*|*neuvoj*|virkailij*|tyontekij*|asiantuntij*|laakar*|*laakari*|esimie*|yhteyshenkil*",
  // "Neuvoja soittaa minulle torstaina": an arrangement already made (a named role, not "joku").
  "neuvoja|neuvojani|kasittelija|kasittelijani|tyontekija|virkailija|asiantuntija|laakari|elainlaakari|asentaja|*neuvoja*|*kasittelija* soittaa|soittavat|ottaa_yhteytta|on_yhteydessa ... huomenna|maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina|ensi|kello|klo|iltapaivalla|aamulla|myohemmin|tanaan|viikolla|mennessa",
  "paljonko|hinta|hinnan|maksaako|kustan*|maksaa ... puhelu*|soitto*|keskustelu*|neuvonta*|puhelinaika*",
];

/** Finnish: more of how customers say each thing (cases by prefix, spoken forms, Finnish bodies). */
export const fi: LexiconExtension = {
  negators: ["eika", "eiko", "enka", "ilman", "yhtaan", "lainkaan", "ollenkaan"],
  softeners: ["vahan", "hiukan", "hieman", "aika"],
  phrases: {
    personRequest: [
      // "ihminen linjoille kiitos", "voinko tulla konttoriin hoitamaan tämän kasvotusten"
      "ihminen|ihmisen|asiakaspalvelija|joku linjoille|linjalle|linjaan|puhelimeen|langan_paahan|paahan",
      "tulla|kayda|poiketa|piipahtaa konttoriin|toimistoon|myymalaan|liikkeeseen|tiskille ... kasvotusten|henkilokohtaisesti|jonkun_kanssa|virkailijan_kanssa",
      "kasvotusten|henkilokohtaisesti .. jonkun|virkailijan|asiakaspalvelijan|neuvojan|ihmisen kanssa",
      "onko siella .. ihminen|ketaan|joku|kukaan", "onko joku siella", "oikea ihminen siella",
      "ihmisen kanssa", "ihmiselle", "ihmista kiitos|kiitti", "oikean ihmisen|henkilon", "oikea ihminen|henkilo", "elava ihminen|henkilo",
      "asiakaspalvelijan kanssa", "puhua .. jonkun|ihmisen|henkilon|asiakaspalvelijan|virkailijan", "haluan puhua", "voinko puhua", "saanko puhua", "pitaa paasta puhumaan",
      "ei .. botti*|bottia|robotti*|kone*|tekoaly*|chatbot*", "en halua .. botti*|robotti*|konee*|chatbot*", "soittakaa minulle", "soita minulle", "soittopyynto*",
      "takaisinsoit*", "voisiko joku soittaa", "yhdistakaa|yhdista minut", "yhdistakaa|yhdista .. asiakaspalvelija*|ihmise*|henkilo*|virkailija*", "haluan|tarvitsen asiakaspalvelija*", "puhelun|soiton|yhteydenoton asiakaspalvelija*|ihmise*|henkilo*|virkailija*", "saada|saanko|voisinko .. puhelun|soiton|takaisinsoiton", "esimiehen kanssa|esimiehelle", "puhelimessa jonkun",
      // Asking for someone: "Haluan ihmisen", "Antakaa minulle asiakaspalvelija", "puhua ihmisen kaa".
      `haluan|haluaisin|haluun|tarvitsen|tarviin|vaadin|pyydan|pyytaisin|antakaa|anna|saisinko|saanko .. ${WANTED}`, `puhu*|keskustel*|jutel*|juttel*|jutella .. ${WHO}`,
      `${WHO} kaa|kans|kanssa`, `${WANTED} .. puhelimeen|linjalle|langan_paahan|puhelimen_aareen`,
      "ihminen|ihmisen|virkailija|neuvoja|tyontekija|asiantuntija|esimies|esihenkilo|henkilo|asiakaspalvelu kiitos|kiitti|nyt|heti|pliis|please|pls|kiitos",
      // Transfer: siirtää, yhdistää, ohjata.
      "siirt*|siirra|yhdist*|ohjat*|ohjaa|ohjais* .. minut|mut|puhelun|keskustelun", "minut|mut ... siirt*|siirra|yhdist*|ohja*|eteenpain", `siirt*|siirra|ohjaa|ohjat*|ohjais*|yhdist* ... ${TO}`,
      // Take over, look at it: "Voisiko kollegasi ottaa tämän hoitaakseen?", "Voisiko ihminen katsoa tätä?"
      `${WHO} ... hoita*|hoitaisi|hoitaakseen|hoitoon|hoitoonsa|katso*|tarkist*|vilkais*|kasitel*|selvitta*|selvittais*`,
      // Is anyone there, is a person reading this, person or bot.
      "onko siella|taalla .. ketaan|joku|kukaan|ihminen|ihmisia", "onko ketaan|joku|kukaan siella|taalla|paikalla|linjoilla|hereilla", "lukeeko|lukee|nakeeko|kuuleeko ... kukaan|joku|ihminen|ihmiset",
      "puhunko|juttelenko|chattailenko|kirjoitanko|keskustelenko ... ihmi*|robot*|botti*|botin|konee*|kone|tekoaly*", "oletko|olette|onko_tama|onks_taa .. botti|robotti|ihminen|kone|tekoaly|oikea",
      "ihminen|ihmisia|ihmiset|henkilo|oikeita vai .. botti*|botte*|robot*|kone*|tekoaly*", "botti|botteja|robotti|kone|tekoaly vai .. ihmi*|henkil*", "pelkk*|pelkastaan|vain ... botte*|robot*|konei*",
      "lihaa ja verta", "elava ihminen", "oikee|oikea|oikeen|oikean tyyppi|tyypin|ihminen|ihmisen|henkilo|henkilon", "joku .. vastaa|vastaisi|vastata|vastais",
      "puhu*|keskustel* .. vastaava*|vastaavalle|vastuuhenkil*",
      // Call me; I would rather explain on the phone.
      "soita|soittakaa|soitattako|soittaisitte|soittaisitko|soitatteko|soitatko|soittais ... minulle|mulle|takaisin", "puhelu|soitto|takaisinsoitto .. olisi|kiitos|parempi",
      "mieluummin|mieluiten .. puhelimessa|puhelimitse|puhelimella|suullisesti|soittaa|puhua|soitto", "puhelimessa|puhelimitse|suullisesti .. selittaa|selitan|kertoa|kerron|hoitaa|hoidetaan|kayda_lapi|keskustella|puhua",
      "hoitaa|hoidetaan|hoidettaisiin|voidaanko_hoitaa .. puhelimitse|puhelimessa", "onko_mahdollista ... puhua|puhelu*|soitto*|soittaa|yhteys*|takaisinsoit*",
      // Escalate, hand on; human help; not with an AI.
      "eskaloi*", `valit*|valitta*|vie|viedä|viekää|viette|viedaan|viekaa|vieda|toimita|toimittaa .. ${TO}`, "ihmisapu*|ihmisen_apu*|ihmiskontakt*|ihmisasiakaspalvelu*",
      "en|ei .. halua? .. tekoaly*|koneen_kanssa|botin_kanssa", "oikea*|pysyva*|henkilokohtai* yhteyshenkil*", "henkilokohtaisesti .. jonkun|ihmisen|tyontekijan", "jonkun|ihmisen|tyontekijan kanssa henkilokohtaisesti",
      ...EMBEDDED,
    ],
    bereavement: [
      "kuoli", "kuollut", "kuolleen", "kuoleman*", "kuolema*", "menehtyi|menehtynyt", "nukkui pois", "poismeno*", "hautajai*", "siunaustilaisuu*", ["suru|surussa|surun|suruun|surua", 0.8],
      "leski", "kuolinpesa*", "perunkirjoit*", "perikun*", "testament*", "lopetettiin|lopetettava|lopettaa koira|lopettaa_kissa|lopetimme", "nukutet*",
      "vainaja*", "edesmennyt|edesmenneen", "kuolintodistu*", "menetin .. mieheni|vaimoni|aitini|isani|lapseni|koirani|kissani|puolisoni",
    ],
    illness: [
      "lastenosasto*", "sairaalan osastolla", "teho_osastolla|teholla",
      "sairaala*", "sairaalassa", "teho_osasto*|teholla", "paivystyk*", "paivystykseen|paivystyksessa", "ambulanssi*", "syopa*", "syovan", "kemo*", "solunsalpaaj*",
      "sadehoi*", "dialyy*", "vakavasti sairas", "tosi|todella|hyvin|erittain|kovin sairas", "vakava sairaus", ["sairaus|sairauden", 0.6], "sairastu*", "sydankohtau*", "aivoinfarkt*", "aivohalvau*",
      "sairauslomalla|sairaslomalla|sairauslomaa", "mielenterve*", "masennu*", "uupumu*", "loppuunpala*", ["leikattiin|leikkaukse*", 0.6], ["onnettomuu*", 0.6], ["kolari*", 0.7],
      "saattohoi*", "palliatiiv*", ["diagnoo*", 0.6], "muistisairau*", "dementi*", "alzheimer*", "ms tauti",
    ],
    hardship: [
      "en selvia .. laskuista|maksuista|vuokrasta",
      "en pysty maksamaan", "en voi maksaa", "emme pysty maksamaan", "en kykene maksamaan", "ei ole varaa", "ei oo varaa", "minulla ei ole rahaa", "ei ole rahaa",
      "rahat loppu*", "rahaton", "persaukinen", "menetin tyopaikka*|tyoni", "minut irtisanottiin", "irtisanottiin", "sain potkut", "potkut", "lomautet*|lomautus", "tyoton|tyottoma*", "tyottomyys*",
      ["kela*", 0.6], "toimeentulotu*", "asumistu*", "tyomarkkinatu*", "maksut .. myohassa|rastissa", "maksurastit", "rastiin", "jaljessa maksuissa",
      "maksuaika*", ["maksujarjestely*|maksusuunnitelm*", 0.6], "lykata .. maksu*|erapaiva*", "erapaivan siirto", "haato*", "hadon", "katkaista .. sahko*|vesi*",
      "sahkokatko* .. maksamat*", "taloudellise* vaikeuk*", "rahavaikeuk*", "rahahuol*", ["velka*", 0.6], "velkaantu*", "velkaneuvon*", "ulosoton", "pienet tulot", "pieni elake",
    ],
    debtCollection: ["perintatoimist*", "perintayhti*", "intrum", "lowell", "svea", "ulosott*", "maksuhairiomerkin*", "luottotiedot .. menev*|menneet|menetan"],
    fraud: [
      ["nimissani|nimiini", 0.6], "en ole koskaan ollut asiakka*", "en ole .. asiakkaanne|asiakkaananne",
      ["nimissa", 0.6], "esiintyi .. pankki*|virkailija*", "ei koskaan toiminut",
      "jota en ole .. hyvaksynyt|tehnyt|tilannut", "en tunnista",
      "joku .. kayttanyt|kaytti .. korttia|korttiani|tiliani|tunnuksiani", "kortillani|tililtani .. tuntemat*", "tuntemat* .. veloitu*|veloituks*|maksu*|tapahtum*|ostok*",
      "en ole tehnyt|tilannut|hyvaksynyt", "en ole .. tehnyt|tilannut|hyvaksynyt", "ilman lupaani|suostumustani", "huijau*|huijat*|huijar*|huijattu", "huijas*", "petos*",
      "kalastelu*", "tietojenkalastelu", "valeviest*", "vale_tekstiviest*|valetekstiviest*", "klikkasin linkki*|linkista", "annoin .. tunnuks*|tunnuslu*|pankkitunnuks*|koodi*|salasana*",
      "identiteettivarkau*", "tili .. kaapattu|hakkeroitu", "hakkeroi*", "kaapattiin|kaapattu", "varastet*", "varastettiin", ["vietiin", 0.6],
    ],
    dispute: [
      ["korotitte|korottaneet|korotettu hinta*", 0.5], ["ilmoittamatta", 0.7], "en|enka hyvaksy",
      "veloitettu|veloitettiin .. kahdesti|kahteen_kertaan|kaksi_kertaa|tuplana", "tuplaveloitu*", "kahdesti veloitet*", "virheellinen lasku|veloitus", "lasku .. vaara|virheellinen|liian_suuri",
      "liian suuri lasku", "aiheeto*", "perusteeto*", "rahat takaisin", "haluan .. rahani|rahat takaisin", ["hyvitys*", 0.5], ["korvau*", 0.6], "vahingonkorvau*", "en ole tilannut",
      "irtisanomisen jalkeen", "vaikka irtisanoin|peruin", "maksoin .. en_saanut|mutta", "en saanut .. maksoin", "reklamoi*", "kiistan*|kiistaa", "riitau*", "takaisinperint*",
    ],
    complaint: ["valitus*", "virallinen valitus", "teen valituksen", "jatan valituksen", "reklamaatio*"],
    legalThreat: [
      "kuluttajaneuvon*", "kuluttajariitalautakun*", "kkv", "kilpailu ja kuluttajavirasto", "kuluttaja asiamie*", "kuluttaja_asiamie*", "finanssivalvon*", "fiva",
      "traficom", "energiavirasto", "tietosuojavaltuutet*", "vakuutus ja rahoitusneuvon*", "poliisi*", "rikosilmoitu*", "kanne|kanteen", "karajaoikeu*", "oikeuteen",
      "asianajaj*", "lakimiehe*", "juridis*", "oikeuksist*", "oikeuteni",
    ],
    leavingUnhappy: ["ei ikina enaa", "en ikina enaa", "ei enaa koskaan", "siirryn kilpailija*", "vaihdan .. kilpailija*", "menetitte asiakkaan", "viimeinen kerta"],
    leaving: ["irtisanon", "irtisanoa", "irtisanomi*", "lopettaa .. sopimu*|tilau*|tilin", "vaihdan .. yhtio*|operaattori*|sahkoyhtio*"],
    dissatisfaction: [
      "en ole tyytyvainen", "tyytymat*", "pettynyt|pettyneita|pettymys", "huono palvelu", "surkea palvelu", "kehno palvelu", "asiakaspalvelu .. surkea*|huono|olematon",
      "pompote*", "pallotel*", "ei kukaan valita", "taas kerran", "joka kerta", "aina sama", "kyllastynyt|kyllastyin", "riittaa jo", "nyt riittaa",
    ],
    anger: [
      "vihainen|vihaine*", "raivo*", "suuttunut|suutuin|suututtaa", "ketuttaa", "vituttaa", "vitun", "perkele", "saatana", "helvetti", "skandaal*",
      "torkeaa", "torkea*", "kohtuuto*", "hapea*", "hapeallinen|hapeallista", "naurettava*", "kelvoto*", "kiukku*", "ei ole hyvaksyttavaa", "vaadin", "valittomasti", "heti paikalla",
    ],
    distress: [
      ["en selvia", 0.6],
      "huolissan*", "huolestu*", "huoli", "pelottaa", "pelkaan", "peloissa*", "paniikki*", "ahdistu*", "ahdistaa", "epatoivo*", "en tieda mita tehda", "en tieda mita teen",
      "en tieda kenen puoleen", ["auttakaa", 0.7], "auta minua", ["apua", 0.4], "itken", "itkua", "itkettaa", "en saa unta", "valvonut", "en|ei jaksa", "en|ei vaan|enaa|oikein|millaan jaksa", "en jaksa enaa", ["en ymmarra", 0.5], "stressa*",
      "hatailen", "hadassa|hatatilanne", "itsemurh*",
    ],
    vulnerability: [
      ["yksin .. lapsen|lasten kanssa", 0.6], ["avioero*|eron_jalkeen|erosimme|erottiin", 0.6],
      ["pyoratuoli*", 0.4], "nakovammai*", "sokea", "kuuro", "kuulovammai*", "vammai*", "edunvalvo*", "omaishoita*", "kotihoi*", "hoivakoti*", ["iakas|ikaihmi*", 0.6],
      ["elakelainen|elakelaise*", 0.6], "yksinhuolta*", ["vauva*|vastasyntyn*", 0.6], "raskaana", "lahisuhdevakival*", "turvakoti*", "asun yksin",
    ],
    failure: [
      "katkaistiin|katkaistu|katkaisitte .. sahko*|lammitys|vesi", "jumiin|jumissa",
      "eika kukaan", ["odottanut .. viikkoa|kuukautta", 0.7],
      ["kolmas|neljas|viides kerta", 0.7],
      "ei vielakaan", "vielakaan ei", "edelleen .. ei|en", "ei ole tullut|saapunut", "ei koskaan saapunut|tullut", "paketti .. kadonnut|hukassa", ["kadonnut", 0.6],
      "ei vastausta", "kukaan ei .. vastaa|vastannut|soittanut|auttanut", "ei kukaan .. vastaa|soittanut", "ei ole soitettu", "soittanut .. kertaa", ["useita kertoja|monta kertaa", 0.6],
      ["viikko*|kuukaus* .. odott*", 0.6], "ilman sahkoa|nettia|lampoa|vetta|lammitysta", "sahkokatko*", ["vikaa|vika", 0.6], "rikki", "rikkinainen", "viallinen|viallise*", "vaurioitu*",
      ["ei toimi", 0.7], "ei vieläkaan toimi", "vaara tuote|koko", "peruttiin|peruutettiin|peruttu|peruutettu", ["myohassa|viivastyi*|viivastys*", 0.5], "katkaisi puhelun",
    ],
    weakNegative: ["kamala*", "kauhea*", "hirvea*", "surkea*", "painajai*", "katastrofi*", "arsyttav*", "tylsa*", "huono"],
    calmCue: ["ei kiirett", "ei kiiretta", "ei kiire", "uteliaisuut*", "ei mitaan vakavaa", "haha*", "hehe*", "heh"],
    infoQuestion: ["haluaisin tietaa", "kysyisin", "kysymys", "miten voin|vaihdan|muutan", "milloin tulee", "mista loydan", "onko mahdollista"],
  },
  suppressors: {
    bereavement: ["surullinen|surullista|surullisen|surulliselta", "puhelin|puhelimen|akku|kannettava|reititin|naytto|sovellus .. kuoli|kuollut"],
    distress: ["sarja|elokuva|kirja|jakso|kausi ... itkin|itketti|itkua", "sarja|elokuva|kirja|jakso|kausi ... surullinen|itkin|itketti", "koira|koiran|kissa|kissan|pentu|pennun ... pelk*|pelottaa|ahdist*|stress*|paniik*", "pelkaan etta .. vaarin|virhe*"],
    failure: ["peruttiin|peruutettiin|peruttu|peruutettu|myohassa .. saan|saan_vuoksi|myrskyn|lumen|sumun|lakon"],
    leaving: ["lopettaa tilauksen seuranta"],
    // "Miten lisään toisen henkilön tililleni?" adds a second holder; it is not someone else's data.
    legalThreat: ["lisa* .. toisen|toinen henkil*|ihmi*", "toisen henkilon|ihmisen .. tilille*|tililleni|tiliin|tilin|kayttajaksi|valtuut*"],
    personRequest: [
      "yhteyshenkil* ... vaihta*|paivit*|muutta*|lisa*|poista*|vaihtunut|muuttunut",
      // Past contact: "Puhuin jo jonkun kanssa ja asia on hoidettu", "Työntekijä soitti minulle eilen".
      "puhuin|puhuimme|keskustelin|keskustelimme|juttelin|puhunut|puhuneet|keskustellut|jutellut|soitin|soittanut|asioin|asioinut ... kanssa|kanssanne|kaa",
      "puhuin|puhuimme|keskustelin|keskustelimme|juttelin|puhunut|puhuneet|keskustellut|jutellut|soitin|soittanut|asioin|asioinut .. jollekin|jonkun|tyontekij*|asiakaspalvelij*|henkil*|ihmi*",
      `${WHO} .. korjasi|hoiti|auttoi|ratkaisi|soitti|soittivat|selvitti|katsoi|tarkisti|kasitteli`, "joku|jonkun .. oli|on .. soittanut|soittaneet", "joku soitti|soittanut",
      // Someone calling on the customer's behalf.
      `${KIN} ... soittaa|soittaisi|puhua|hoitaa|asioida`, "puolestani|puolestamme",
      // Money sent to a person, a second holder, how many people can watch, a technician's visit.
      "rahaa|rahat|summa*|maksu*|euro*|saldo*|omistus*|sopimu*|liittym*|tilaus*|tilin|numero* ... siirt*", "siirt* .. rahaa|rahat|summa*|maksu*|euro*|saldo*|omistus*|sopimu*|liittym*|tilaus*|tilin|numero*|ajan|aikaa|varau*",
      "tapaami*|ajanvarau*|palaveri*|konsultaatio* .. kanssa|kaa", "paljonko|hinta|hinnan|maksaako|kustan* ... kanssa|kaa", "lisa*|toinen|toisen|toista|uuden|uusi ... henkil*|kayttaj*|tilinomistaj*",
      "montako|monta|kuinka_monta .. henkil*|ihmis* ... katso*|kayttaa|nahda", "tule*|kay*|kayda ... katsomaan|tarkistamaan|korjaamaan",
      // How to reach customer service in writing; opening hours.
      "yhteyden|yhteytta ... sahkopost*|viesti*|lomake*|kirje*|kirjeitse", "miten|mista|kuinka .. yhteyden|yhteytta", "auki|aukiolo*|aukeaa|avoinna|palvelee",
      ...EMBEDDED_ROUTINE,
    ],
  },
};
