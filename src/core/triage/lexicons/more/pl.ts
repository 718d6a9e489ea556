import type { LexiconExtension } from "../lexicon.ts";

/**
 * Explicit requests for a person, built from parts: who is asked for (every case, by prefix),
 * the verbs that ask now (infinitive, imperative, conditional) and the desks asked for;
 * "rozmawiałam wczoraj z konsultantem" is past contact, kept routine by the suppressors below.
 */
const WHO = "konsultant*|czlowiek*|pracownik*|pracowniczk*|doradc*|doradczyn*|operator*|kierownik*|kierowniczk*|przelozon*|szef*|menedzer*|manager*|specjalist*|ekspert*|opiekun*|agent*|koordynator*|weterynarz*|lekarz*|osoba|osobe|ktos|kogos|kims|komus|czlowieka|technik|technikiem|technika";
const DESK = "obslug*|dzial*|biur*|infolini*|centrum|helpdesk*|support*|zyw*|prawdziw*|normaln*";
const WANT = "chce|chcialbym|chcialabym|chcialbym|chcemy|chcielibysmy|chciala|chcial|moge|mozemy|mozna|mozliwe|mozliwosc|prosze|poprosze|potrzebuje|potrzebujemy|wole|wolalbym|wolalabym|wolimy|zadam|daj|dajcie|dajta|pozwolcie|musze|musimy|da_sie|dalo_by_sie|czy_moge";
const ACT = "rozmawiac|porozmawiac|pogadac|gadac|pomowic|rozmowy|rozmowe|rozmowa|rozmowie|polaczenie|polaczenia|polaczyc|kontakt|kontaktu|skontaktowac|omowic|wyjasnic|wytlumaczyc|wyjasnienia|pogawedzic|porozumiec";
const TAKE = "sprawdzic|sprawdzil*|przejac|przejal*|przejmie|zajac|zajal*|zajmie|obejrzec|przejrzec|spojrzec|spojrzal*|zerknac|zerknal*|rozpatrzyc|zadzwonic|zadzwonil*|zadzwoni|oddzwonic|oddzwonil*|oddzwoni|skontaktowac|skontaktowal*|skontaktuje|wyjasnic|przeanalizowac|poprowadzic|poprowadzil*";

/**
 * Requests embedded in a longer, polite message about an ordinary problem (round 2): someone with
 * the power to decide ("ktoś decyzyjny"), settling it with an employee, someone from the clinic
 * or the team getting in touch, explaining in person to a loss adjuster rather than filling in
 * forms, a phone conversation, passing the case to a superior, real people, canned replies.
 */
