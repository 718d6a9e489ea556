import type { LexiconExtension } from "../lexicon.ts";


/** Italian: more of how customers say each thing (gender and number, missing accents, Italian bodies). */
export const it: LexiconExtension = {
  negators: ["neanche", "nemmeno", "neppure", "mica", "affatto"],
  softeners: ["pochino", "filo"],
  phrases: {
    personRequest: [
      "c e un essere umano", "c e qualcuno li|in_linea|che_mi_puo", "ce qualcuno li|in_linea",
      "una persona in carne e ossa", "qualcuno in carne e ossa",
      "parlare con .. persona|operatore|operatrice|umano|consulente|qualcuno|addetto|responsabile", "persona vera|reale|in_carne_ed_ossa",
      "un essere umano", "un operatore umano", "operatore per favore|grazie", "operatore umano", "non con un|una bot|robot|chatbot|macchina|risponditore", "non un|una bot|robot|chatbot|macchina", "non voglio .. bot|robot|chatbot|macchina|risponditore",
      "basta .. bot|robot|chatbot|risponditore", "richiamatemi|richiamami|mi richiamate|mi_richiamiate", "essere richiamato|richiamata|ricontattato|ricontattata",
      "chiamatemi", "mi chiami|chiamate", "passatemi|passate .. operatore|qualcuno|responsabile", "un responsabile", "vostro responsabile|superiore",
      "assistenza umana", "voglio|vorrei|posso parlare", "qualcuno al telefono",
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
    complaint: ["non e un|una reclamo|lamentela|protesta"],
    bereavement: ["morto|morta|morti .. il|la|mio|mia telefono|cellulare|batteria|portatile|computer|router|schermo|caricabatterie", "telefono|cellulare|batteria|portatile|computer|router|schermo|app .. morto|morta", "morto dal ridere", "morta dal ridere", "stanco morto", "stanca morta"],
    distress: ["serie|film|libro|episodio|puntata|stagione ... pianto|piangere|piangevo", "serie|film|libro|episodio|puntata|stagione ... triste|pianto|piangere", "cane|cagnolino|gatto|gattino|cucciolo ... paura|ansia|panico|stress*|spaventat*", "paura di sbagliare"],
    failure: ["cancellato|annullato|soppresso|ritardo .. per|causa .. maltempo|tempesta|neve|nebbia|sciopero"],
  },
};
