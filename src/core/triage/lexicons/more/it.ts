import type { LexiconExtension } from "../lexicon.ts";

/**
 * Explicit requests for a person, built from parts: who is asked for, the departments asked
 * for, and verb forms that ask now; "ho parlato con un operatore ieri" is past contact, kept
 * routine by the suppressors below.
 */
const WHO = "operatore|operatrice|operatori|persona|umano|umana|qualcuno|qualcun|qlcn|qlc|qualkuno|consulente|consulenti|addetto|addetta|addetti|responsabile|direttore|direttrice|supervisore|capo|superiore|collega|colleghi|colleghe|impiegato|impiegata|tecnico|tecnica|specialista|esperto|esperta|funzionario|funzionaria|veterinario|veterinaria|medico|dottore|dottoressa";
const DESK = "servizio_clienti|servizio_cliente|assistenza|assistenza_clienti|assistenza_tecnica|ufficio_tecnico|ufficio_reclami|ufficio_prenotazioni|ufficio_commerciale|ufficio_amministrativo|ufficio_fatturazione|ufficio_clienti|ufficio_competente|call_center|centralino|amministrazione|reparto_tecnico|supporto|supporto_tecnico";
const WANT = "voglio|vojo|vorrei|volevo|desidero|desidererei|devo|dovrei|posso|potrei|possibile|esigo|pretendo|chiedo|richiedo|preferisco|preferirei|bisogno|serve|servirebbe|fammi|fatemi|fate|faccia|mi_fa|per_favore|piacerebbe";
const ACT = "parlare|parla|parlarne|parlarci|sentire|contattare|chattare|discutere|spiegare|interloquire|rivolgermi|confrontarmi";
const TAKE = "controllare|controlli|verificare|verifichi|guardare|guardi|vedere|veda|esaminare|prendere_in_mano|prendere_in_carico|prenda_in_mano|prenda_in_carico|occuparsi|occuparsene|occupi|occupasse|seguire|segua|gestire|gestisca|dare_un|dia_un|richiamarmi|richiami|ricontattarmi|contattarmi|contatti|chiamarmi|mi_chiami|telefonarmi|mi_richiami|mi_contatti";

/**
 * Requests embedded in a longer, polite message about an ordinary problem (round 2): someone who
 * can decide or make an exception, sorting it out with one of your employees, someone from the
 * clinic or the staff getting in touch, explaining to a loss adjuster rather than filling in
 * forms, a call from you, passing the file to a supervisor, real people, canned replies rejected.
 */