const STAFF = `${WHO}|likwidator*|rzeczoznawc*|recepcjonist*|pielegniar*|doktor*|dr|decyzyjn*|kierownictw*|zwierzchni*|menadzer*|przedstawiciel*|osoby|osob|osobie|osoba_decyzyjna|ludzi|ludzie|ludzmi|czlowiekiem|urzednik*|urzedniczk*|bankowc*|asystent*|sekretark*|dyrektor*|dyrekcj*|naczelnik*|koordynator*|ktokolwiek|kogokolwiek|kimkolwiek`;
const DESKS = "recepcj*|rejestracj*|sekretariat*|oddzial*|przychodni*|klinik*|gabinet*|zesp*|centrali|centrala";
const SOMEONE = "ktos|kogos|kims|komus|ktokolwiek|kogokolwiek|nikt|nikogo|osob*|pracownik*|jakis|jakas|jakiegos|jakiejs|czlowiek*|decyzyjn*";
const DECIDE = "przyznac|przyzna|przyznania|przyznanie|decyzj*|zdecydowac|zdecyduje|decydowac|zatwierdzic|zatwierdzi|zgodzic|zgodzi|wyjatek|wyjatku|anulowac|anuluje|umorzyc|umorzy|zwolnic|uchylic|uprawnien*|uprawnion*|upowaznion*|odstapic|zmienic_decyzje|wiazac*";
const SORT = "omowic|zalatwic|wyjasnic|przedyskutowac|rozwiazac|ustalic|przegadac|obgadac|porozmawiac|rozmawiac|pogadac|wytlumaczyc|opowiedziec|przedstawic|opisac|rozpatrzyc|uzgodnic|sprostowac|poprawic|wyprostowac|dogadac";
const EMBEDDED: string[] = [
  // 1. someone who can decide: "czy jest u Państwa ktoś decyzyjny", "potrzebuję kogoś, kto może podjąć decyzję"
  "ktos|kogos|kims|komus|osob*|pracownik*|nikt|nikogo decyzyjn*|uprawnion*|upowaznion*|kompetentn*|z_uprawnieniami|z_kompetencjami",
  `${SOMEONE} .. kto|ktory|ktora|co|z .. moze|mogl*|moglby|moglaby|bedzie|ma|mial*|potrafi|jest_w_stanie|bylby_w_stanie|bedzie_mogl*|ma_prawo ... ${DECIDE}`,
  `${SOMEONE} ... moze|moglby|moglaby|mogliby|moga|mozecie|moglibyscie|moglaby|bylby_w_stanie|jest_w_stanie .. ${DECIDE}|zrobic_wyjatek|podjac_decyzje`,
  "podjac|podejmie|podejmowac decyzj*", "zrobic|zrobi|zrobilby|zrobilaby|zrobiliby|zrobicie wyjatek",
  // 2. settle it with an employee: "wolałbym omówić to z pracownikiem banku", "załatwić to z kimś, kto pracuje w oddziale"
  `${WANT}|wolalbym|wolalabym|wole|lepiej|latwiej|prosciej|zalezy_mi .. ${SORT} ... z|ze|u|przez .. ${STAFF}`,
  "z|ze|kims|kogos|ktos|osob*|ludz* kto|ktory|ktora|ktorzy|co .. pracuje|pracuja|pracujecie|pracujacy|pracujaca|pracujacym w|u|na|dla|przy|tam",
  // 3. someone gets in touch: "czy ktoś z zespołu mógłby się ze mną skontaktować", "proszę, żeby lekarz sam zadzwonił"
  "sie ze mna|z_nami skontaktowac|skontaktuje|skontaktujecie|skontaktujcie|skontaktowalby|skontaktowalaby|skontaktowaliby|skontaktowal_by",
  "skontaktowac|skontaktuje|skontaktujecie|skontaktujcie|zadzwonic|zadzwoni|zadzwonicie|zadzwoncie|oddzwonic|oddzwoni|oddzwonicie|oddzwoncie sie? ze_mna|z_nami|do_mnie|do_nas",
  `${STAFF}|${DESKS} ... moze|moglby|moglaby|mogliby|moga|mozecie|moglibyscie|bylby|bylaby|mogl|mogla|zeby|aby|niech ... ${TAKE}|sie_ze_mna|do_mnie|do_nas`,
  "zeby|aby|by|niech|prosze|poprosze .. ktos|kogos|osob*|ludzie|pracownik*|lekarz*|doktor*|pani|pan|recepcj*|rejestracj* ... zadzwonil*|oddzwonil*|skontaktowal*|odezwal*|odezwie|odezwa|zadzwoni|oddzwoni|skontaktuje|napisal_osobiscie",
  `zeby|aby|niech .. ${TAKE}|rozpatrzyl*|przejrzal*|obejrzal*|zweryfikowal*|ocenil*|przeanalizowal*|zadecydowal*|zdecydowal* ... ${STAFF}`,
  "prosze|poprosze|prosba|prosbe|bylbym_wdzieczny|bylabym_wdzieczna|wdzieczn* o|za .. kontakt|telefon|rozmowe|oddzwonienie|telefoniczny|telefoniczna|telefoniczne|polaczenie",
  "zalezy mi .. na? rozmowie|kontakcie|telefonie|rozmowie_telefonicznej|spotkaniu",
  // 4. explaining rather than in writing: "wolę wyjaśnić to osobiście likwidatorowi niż wypełniać formularze"
  `${WANT}|wolalbym|wolalabym|wole|lepiej|latwiej|prosciej .. ${SORT}|${ACT} ... osobiscie|ustnie|na_zywo|przez_telefon|telefonicznie|twarza_w_twarz|w_cztery_oczy|w_oddziale|na_miejscu`,
  `${WANT}|wolalbym|wolalabym|wole|lepiej|latwiej|prosciej .. ${SORT} ... ${STAFF}`,
  `${STAFF}|telefon*|osobiscie|ustnie|na_zywo ... niz|zamiast|a_nie .. wypelniac|wypelnic|formularz*|pisac|pisanie|maile|mailem|czat*|chat*|bot*|ankiet*|wniosk*`,
  // 5. a call or meeting as a noun: "prosiłbym o rozmowę telefoniczną", "umówić rozmowę z doradcą kredytowym"
  "umowic|umowienie|umowic_sie|zaplanowac|zarezerwowac|ustalic|zorganizowac|dostac|otrzymac .. na? rozmow*|spotkani*|wizyt*|termin|telefon|polaczeni*|wideorozmow*|konsultacj* ... z|ze .. doradc*|konsultant*|opiekun*|kierownik*|specjalist*|likwidator*|ekspert*|przedstawiciel*|menedzer*|managerem|dyrektor*|przelozon*|pracownik*|kims",
  `${WANT} .. rozmow*|spotkani*|wideorozmow*|konsultacj* z|ze .. doradc*|konsultant*|opiekun*|kierownik*|specjalist*|likwidator*|ekspert*|przedstawiciel*|menedzer*|dyrektor*|przelozon*|pracownik*|kims`,
  "o|na rozmowe|rozmowa|polaczenie|kontakt|rozmowy telefoniczn*", `telefon|telefonu|kontakt|kontaktu|telefoniczny|telefonicznego od .. ${STAFF}|${DESKS}|kogos|was|panstwa|pana|pani|firmy|banku`,
  // 6. passing it up: "proszę przekazać moją sprawę przełożonemu", "eskalować zgłoszenie do kierownika"
  `przekazac|przekazcie|przekaz|przekazanie|przekazania|przekazalby|przekazaliby|przekazywac|eskalowac|eskalujcie|eskaluj|eskalowanie|eskalacja|eskalacje|eskalacji|skierowac|skierujcie|skieruj|skierowanie|przeslac|przeslijcie|przeslanie|podniesc|przekierowac|przekierujcie|przekierowanie|zglosic|zglosicie .. sprawe|sprawy|zgloszenie|zgloszenia|reklamacje|reklamacji|skarge|skargi|prosbe|prosby|wniosek|wniosku|zapytanie|temat|problem|to|ja|je|moja|moje|moj|mojej|mojego|tego|te ... ${STAFF}|wyzej|gore|wyzszego|wyzszy|kierownictw*|zwierzchni*|przelozon*|kogos_wyzej|wyzszej_instancji|wyzszego_szczebla`,
  "prosze|poprosze|prosba|chce|chcialbym|chcialabym|zadam|wnosze .. o? eskalacj*|eskalowac|eskalowanie", "do kogos|osoby wyzej|wyzszego_szczebla|decyzyjnej|z_uprawnieniami|z_wyzszymi_uprawnieniami",
  // 7. the manager on the line: "dajcie kierownika do telefonu"
  `daj|dajcie|dac|dostac|prosze|poprosze|poprosic .. ${STAFF} .. do_telefonu|na_linie|na_linii|do_sluchawki|przy_telefonie`,
  // 8. real people, anyone working: "czy są tam jacyś prawdziwi ludzie", "czy ktoś dzisiaj w ogóle pracuje"
  "prawdziw*|zyw*|normaln*|realn* ludzi|ludzie|ludzmi|osob*|pracownik*|konsultant*|czlowiek*|osoby",
  "ktos|ktokolwiek|jacys|ludzie|nikt ... pracuje|pracuja|pracujecie|czyta|czytacie|odbiera|odbieracie|odpisuje|odpisujecie|odpowiada|dyzuruje|na_dyzurze|w_pracy|w_biurze ... dzisiaj|dzis|teraz|w_ogole|jeszcze|tam|naprawde|w_tej_chwili|u_was",
  "ktos|ktokolwiek .. dzisiaj|dzis|teraz|w_ogole|jeszcze|tam|naprawde|u_was .. pracuje|czyta|odbiera|odpisuje|odpowiada|jest",
  // 9. canned replies rejected: "dość automatycznych odpowiedzi, chcę, żeby ktoś naprawdę przeczytał"
  `automatyczn*|gotow*|szablonow*|standardow*|wyuczon*|formulk*|formulek|kopiuj*|bot*|robot*|automat*|czatbot*|chatbot*|nie_rozumie|nie_pomaga|nic_nie_rozumie ... chce|prosze|poprosze|potrzebuje|zeby|niech|wole|zadam|dajcie|daj .. ${STAFF}|zyw*|prawdziw*`,
  `${STAFF}|ktos .. naprawde|faktycznie|w_koncu|osobiscie|wreszcie|uwaznie ... przeczytal*|przeczyta|przeczytac|czytal*|odczytal*|spojrzal*|zajrzal*|zobaczyl*`,
];
const EMBEDDED_SUPPRESSED: string[] = [
  // a call already received, the visit announced, the courier ringing first, opening hours
  "odebralem|odebralam|dostalem|dostalam|mialem|mialam|przegapilem|przegapilam|nieodebran* .. telefon|telefony|polaczenie|polaczenia|rozmowe|sms*|wiadomosc",
  "kurier*|dostawc*|technik*|instalator*|hydraulik*|elektryk*|listonosz*|monter*|kierowc* ... przed|zanim .. przyjazdem|przyjedzie|przyjdzie|dostarczy|dostawa|wizyta|wizyta|przyjsciem",
  "pracuje|pracuja|pracujecie|czynn*|otwart* ... sobot*|niedziel*|weekend*|swiet*|swiat*|wigili*|godzin*|od_ktorej|do_ktorej",
  "skontaktowal|skontaktowala|skontaktowali|skontaktowano|kontaktowal|kontaktowala|kontaktowali ... wczoraj|rano|przedwczoraj|zalatwion*|zalatwil*|zalatwila|pomogl*|tydzien_temu|w_zeszlym",
  "musze|musimy|trzeba|powinienem|powinnam|nalezy .. przyjsc|przyjechac|stawic|zglosic_sie|pojawic_sie|byc .. osobiscie|w_oddziale|na_miejscu",
];

/** Polish: more of how customers say each thing (cases and aspects, text typed without Polish letters, Polish bodies). */
export const pl: LexiconExtension = {
  negators: ["zadnej", "zadnego", "zadnych", "nikt"],
  softeners: ["troszke", "troche", "lekko", "nieco"],
  phrases: {
    personRequest: [
      "czy jest tam .. czlowiek|ktos", "jest tam ktos", "jakis czlowiek", "prosze o konsultanta|czlowieka|pracownika|doradce", "poprosze o? konsultanta|czlowieka|pracownika|doradce",
      "z kims na zywo", "na zywo .. porozmawiac|rozmawiac",
      "z zywym czlowiekiem|konsultantem", "z prawdziwym czlowiekiem|konsultantem|pracownikiem",
      "prawdziwy czlowiek|konsultant", "zywy czlowiek", "czlowieka prosze", "konsultanta prosze|poprosze", "poprosze konsultanta|czlowieka|pracownika",
      "polaczcie|polacz|przelaczcie|przekierujcie mnie", "nie chce .. bota|bot|robota|automatu|maszyny|czatbota|chatbota", "dosc .. bota|botow|automatu",
      "zadzwoncie do mnie", "prosze o telefon", "prosze o kontakt telefoniczny", "oddzwoncie", "niech ktos zadzwoni|oddzwoni", "z przelozonym|przelozona|kierownikiem|kierowniczka",
      // "chcę rozmawiać z obsługą klienta", "wolałabym omówić leczenie psa z weterynarzem", "daj mi pogadać z kimś"
      `${WANT} .. ${ACT} ... ${WHO}`,
      `${WANT} .. ${ACT} ... z|ze|do ${DESK}`,
      // "proszę mnie przełączyć do kierownika", "przekierujcie mnie do działu technicznego"
      `polacz*|przelacz*|przekieruj*|przekierowa*|przekaz*|przenies*|skieruj* .. z|ze|do|mnie .. ${WHO}`,
      // "czy jakiś konsultant może sprawdzić?", "czy tę rozmowę może przejąć jakiś pracownik?", "żeby ktoś się zajął"
      `ktos|konsultant*|pracownik*|czlowiek|doradc*|kierownik*|specjalist*|techni*|opiekun*|przelozon* .. moze|mogl|mogla|moglby|moglaby|mogliby|moga|moglaby|bylby|bedzie .. ${TAKE}`,
      `moze|moglby|moglaby|mogliby|moga|mozna .. ${TAKE} ... ktos|jakis|konsultant*|pracownik*|czlowiek|doradc*|kierownik*|specjalist*`,
      `zeby|aby|by|niech .. ktos|konsultant*|pracownik*|czlowiek|doradc*|kierownik*|specjalist*|techni* ... ${TAKE}`,
      // phone: "zadzwońcie na 600…", "potrzebuję rozmowy telefonicznej", "wolę to wyjaśnić przez telefon"
      "zadzwoncie|zadzwon|oddzwoncie|oddzwon|zadzwonicie|oddzwonicie|zadzwonia|oddzwonia .. na|pod|do|prosze|jutro|dzis|dzisiaj|teraz|pilnie|numer",
      "zadzwoncie|oddzwoncie", `${WANT} .. rozmow*|kontakt*|telefon*|polaczeni* telefoniczn*`, "o telefon|kontakt od|z .. konsultant*|doradc*|pracownik*|kogos|czlowiek*",
      "wole|wolalbym|wolalabym|wolimy|lepiej|latwiej|prosciej .. wyjasnic|wytlumaczyc|omowic|porozmawiac|rozmawiac|powiedziec|opowiedziec|zalatwic|pogadac ... telefon*|ustnie|osobiscie|na_zywo|glosowo|z_kims|z_czlowiekiem|z_konsultantem|z_pracownikiem",
      "ustnie|osobiscie|na_zywo z .. kims|czlowiek*|konsultant*|pracownik*|doradc*",
      // "czy mogę dostać konsultanta?", "konsultant proszę", "z krwi i kości"
      "dostac|dostane|prosic_o|poprosic_o|prosze_o|poprosze_o konsultant*|czlowiek*|pracownik*|doradc*|operator*|kogos|kierownik*|przelozon*|rozmow*",
      `konsultant*|czlowiek*|doradc*|operator*|pracownik*|kierownik* prosze|poprosze|pilnie|teraz|natychmiast|szybko|pls|please`,
      "z krwi i kosci", "kogos|kims|ktos normaln*|kompetentn*|prawdziw*|zyw*|kto_sie|kto_zna|z_obslugi|z_dzialu|z_firmy",
      // bot: "jesteś botem? to poproszę człowieka", "czy ktoś to w ogóle czyta?", "nie bot. człowiek."
      "bot*|robot*|automat*|maszyn*|czatbot*|chatbot*|sztuczn* ... chce|prosze|poprosze|wole|daj|dajcie|potrzebuje|zadam .. czlowiek*|konsultant*|pracownik*|kogos|kims|osob*|zyw*|prawdziw*|doradc*",
      "jestes|jest|czy_to|rozmawiam_z|pisze_z botem|robotem|czlowiekiem|automatem|maszyna|czatbotem|chatbotem|sztuczna_inteligencja|ai",
      "nie bot|automat|robot|maszyna|czatbot|chatbot", "czy ktos|czlowiek .. czyta|przeczyta|widzi|odpisze|odpowie|odczyta",
      "halo ... ktos|jest", "jest ktos|ktos_tam tu|tam|na_linii|zywy|prawdziwy",
      ...EMBEDDED,
    ],
    bereavement: [
      "zmarl|zmarla|zmarli|umarl|umarla|umarli", "nie zyje|zyja",
      "smierc*", "zgon*", "akt zgonu", "pogrzeb*", "stypa", "zaloba|zalobie", "spadkobierc*", "spadek|spadku", "testament*", "notariusz*", "wdowa|wdowiec",
      "odszedl|odeszla od nas", "odeszla za teczowy most", "teczowy most", "zmarlego|zmarlej|zmarlym|zmarla",
    ],
    illness: [
      "oddziale|oddzial .. dzieciec*|onkolog*|intensywnej|szpital*", "lezy w szpitalu|na_oddziale",
      "chemioterap*", "radioterap*", "dializ*", "w szpitalu", "szpital*", "na sorze|sor", "oiom|oit", "intensywna terapia", "ciezko chor*", "bardzo chor*",
      ["choroba|choroby|chorobe", 0.6], "nowotwor*", "rakiem|raka", "zawal*", "udar*", "na zwolnieniu", "zwolnienie lekarskie", "l4", "zdrowie psychiczne", "depresj*",
      "po operacji", "wypadek samochodowy|drogowy", "opieka paliatywna", "hospicjum", "diagnoz*", "stwardnienie", "alzheimer*", "demencj*",
    ],
    hardship: [
      "nie wyrabiam", "nie wyrabiam sie z",
      "nie mozemy zaplacic|placic",
      "nie stac mnie|nas", "nie mam z czego", "nie mam pieniedzy|kasy|za_co", "nie moge zaplacic|splacic|placic", "nie jestem w stanie zaplacic|placic|splacic",
      "nie dam rady zaplacic|placic", "brak srodkow", "bez grosza", "stracil* prace|robote", "stracilem|stracilam prace", "zwolnili mnie", "zwolniony|zwolniona z pracy",
      "bezrobot*", "urzad pracy", ["zasilek*", 0.6], ["800 plus", 0.5], "mops", "pomoc spoleczna", ["renta|rencist*", 0.6], "emerytura .. nie|mala|starcza", "niska emerytura",
      "zaleglosc*", "zalegam*", "zalegle .. platnosci|rachunki|raty", "opozni* .. platnos*|splat*", "odroczenie .. platnosci|splaty", ["rozlozenie na raty", 0.6],
      ["rozlozyc .. raty", 0.6], "wiecej czasu na splate|zaplate", "eksmisj*", "odcie* .. prad|gaz|wode", "odcieli", "trudna sytuacja .. finansowa|materialna",
      "problemy finansowe", "klopoty finansowe", "zadluzon*", "dlugi|dlugow", "kredyt .. nie_splacam|nie_moge", "chwilowk*", "upadlosc konsumencka", "bankructw*",
    ],
    debtCollection: ["firma windykacyjna", "windykacja", "komornik", "komornika", "zajecie .. konta|wynagrodzenia|pensji", ["krd", 0.8], ["bik", 0.5], "nakaz zaplaty", "egzekucja komornicza", "kaczmarski", "kruk"],
    fraud: [
      ["na moje nazwisko|imie|dane", 0.6], "nigdy nie bylem|bylam .. klientem|klientka",
      "nie robilem|robilam|zlecalem|zlecalam .. przelewu|platnosci|transakcji", "zniknel*|znikneli|zniknelo .. z konta",
      "ktos uzyl* .. karty|konta|danych", "ktos .. moja karta|moje_konto", "transakcj* .. ktorej|ktorych nie .. robil*|zlecal*|dokonal*", "nie robilem|robilam|zlecalem|zlecalam|dokonalem|dokonalam .. przelew*|zakup*|transakcj*|platnos*",
      "nieznan* .. transakcj*|platnosc*|obciazeni*|przelew*", "nie rozpoznaje", "bez mojej wiedzy|zgody", "oszukal*|oszukano", "oszustw*", "naciagn*|naciagacz*", "wyludzenie|wyludzil*",
      "falszyw* .. sms|mail|konsultant|strona|link", "kliknal*|kliknelam|kliknalem .. link", "podal* .. dane|kod|haslo|pin", "blik .. oszust*|nieznany", "sklonowan*",
      "ukradl*|ukradziono|skradzion*", "kradziez tozsamosci", "przejeli konto", "zhakowal*|zhakowane|shakowane",
    ],
    dispute: [
      ["zaplacil* .. a", 0.8], ["teraz chcecie", 0.6],
      ["podniesli*|podniosl*|podwyzszyl* .. cen*", 0.5], "bez uprzedzenia|informacji .. podniesli*|zmienili*|podwyzszyl*", "podniesli*|podnies* .. cene|ceny .. bez", "nie zgadzam sie",
      "reklamowac|zareklamowac", "nigdy nie dzialal*",
      "pobrano|pobrali|obciazono .. dwukrotnie|dwa_razy|podwojnie", "podwojne obciazenie", ["dwukrotnie", 0.6], "nalicz* .. blednie|niepoprawnie|za_duzo", "bledn* naliczeni*",
      "niesluszn*", "bezpodstawn*", "faktura .. bledna|zawyzona|za_wysoka|nieprawidlowa", "za wysoki rachunek", "chce .. zwrotu|zwrot|pieniadze z powrotem", "zwrot .. pieniedzy|srodkow",
      "oddajcie .. pieniadze", "nigdy nie zamawial*", "nie zamawial*", "po rezygnacji|wypowiedzeniu .. nadal|dalej|pobieracie", "mimo .. rezygnacji|wypowiedzenia|anulowania",
      "zaplacil* .. nie_dostal*|nie_otrzymal*", "nie otrzymal* .. zaplacil*", ["odwolanie", 0.7], "odszkodowanie", "rekompensata", "chargeback", "reklamuje", "zakwestionowac|kwestionuje",
    ],
    complaint: ["zlozyc|zlozylem|zlozylam reklamacje|skarge", "zloze skarge|reklamacje", "formalna reklamacja", "skarga", "skarze sie", "zazalenie"],
    legalThreat: [
      "uokik", "rzecznik praw konsumenta|konsumentow|finansowego", "rzecznika", "rzecznik konsumentow", "miejski|powiatowy rzecznik", "knf", "uke", "ure", "uodo",
      "prawnik", "adwokat", "radca", "kancelaria", "sad|sadem|sadu|sadzie", "pozwe|pozwac|pozew", "na policje", "zawiadomienie .. prokuratur*|policj*", "prokuratur*",
      "moje prawa", "prawa konsumenta", "kroki prawne", "droga sadowa|prawna",
    ],
    leavingUnhappy: ["nigdy wiecej", "odchodze do konkurencji", "przechodze do .. konkurencji|innego", "straciliscie klienta", "koniec z wami", "ostatni raz"],
    leaving: ["rezygnuje z", "rezygnacja z", "wypowiadam umowe", "wypowiedzenie umowy", "rozwiazac umowe", "zamknac konto", "przeniesc numer"],
    dissatisfaction: [
      "niezadowolon*", "nie jestem zadowolon*", "rozczarowan*", "zawiedzion*", "fatalna obsluga", "fatalny serwis", "beznadziejna obsluga", "obsluga .. fatalna|beznadziejna|tragiczna",
      "zlewacie", "olewacie", "olali|olewaja", "zbywacie", "zbyli", "ignorujecie", "ciagle to samo", ["kolejny raz", 0.7], ["za kazdym razem", 0.5], "mam dosc", "mam tego dosc", "dosc mam",
    ],
    anger: [
      "wkurzon*", "wkurza|wkurzyl*", "wsciekl*", "zdenerwowan*", "zly jak", "oburzajace", "skandal", "skandaliczne|skandaliczny", "zenada", "kpina", "zlodzieje", "oszusci",
      "nie do przyjecia", "niedopuszczaln*", "zenujac*", "zalosn*", "kurde", "kurwa", "cholera", "szlag", "zadam", "natychmiast", "niekompetentn*",
    ],
    distress: [
      ["nie radze sobie", 0.7],
      "martwie sie", "zmartwion*", "niepokoje sie", "zaniepokojon*", "przerazon*", "przeraza mnie", "boje sie", "strach", "w panice", "panikuje", "zalamany|zalamana",
      "zrozpaczon*", "nie wiem co robic", "nie wiem co mam robic", "nie wiem do kogo sie zwrocic", "pomozcie", "prosze pomozcie", "ratunku", "placze", "nie spie",
      "nie moge spac", "nie daje rady", "jestem na skraju", "mam juz dosc wszystkiego", "zestresowan*", "samobojst*", "odebrac sobie zycie",
    ],
    vulnerability: [
      ["sama|sam z .. dziecmi|dzieci|dzieckiem", 0.6], ["rozstani*|rozwod*", 0.6],
      ["wozek inwalidzki|na wozku", 0.4], "niewidom*", "niedowidz*", "gluch*", "niedoslysz*", "niepelnosprawn*", "orzeczenie o niepelnosprawnosci", "opiekun prawny",
      ["starsza pani|starszy pan|starsza osoba", 0.6], ["emeryt|emerytka", 0.6], "samotna matka", "samotnie wychowuj*", ["niemowle|noworodek", 0.6], "w ciazy",
      "przemoc domowa", "niebieska karta", "mieszkam sam|sama",
    ],
    failure: [
      "odcieto|odcieli|odciety|odcieta .. prad|gaz|wode|ogrzewanie", "utknel*|utknelismy|utknelam|utknalem", "nie dziala od", "licznik|licznika .. zle|bzdur*|bledn*",
      ["nadal nie|brak", 0.7], ["wciaz nie|brak", 0.7], ["dalej nie", 0.6], "nigdy nie dotarl*|doszl*", "nie dotarla|dotarlo|dotarl|doszla|doszlo|doszedl", "paczka .. zgubion*|zaginel*|zniknel*",
      "brak odpowiedzi|kontaktu|reakcji", "nikt nie odpowiada|oddzwania|pomaga|odbiera", "nikt sie nie odezwal", "dzwonilem|dzwonilam|pisalem|pisalam .. razy",
      ["kilka razy", 0.6], ["wiele razy", 0.6], ["od tygodni|miesiecy", 0.6], "bez pradu|internetu|gazu|wody|ogrzewania", "awari*", "usterk*", "wadliw*", "uszkodzon*",
      "zepsul*|zepsut*", ["nie dziala", 0.7], "nadal nie dziala", "zly produkt|rozmiar", "odwolany|odwolano|odwolali .. lot|pociag|wyjazd", ["opoznien*|opozniony|opozniona", 0.5], "rozlaczyl*",
    ],
    weakNegative: ["okropn*", "straszn*", "beznadzieja", "koszmar*", "masakra", "dramat", "tragedia", "do bani", "badziewie"],
    calmCue: ["bez pospiechu", "nie ma pospiechu", "z ciekawosci", "nic powaznego", "haha*", "hehe*"],
    infoQuestion: ["chcialbym|chcialabym wiedziec|zapytac", "mam pytanie", "pytanie", "jak zmienic|moge|zrobic", "kiedy przyjdzie|dotrze", "gdzie znajde"],
  },
  suppressors: {
    // Past contact, a contact person, the mobile operator, not being called: no request for a person now.
    personRequest: [
      `rozmawial*|porozmawial*|gadal*|pogadal*|kontaktowal*|pisal* .. z|ze .. ${WHO}`,
      "konsultant|konsultantka|pracownik|pracowniczka|doradca|doradczyni|kierownik|operator|technik|kurier|pan|pani .. juz? oddzwonil*|zadzwonil*|skontaktowal*|dzwonil*|pomogl*|zalatwil*|wyjasnil*|odpisal*|odpowiedzial*|byl|byla",
      "juz .. oddzwoniono|oddzwonil*|zadzwonil*|zadzwoniono|skontaktowal*|kontaktowal*|dzwonil*|rozmawial*",
      "oddzwonil*|oddzwoniono|zadzwonil*|zadzwoniono ... rano|wczoraj|dzis|dzisiaj|dziekuje|dzieki|juz|zalatwion*|zalatwil*|pomogl*|wszystko",
      "nie dzwonic|zadzwonic|oddzwonic|dzwoncie|dzwon|kontaktowac|kontaktujcie|oddzwaniac", "nie trzeba|musicie|potrzeba .. dzwonic|zadzwonic|oddzwaniac|oddzwonic|kontaktowac",
      "osob*|dane kontaktow*|do_kontaktu", "operator* komorkow*|sieci|telefonii|sieciow*|pocztow*|logistyczn*|turystyczn*|platnosci|kart|karty|komorki",
      `ile kosztuje|kosztuja|koszt|oplat*|cena|cennik|stawk* ... ${WHO}`, "godzin*|godziny|czynn* ... infolini*|obslug*|konsultant*|telefoniczn*|biur*|dzial*|dostepn*",
      "maz|zona|partner|partnerka|syn|corka|mama|tata|ojciec|matka|brat|siostra .. moze|moglby|moglaby|moga ... zadzwonic|porozmawiac|rozmawiac|skontaktowac|zalatwic",
      ...EMBEDDED_SUPPRESSED,
    ],
    bereavement: ["telefon|bateria|laptop|router|ekran|aplikacja .. padl*|umarl*|zmarl*|nie_zyje"],
    distress: ["serial|film|ksiazka|odcinek|sezon ... plakal*|plakac", "serial|film|ksiazka|odcinek|sezon ... smutny|smutna|plakal*|plakac", "pies|psa|kot|kota|szczeniak|kotek|piesek ... boi|boja|strach|panik*|stres*", "boje sie ze .. pomylil*|zle"],
    failure: ["odwolany|odwolano|odwolali|opozniony|opoznienie .. z_powodu|przez .. pogod*|burz*|sniegu|mgly|strajk*"],
    fraud: ["kradziez .. ubezpieczen*"],
  },
};