const STAFF = `${WHO}|dipendente|dipendenti|vostro_personale|il_personale|del_personale|membro_del_personale|membro_dello_staff|vostro_staff|dello_staff|lo_staff|uno_di_voi|una_di_voi|qualcuno_di_voi|uno_dei_vostri|una_delle_vostre|un_vostro|una_vostra|perito|perita|liquidatore|liquidatrice|ispettore|ispettrice|receptionist|segretaria|segretario|infermiere|infermiera|dott|dottssa|dr|incaricato|incaricata|gestore|gestrice|dirigente|responsabili|supervisori|superiori|referente_commerciale|consulente_del_credito|consulente_finanziario|bancario|bancaria|agente|sportellista|cassiere|cassiera`;
const DESKS = "reception|segreteria|direzione|agenzia|filiale|ambulatorio|clinica|studio";
const SOMEONE = "qualcuno|qualcun|qlcn|una_persona|un_responsabile|una_responsabile|un_operatore|un_operatrice|un_consulente|una_consulente|un_funzionario|una_funzionaria|un_superiore|un_dirigente|un_vostro|una_vostra|un_dipendente|una_dipendente|uno_di_voi|una_di_voi|nessuno|persone|chi|un_supervisore|un_direttore|una_direttrice|un_addetto|un_addetta|un_impiegato|un_impiegata|un_collega";
const DECIDE = "concedere|conceda|concedermi|decidere|decida|decidano|potere_decisionale|autorizzare|autorizzi|autorizzino|approvare|approvi|fare_un_eccezione|faccia_un_eccezione|fare_eccezione|un_eccezione|eccezione|deroga|derogare|derogare|prendere_una_decisione|prenda_una_decisione|stornare|storni|stornarla|stornarlo|annullare|annulli|annullarla|annullarlo|abbuonare|condonare|sbloccare";
const SORT = "risolvere|risolverla|risolverlo|trattare|gestire|vedere|vederla|chiarire|chiarirla|chiarirlo|discutere|discuterne|parlarne|affrontare|sistemare|spiegare|spiegarlo|spiegarla|spiegarvi|esporre|raccontare|definire|valutare|approfondire|confrontarmi|confrontarci|sentire|parlare|esaminare";
const PREFER = `${WANT}|preferisco|preferirei|meglio|piu_semplice|piu_facile|piu_comodo|gradirei|sarebbe_possibile|e_possibile|sarebbe_meglio`;
const EMBEDDED: string[] = [
  // 1. someone who can decide: "c'è qualcuno da voi che può decidere di stornarla?", "una persona che possa prendere una decisione"
  `${SOMEONE} .. che|con|in_grado_di|autorizzato|autorizzata|abilitato|abilitata|titolato|competente ... ${DECIDE}`,
  `${SOMEONE} ... puo|potrebbe|potreste|possono|potete|potrebbero|riesce|riuscirebbe .. ${DECIDE}`,
  "qualcuno|persona|responsabile|chi|figura con|che_abbia|che_ha .. potere|poteri|autorita|facolta|delega decisional*|di_decidere|di_firma",
  // 2. sort it out with one of your employees: "preferirei parlarne con un vostro dipendente", "qualcuno che lavora in banca"
  `${PREFER} .. ${SORT} ... con|a|al|alla|ad|col|insieme_a .. ${STAFF}`,
  "con|a|che_mi_segua|qualcuno|una_persona|un_dipendente|gente|persone|un_umano che|chi lavora|lavori|lavorano|lavorino|sta|stia in|da|per|li|presso|alla|al|nella|nel|sul_posto|in_filiale|in_banca",
  // 3. someone gets in touch: "chiedo che un membro del vostro staff mi contatti", "la dottoressa potrebbe chiamarmi lei"
  `${STAFF} ... puo|potrebbe|potreste|possono|potete|potrebbero|riesce|riuscirebbe|dovrebbe .. ${TAKE}|chiamarmi_lei|chiamarmi_lui`,
  "mi|ci contatti|contattino|contattasse|contattassero|chiamino|chiamasse|chiamassero|richiami|richiamino|richiamasse|richiamassero|telefoni|telefonino|telefonasse|ricontatti|ricontattino|ricontattasse",
  "si_metta|si_mettano|si_mettesse|mettersi|si_metterebbe in contatto con me|con_noi",
  "che .. un_membro|una_persona|uno_di_voi|una_di_voi|un_vostro|una_vostra|il_dottore|la_dottoressa|il_veterinario|la_veterinaria|la_reception|la_segreteria|il_medico ... mi_contatti|mi_chiami|mi_richiami|mi_telefoni|mi_ricontatti|mi_scriva_personalmente|si_metta_in_contatto|si_occupi|prenda_in_carico",
  "puo|potrebbe|potreste|possono|potete|potrebbero|riuscite|riesce .. chiamarmi|richiamarmi|contattarmi|ricontattarmi|telefonarmi|sentirmi",
  // 4. explaining to a person rather than in writing: "preferisco spiegarlo a voce a un perito"
  `${PREFER} .. ${SORT}|${ACT} ... a_voce|di_persona|personalmente|al_telefono|per_telefono|telefonicamente|faccia_a_faccia|in_presenza|de_visu|in_videochiamata`,
  `${STAFF}|telefono|a_voce|di_persona|personalmente ... piuttosto_che|invece_di|anziche|che .. compilare|moduli|modulo|modulistica|scrivere|mail|email|chat|bot|robot|chatbot|form|questionari`,
  // 5. a call as a noun: "mi farebbe piacere una telefonata da parte vostra", "fissare una chiamata con il mio consulente"
  `telefonata|chiamata|videochiamata|richiamata|colloquio_telefonico|contatto_telefonico da|di|dal|dalla|con|col .. parte|voi|vostro|vostra|qualcuno|uno|una|${STAFF}|${DESKS}`,
  `${WANT}|gradirei|gradisco|piacere|farebbe_piacere|sarebbe_possibile|e_possibile|utile|ideale .. una|un? telefonata|chiamata|videochiamata|richiamata|colloquio_telefonico|contatto_telefonico|appuntamento_telefonico`,
  "fissare|prenotare|organizzare|programmare|concordare|avere|chiedere|richiedere|ottenere|fissarmi|prenotarmi .. una|un? chiamata|telefonata|appuntamento_telefonico|videochiamata|colloquio|appuntamento|incontro ... con .. consulente|consulenti|gestore|responsabile|direttore|direttrice|perito|esperto|specialista|funzionario|funzionaria|liquidatore|supervisore|operatore|operatrice|referente_commerciale",
  `${WANT} .. un|una? appuntamento|colloquio|incontro con .. un|una|il|la|mio|mia|un_vostro? consulente|consulenti|gestore|responsabile|direttore|direttrice|perito|esperto|specialista|funzionario|funzionaria|liquidatore|supervisore`,
  // 6. passing it up: "vi chiedo di inoltrare la mia richiesta a un supervisore", "che il mio caso venisse sottoposto al vostro superiore"
  `inoltrare|inoltrate|inoltri|inoltrarla|inoltrarlo|girare|girate|giri|girarla|girarlo|passare|passate|passi|passarla|passarlo|trasmettere|trasmettete|trasmetta|trasmetterla|sottoporre|sottoponete|sottoponga|sottoporla|sottoporlo|segnalare|segnalate|segnali|portare|portate|far_arrivare|fate_arrivare|far_presente|scalare|escalare|inviare|inviate|rimandare .. la|il|mia|mio|questa|questo|la_mia|il_mio|le_mie|i_miei? richiesta|richieste|pratica|pratiche|caso|reclamo|segnalazione|ticket|questione|problema|domanda|situazione|contestazione ... a|al|alla|allo|ad|all|a_un|ad_un|presso|fino_a .. ${STAFF}|${DESKS}|livello_superiore|ufficio_competente`,
  `venga|venisse|sia|fosse|possa_essere|essere|verra inoltrat*|passat*|sottopost*|girat*|trasmess*|valutat*|esaminat*|presa_in_carico|preso_in_carico|seguit*|vist* ... a|al|alla|allo|da|dal|dalla|dallo|ad|da_un|da_una .. ${STAFF}|${DESKS}|livello_superiore`,
  // 7. the manager on the line: "mi passate il responsabile al telefono?"
  `avere|passare|passarmi|mettere|sentire .. ${STAFF} .. al_telefono|in_linea|all_apparecchio|sulla_linea`,
  // 8. real people, anyone working: "ci sono persone vere che lavorano lì?", "c'è qualcuno che lavora oggi?"
  "persone|gente|umani|esseri_umani|persona vere|vera|veri|reali|reale|in_carne_e_ossa|in_carne_ed_ossa",
  "c_e|ce|ci_sono|c_e_ancora|ci_sono_ancora|c_e_davvero|esiste qualcuno|qualcun|persone|gente|umani|esseri_umani|un_umano .. che_lavora|che_lavorano|lavora|lavorano|in_ufficio|di_turno|presente|presenti ... oggi|adesso|ora|ancora|li|davvero|in_questo_momento|stamattina",
  "qualcuno|nessuno .. lavora|lavorando|legge|risponde|c_e oggi|adesso|li|davvero|in_questo_momento",
  // 9. canned replies rejected: "basta risposte automatiche, voglio che qualcuno legga davvero"
  `risposta|risposte|messaggio|messaggi|bot|robot|chatbot|macchina|assistente_virtuale automatica|automatiche|automatico|automatici|standard|preimpostata|preimpostate|predefinita|predefinite|prestampata|prestampate|copia_incolla|fotocopia|generica|generiche|preconfezionata|preconfezionate|di_rito|solite|non_capisce|non_mi_capisce|non_serve|non_aiuta ... ${WANT}|che|basta|passatemi|esigo .. ${STAFF}|umano|umana|vero|vera|reale`,
  `${STAFF}|una_persona|un_umano .. legga|leggesse|legge|leggera|guardi|guardasse .. davvero|veramente|realmente|personalmente|con_attenzione|il_mio_messaggio|la_mia_richiesta|la_mia_mail|questo`,
];
const EMBEDDED_SUPPRESSED: string[] = [
  // a call already received, the visit announced, the courier ringing first
  "ricevuto|avuto|perso|persa|perse|arrivata|arrivate .. una|un|la|le|delle|due|tre? telefonata|telefonate|chiamata|chiamate|messaggio|messaggi",
  "corriere|fattorino|tecnico|tecnica|installatore|idraulico|elettricista|autista|postino ... prima di|che .. arrivare|venire|passare|consegnare|salire|arrivi|venga|passi|consegni",
  "che lavora|lavorano|lavorava in|da|per|li|presso ... mi|ci ha|hanno detto|chiamato|chiamata|risposto|aiutato|aiutata|spiegato",
  "devo|dobbiamo|bisogna|occorre|serve .. venire|andare|passare|presentarmi|presentarsi|recarmi di|in persona|presenza|filiale|sportello",
];

/** Italian: more of how customers say each thing (gender and number, missing accents, Italian bodies). */
export const it: LexiconExtension = {
  negators: ["neanche", "nemmeno", "neppure", "mica", "affatto"],
  softeners: ["pochino", "filo"],
  phrases: {
    personRequest: [
      // "c'è un tecnico che possa seguirmi", "posso venire in filiale e sistemare di persona con un consulente"
      "tecnico|consulente|operatore|addetto|impiegato|dipendente|specialista|responsabile|qualcuno .. che possa|puo|potrebbe .. seguirmi|aiutarmi|richiamarmi|contattarmi|chiamarmi|spiegarmi",
      "di persona con|con_un|con_una .. consulente|operatore|addetto|impiegato|dipendente|qualcuno|responsabile",
      "venire|passare|andare in|allo|al|nel|nella filiale|negozio|sportello|ufficio|agenzia ... di_persona|con_qualcuno|con_un_consulente|con_un_operatore",
      "c e un essere umano", "c e qualcuno li|in_linea|che_mi_puo", "ce qualcuno li|in_linea",
      "una persona in carne e ossa", "qualcuno in carne e ossa",
      "parlare con .. persona|operatore|operatrice|umano|consulente|qualcuno|addetto|responsabile", "persona vera|reale|in_carne_ed_ossa",
      "un essere umano", "un operatore umano", "operatore per favore|grazie", "operatore umano", "non con un|una bot|robot|chatbot|macchina|risponditore", "non un|una bot|robot|chatbot|macchina", "non voglio .. bot|robot|chatbot|macchina|risponditore",
      "basta .. bot|robot|chatbot|risponditore", "richiamatemi|richiamami|mi richiamate|mi_richiamiate", "essere richiamato|richiamata|ricontattato|ricontattata",
      "chiamatemi", "mi chiami|chiamate", "passatemi|passate .. operatore|qualcuno|responsabile", "un responsabile", "vostro responsabile|superiore",
      "assistenza umana", "voglio|vorrei|posso parlare", "qualcuno al telefono",
      // "vorrei parlare con il servizio clienti", "fatemi parlare con un addetto", "vojo parla co' n'operatore"
      `${WANT} .. ${ACT} ... ${WHO}`, `${ACT} con|al|alla|all|col|co .. ${DESK}`,
      "avere|avé un|una operatore|operatrice|consulente|addetto|addetta|umano|persona|responsabile|tecnico", "avere qualcuno|qlcn",
      // "può trasferirmi a un consulente?", "mi mette in contatto con l'ufficio tecnico?", "mi collega con l'assistenza?"
      `trasferire|trasferirmi|trasferisca|trasferiscimi|trasferite|trasferitemi|passare|passarmi|passi|passami|passatemi|passate|mettere|mettermi|metta|mettetemi|mette|mettete|collegare|collegarmi|colleghi|collega|collegate|collegatemi|inoltrare|inoltri|girare|giri|girarmi|giratemi .. a|al|alla|allo|all|ai|con|in_contatto_con|in_comunicazione_con|col .. ${WHO}|${DESK}`,
      "mettere|mettermi|metta|mette|mettete|mettetemi in contatto|comunicazione",
      // "un vostro operatore può controllare la mia pratica?", "un collega potrebbe dare un'occhiata?"
      `operatore|operatrice|persona|umano|qualcuno|consulente|addetto|addetta|responsabile|supervisore|collega|colleghi|impiegato|impiegata|tecnico|specialista|esperto|essere_umano .. puo|potrebbe|possono|potrebbero|potreste|potete|riesce ... ${TAKE}`,
      `puo|potrebbe|possono|potrebbero|potreste|potete .. qualcuno|un_operatore|un_collega|una_persona|un_umano|un_consulente|un_addetto|un_responsabile|un_tecnico|un_vostro|un_suo ... ${TAKE}`,
      "che .. qualcuno|un_operatore|un_collega|una_persona|un_umano|un_consulente|un_addetto|un_responsabile|un_tecnico ... occup*|richiam*|chiam*|contatt*|controll*|verific*|guard*|prenda|segua|gestisca",
      // phone: "mi serve una telefonata", "è possibile essere richiamati?", "preferisco spiegarlo a voce"
      `${WANT} .. una|un? telefonata|chiamata|richiamata|contatto_telefonico|appuntamento_telefonico`, "essere richiamati|richiamate|chiamato|chiamata|chiamati|contattato|contattata|contattati",
      "richiamatemi|chiamatemi|telefonatemi|contattatemi|ricontattatemi|richiamami|chiamami|telefonami", "mi potete|puo|potreste|potrebbe richiamare|chiamare|telefonare|ricontattare",
      "preferisco|preferirei|preferirei|meglio|piu_facile|piu_semplice .. spiegare|spiegarlo|spiegarla|spiegarvi|parlarne|parlare|discuterne|sentire|risolvere|dirlo ... voce|telefono|persona|qualcuno|telefonicamente|direttamente",
      "a voce con|a .. qualcuno|operatore|persona|consulente",
      // "un umano, grazie", "operatore subito"
      `${WHO} per_favore|perfavore|xfavore|pf|pls|please|subito|ora|adesso|urgente`, "un|una umano|operatore|operatrice|persona|consulente|addetto grazie",
      // bot: "sei un robot? voglio una persona", "c'è un essere umano che legge?"
      "robot|bot|chatbot|macchina|ia|automatico|risponditore ... voglio|vorrei|serve|passatemi|parlare|esigo .. persona|umano|operatore|operatrice|qualcuno|vero|vera|reale|consulente",
      "sei|siete|e|parlo_con|sto_parlando_con|sto_scrivendo_a un|una robot|bot|chatbot|macchina|ia|umano|persona_vera|persona_reale|essere_umano|intelligenza_artificiale",
      "qualcuno|un_umano|una_persona|un_essere_umano|un_operatore .. legge|leggera|sta_leggendo|vede .. messaggi|messaggio|questo|chat",
      "ci sei|siete .. c_e|ce qualcuno", "c e|ce qualcuno ci_sei|ci_siete|pronto|che_risponda|che_legge|di_reale|di_vero|vivo|umano|in_carne",
      "pronto|ehi|hello .. c_e|ce qualcuno", "carne e|ed ossa", "qualcuno|persona|operatore di|in carne|vero|reale|umano|competente|preparato|che_ne_capisca|che_capisca",
      ...EMBEDDED,
    ],
    bereavement: [
     
      "e morto|morta|mancato|mancata|deceduto|deceduta", "venuto|venuta a mancare", "ci ha lasciato|lasciati", "scomparsa di", "decesso", "certificato di morte",
      "funerale|funerali", "lutto", "vedovo|vedova", "eredi|erede", "eredita", "successione", "testamento", "notaio", "defunto|defunta", "cremazione", "sopprimere|soppresso",
    ],
    illness: [
      "pediatria", "reparto di .. pediatria|oncologia|rianimazione",
      "chemioterapia", "chemio", "radioterapia", "dialisi", "ricoverato|ricoverata|ricovero", "in ospedale", "al pronto soccorso", "terapia intensiva",
      "malattia grave|cronica", ["malattia", 0.6], "molto malato|malata", "gravemente malato|malata", "tumore", "cancro", "infarto", "ictus",
      "malattia oncologica", ["in malattia", 0.7], "salute mentale", "depressione", "operato|operata", "intervento chirurgico", "incidente stradale|d_auto",
      "cure palliative", "diagnosi di", "sclerosi", "alzheimer", "demenza", ["invalidita", 0.7],
    ],
    hardship: [
      "stare dietro alle bollette|ai_pagamenti",
      "non possiamo pagare", "non riusciamo a pagare",
      "non riesco a pagare", "non posso pagare", "non ce la faccio a pagare", "non arrivo a fine mese", "senza soldi", "non ho soldi|un_euro",
      "al verde", "perso il lavoro", "licenziato|licenziata", "disoccupat*", "cassa integrazione", "naspi", "reddito di cittadinanza", "assegno di inclusione",
      "pensione minima", "in ritardo con .. pagamenti|bollette|rate|affitto", "bollette arretrate", "arretrati", ["rateizz*|dilazion*", 0.6], ["a rate", 0.5],
      "piano di rientro", "piu tempo per pagare", "sfratto", "staccare .. luce|gas|corrente", "distacco", "difficolta economiche", "situazione economica difficile",
      "indebitat*", ["debiti", 0.7], "bonus sociale", ["momento difficile", 0.7],
    ],
    debtCollection: ["agenzia di recupero", "societa di recupero", "recupero crediti", "crif", "cattivo pagatore", "cattivi pagatori", "decreto ingiuntivo", "precetto", "pignorat*", "esattoria", "agenzia delle entrate riscossione"],
    fraud: [
      ["a mio nome", 0.6], "mai stato|stata .. cliente",
      "dato .. codice|codici|pin|password|credenziali", "spacciato|spacciata|spacciandosi per", "mai funzionato",
      "che non ho fatto|autorizzato|richiesto",
      "qualcuno ha usato .. carta|conto|dati", "usato la mia carta", "addebit* .. non_riconosco|sconosciut*|non_autorizzat*", "non riconosco",
      "non ho .. fatto|autorizzato|effettuato|ordinato", "senza il mio consenso|permesso", "truffa*", "truffat*", "truffatore|truffatori",
      "raggirat*", "fregat*", "furto d identita", "clonata", "carta clonata", "account hackerato|violato", "hackerat*", "phishing", "sms falso",
      "finto operatore|bancario|tecnico", "email falsa", "cliccato .. link", "dato i miei codici|dati", "rubato|rubata",
    ],
    dispute: [
      ["ora volete", 0.6],
      ["aumentato il prezzo|la_tariffa|i_prezzi", 0.5], "senza avvisare|preavviso .. aumentato|cambiato", "aumentato .. senza avvisare|preavviso", "non sono d accordo",
      "addebitato .. due volte|doppio", "doppio addebito", "addebito doppio", "pagato due volte", "addebiti non dovuti", "importo .. sbagliato|errato|non_dovuto",
      "bolletta .. sbagliata|errata|pazzesca|esagerata", "fattura .. sbagliata|errata", ["conguaglio", 0.4], "voglio .. rimborso|soldi_indietro",
      "rivoglio .. soldi", "restituite .. soldi", "mai ordinato|richiesto|attivato", ["non ho mai", 0.6], "dopo la disdetta|il_recesso", "nonostante .. disdetta|recesso",
      "continuate ad addebitare", "ancora addebiti", "contestare|contesto|contestazione", "storno|stornare", "indennizzo", "risarcimento", "servizio non richiesto", "attivazione non richiesta",
    ],
    complaint: ["fare|presentare|inviare un reclamo", "reclamo formale", "reclamo scritto", "voglio reclamare", "mi lamento", "lamentela"],
    legalThreat: [
      "codacons", "altroconsumo", "adiconsum", "federconsumatori", "unione nazionale consumatori", "associazione consumatori", "agcm", "antitrust",
      "ivass", "banca d italia", "arbitro bancario", "abf", "corecom", ["garante", 0.8], "garante privacy", "denuncia|denunciare|denuncio",
      "carabinieri", "polizia", "querela", ["ricorso", 0.7], "giudice di pace", "diritti del consumatore", "azione|azioni|via|vie|ufficio legale|legali", "mio avvocato", "diffida",
    ],
    leavingUnhappy: ["mai piu", "passo alla concorrenza", "cambio gestore|operatore|fornitore", "avete perso un cliente", "ultima volta che"],
    leaving: ["disdetta", "disdire", "recesso", "recedere", "chiudere il|mio conto|contratto|abbonamento", "cambiare gestore|operatore|fornitore"],
    dissatisfaction: [
      "servizio .. pessimo|fa_schifo|vergognoso|scandaloso|scadente",
      "non sono soddisfatt*", "insoddisfatt*", "delus*", "delusione", "servizio pessimo|scadente|vergognoso", "pessimo servizio", "assistenza .. pessima|inesistente",
      "presa in giro", "prendere in giro", "mi prendete in giro", "ogni volta", "ancora una volta", "sempre la stessa storia", "stufo|stufa", "ne ho abbastanza",
      "non ne posso piu", "non e giusto", "sempre peggio",
    ],
    anger: [
      "arrabbiat*", "furios*", "incazzat*", "infuriat*", "indignat*", "vergogna", "vergognoso|vergognosa", "scandaloso|scandalosa", "inaccettabile",
      "intollerabile", "assurdo|assurda", "ridicolo|ridicola", "ladri", "truffatori", ["cazzo|schifo", 0.7], ["che schifo", 0.6], "pretendo", "esigo", "incompetenti",
    ],
    distress: [
      ["non capisco", 0.5], ["non ci sto dietro", 0.7],
      "preoccupat*", "molto preoccupat*", "angosciat*", "angoscia", "disperat*", "non so cosa fare", "non so piu cosa fare", "non so a chi rivolgermi",
      "aiutatemi", "aiutami", "per favore aiuto", "ho paura", "paura", "spaventat*", "terrorizzat*", "panico", "stressat*", "ansia", "in ansia",
      "piango", "piangendo", "non dormo", "non riesco a dormire", "al limite", "esaurit*", "depress*", "distrutt*", "suicid*", "farla finita",
    ],
    vulnerability: [
      ["sola|solo con .. figli|bambini", 0.6], ["separazione|divorzio", 0.6],
      ["sedia a rotelle", 0.4], "disabile|disabili|disabilita", ["invalido|invalida|invalidi", 0.7], "cieco|cieca", "non vedente", "sordo|sorda", "non udente", ["anzian*|pensionat*", 0.6], "persona anziana",
      "vivo da sola|solo", ["vivo sola|solo", 0.6], "madre single", "ragazza madre", "neonato|neonata", "incinta", "violenza domestica", "amministratore di sostegno", "badante", "legge 104",
    ],
    failure: [
      "staccato|staccata|staccare .. luce|gas|corrente|acqua", "contatore .. sbagliat*|assurd*|impazzito|sballat*",
      ["terza|quarta|quinta volta che", 0.7],
      ["ancora non|nessun|nessuna", 0.6], "non ho ancora ricevuto", "mai arrivat*", "non e arrivato|arrivata", "pacco .. perso|smarrito|sparito",
      "nessuna risposta", "senza risposta", "nessuno mi risponde|richiama|aiuta", "nessuno risponde", "ho chiamato .. volte", ["piu volte", 0.6], "mille volte",
      ["tante volte", 0.6], ["da settimane|da_mesi", 0.6], "senza luce|internet|gas|acqua|riscaldamento", ["guasto|guasta", 0.7], ["non funziona", 0.7], "continua a non funzionare",
      "difettos*", ["rotto|rotta", 0.6], "danneggiat*", "prodotto sbagliato", "taglia sbagliata", "cancellato|annullato|soppresso .. volo|treno|viaggio", "mi hanno attaccato",
      
    ],
    weakNegative: ["orribile", "pessimo", "schifoso", "terribile", "brutto", "incubo", "disastro", "noioso", "fastidioso"],
    calmCue: ["non e un|una reclamo|lamentela", "nessuna fretta", "senza fretta", "per curiosita", "niente di grave", "ahah*", "ahaha*"],
    infoQuestion: ["posso|potrei|possiamo", "e possibile", "si puo", "vorrei sapere", "volevo sapere", "una domanda", "come posso|faccio|cambio", "quando arriva", "dove posso"],
  },
  suppressors: {
    // Past contact, a contact person, the phone carrier, not being called: no request for a person now.
    personRequest: [
      `ho|abbiamo|avevo|avevamo|hanno|ha parlato|sentito|chiamato|contattato|avuto|chattato .. ${WHO}|${DESK}`,
      `${WHO} .. mi|ci|l ha|hanno|aveva|avevano|e|sono .. richiamat*|chiamat*|aiutat*|dett*|detto|spiegat*|risolt*|rispost*|contattat*|scritt*|chiest*|mandat*|inviat*|gestit*|confermat*|fatto|stato|stata|stati|gentil*|bravissim*|cambiat*|andat*|passat*`,
      "gia richiamato|richiamata|richiamati|chiamato|chiamata|contattato|contattata|sentiti",
      "non chiamatemi|richiamatemi|contattatemi|telefonatemi|chiamarmi|richiamarmi|contattarmi", "non mi chiamate|chiamare|contattate|richiamate|telefonate", "non serve|c_e_bisogno|occorre .. richiamarmi|chiamarmi|richiamare|chiamare|telefonata",
      "operatore|operatori telefonico|telefonici|mobile|di_telefonia|di_rete|logistico|turistico|sanitario",
      "referente|persona_di_riferimento|persona_di_contatto|contatto ... cambiat*|cambiare|aggiornare|aggiorno|nuovo|nuova|modificare",
      "quanto costa|costano|tariffa|costo|onorario|parcella|compenso|prezzo|visita ... consulente|veterinario|veterinaria|tecnico|specialista|operatore",
      "orari|orario|ore .. servizio_clienti|telefonico|call_center|assistenza|centralino",
      "marito|moglie|compagno|compagna|figlio|figlia|madre|padre .. puo|potrebbe|possono ... chiamare|telefonare|parlare|contattare",
      ...EMBEDDED_SUPPRESSED,
    ],
    complaint: ["non e un|una reclamo|lamentela|protesta"],
    bereavement: ["morto|morta|morti .. il|la|mio|mia telefono|cellulare|batteria|portatile|computer|router|schermo|caricabatterie", "telefono|cellulare|batteria|portatile|computer|router|schermo|app .. morto|morta", "morto dal ridere", "morta dal ridere", "stanco morto", "stanca morta"],
    distress: ["serie|film|libro|episodio|puntata|stagione ... pianto|piangere|piangevo", "serie|film|libro|episodio|puntata|stagione ... triste|pianto|piangere", "cane|cagnolino|gatto|gattino|cucciolo ... paura|ansia|panico|stress*|spaventat*", "paura di sbagliare"],
    failure: ["cancellato|annullato|soppresso|ritardo .. per|causa .. maltempo|tempesta|neve|nebbia|sciopero"],
  },
};
