import type { LexiconExtension } from "../lexicon.ts";

/**
 * Explicit requests for a person, built from parts: who the customer asks for, the services
 * they ask to be put through to, and the verbs that make it a request now (infinitives,
 * imperatives, conditionals; a past "j'ai parlé à un conseiller" is not one).
 */
const WHO = "conseiller|conseillere|conseillers|conseilleres|humain|humaine|humains|operateur|operatrice|agent|agente|interlocuteur|interlocutrice|responsable|superieur|superieure|manager|chef|collegue|collegues|collaborateur|collaboratrice|collaborateurs|employe|employee|technicien|technicienne|specialiste|expert|gestionnaire|prepose|preposee|quelqu|qqn|qqun|quelquun|kelkun|qq1|personne|veterinaire|medecin|docteur|direction|directeur|directrice";
const DESK = "service_client|service_clients|service_clientele|service_apres_vente|sav|service_technique|service_commercial|service_facturation|service_comptabilite|service_reclamation|service_reclamations|service_contentieux|service_recouvrement|support|hotline|standard|standardiste|accueil|equipe";
const WANT = "veux|voudrais|voudrions|voulons|veut|jveux|jvoudrais|souhaite|souhaiterais|souhaitons|aimerais|aimerions|jaimerais|besoin|peux|puis|jpeux|pourrais|pourrait|pourriez|pouvez|possible|sais|saurais|sauriez|exige|demande|prefere|prefererais|desire|laissez|laisse|faut|merci_de";
const ACT = "parler|discuter|echanger|converser|causer|jaser|adresser|joindre|contacter|avoir_affaire|en_parler|tchatter|chatter";
const TAKE = "regarder|voir|verifier|examiner|consulter|reprendre|traiter|suivre|gerer|occuper|charger|prendre_le_relais|prendre_la_main|prendre_en_charge|prendre_mon|prendre_ma|prendre_ce|jeter_un|me_rappeler|me_recontacter|me_contacter|m_appeler|me_telephoner";

/** French: more of how customers say each thing (gender and number, missing accents, French bodies). */
export const fr: LexiconExtension = {
  negators: ["guere"],
  softeners: ["legerement", "brin"],
  phrases: {
    personRequest: [
      "il y a .. humain|humaine", "y a t il .. humain|quelqu_un", "y a quelqu un", "quelqu un est la",
      "un conseiller au telephone", "quelqu un en chair et en os", "une personne en chair et en os",
      "un vrai conseiller|humain|interlocuteur", "une vraie personne|conseillere", "une personne physique", "un etre humain",
      "parler a|avec quelqu un|une personne|un humain|un conseiller|une conseillere", "avoir quelqu un au telephone|bout_du_fil",
      "quelqu un au telephone", "etre rappele|rappelee|recontacte|recontactee", "rappelez moi svp|s_il_vous_plait", "qu on me rappelle",
      "me faire rappeler", "pas de robot|bot|chatbot", "marre .. robot|bot|chatbot|machine|repondeur", "pas a une machine",
      "conseiller svp|s_il_vous_plait|stp", "humain svp|s_il_vous_plait|stp", "un responsable", "votre superieur|responsable",
      "joindre quelqu un", "numero pour parler", "passez moi", "transferez moi", "mettez moi en relation",
      // "je veux parler au service client", "puis-je m'adresser au responsable", "jveux parler a qqn de reel"
      `${WANT} .. ${ACT} ... ${WHO}`, `${ACT} a|au|aux|avec .. ${DESK}`,
      // "pouvez-vous transférer ma demande à un conseiller", "redirigez-moi vers le SAV"
      `transferer|transferez|transfere|transmettre|transmettez|rediriger|redirigez|orienter|orientez|basculer|basculez|passer|passez .. a|au|aux|vers|avec .. ${WHO}|${DESK}`,
      // "un de vos collaborateurs pourrait reprendre mon dossier", "une personne peut regarder"
      `conseiller|conseillere|humain|humaine|agent|agente|interlocuteur|responsable|superieur|collegue|collegues|collaborateur|collaboratrice|collaborateurs|employe|employee|technicien|specialiste|gestionnaire|prepose|preposee|quelqu_un|qqn|qqun|quelquun|une_personne|un_humain|etre_humain .. peut|pourrait|pourraient|pourriez|peuvent|pourra|puisse|serait .. ${TAKE}`,
      // "qu'une personne de chez vous m'appelle", "je voudrais qu'un technicien me rappelle"
      "qu_un|qu_une|qu_on|que_quelqu|que_vous|qu_un_de ... m_appelle|me_rappelle|me_contacte|me_telephone|me_recontacte|m_appeliez|me_rappeliez|me_contactiez|me_telephoniez|reprenne|regarde|s_occupe|prenne_le_relais|prenne_en_charge",
      "merci de me rappeler|recontacter|contacter|telephoner", "m_appeler|me_rappeler|me_telephoner|me_recontacter svp|s_il_vous_plait|stp|merci|des_que|au|sur|demain|aujourd_hui|rapidement|vite",
      "appelez|rappelez|telephonez|recontactez|contactez moi|nous", "tu peux|pouvez me rappeler|m_appeler|me_telephoner",
      // a phone call rather than the chat
      `${WANT} .. un|d_un|d_etre? appel|rappel|coup_de_fil|coup_de_telephone|rendez_vous|rdv telephonique|svp|par_un_conseiller`,
      "un|d_un coup de fil|telephone", "demande|demander de|d? rappel|appel", "etre appele|appelee|contacte|contactee par telephone|un_conseiller|quelqu_un",
      "prefere|prefererais|preferais|plutot|mieux|plus_simple|plus_facile .. expliquer|parler|discuter|en_parler|regler|voir|traiter|dire ... telephone|tel|vive_voix|oral|oralement|direct|en_personne|quelqu|conseiller|humain|personne",
      "de vive voix", "oralement",
      // "conseillère svp", "agent please", "un humain maintenant"
      `${WHO} svp|stp|svpl|please|plz|pls|maintenant|immediatement|vite|urgent`,
      "un|une conseiller|conseillere|humain|humaine|agent|operateur|operatrice|interlocuteur|personne svp|stp|please|plz|pls|merci|maintenant|immediatement",
      // "avoir quelqu'un au téléphone", "je peux avoir qqn au tel ?", "un conseiller est-il disponible ?"
      "avoir|joindre|eu .. quelqu_un|qqn|qqun|quelquun|un_conseiller|une_conseillere|une_personne|un_humain|un_agent .. au_tel|au_telephone|au_bout_du_fil|en_ligne|en_direct",
      "un|une conseiller|conseillere|humain|agent|operateur|operatrice|interlocuteur .. est_il|est_elle|serait|sont_ils|disponible|dispo|libre",
      "quelqu_un|qqn|un_conseiller|un_humain|une_personne .. est_il|est_elle|peut_il|peut_elle|disponible|dispo",
      // put through: "mettez-moi en contact avec quelqu'un", "être mise en relation avec un vétérinaire"
      "mettre|mettez|mets|mettiez|mettrez|mettriez|etre_mis|etre_mise .. en relation|contact|communication|ligne",
      // a bot: "vous êtes un robot ? alors je veux un humain", "je parle à un vrai humain ?"
      "robot|bot|chatbot|ia|machine|automate|programme ... veux|voudrais|besoin|exige|passez|parler .. humain|humaine|personne|quelqu|conseiller|conseillere|vrai|vraie|agent",
      "etes_vous|vous_etes|es_tu|tu_es|t_es|c_est un|une robot|bot|chatbot|ia|machine|programme|automate|humain|vraie_personne|personne_reelle",
      "parle|ecris|discute|converse a|avec un|une|des? vrai|vraie|vrais? humain|humaine|personne|robot|bot|machine|ia|conseiller|conseillere",
      "quelqu_un|qqn|un_humain|une_personne .. lit|lira|voit|verra|repond|repondra ... message|messages|ceci|ca|ici",
      "y a|a_t_il personne|quelqu_un|qqn|qqun la|ici|en_ligne|derriere|de_vrai|de_reel|pour_me_repondre|pour_m_aider",
      "allo .. quelqu_un|qqn|personne", "en chair et en os", "une personne de chez vous|votre_service|votre_equipe", "personne humaine",
      "un|une vrai|vraie|vrais|vraies personne|personnes|humain|humains|gens|conseiller|conseillere",
      "quelqu_un|qqn|qqun|quelquun|personne de reel|vrai|competent|qualifie|humain|chez_vous|de_chez_vous|qui_s_y_connait|qui_connait",
    ],
    bereavement: [
     
      "est decede|decedee|mort|morte", "est parti|partie brutalement|subitement", "nous a quitte*", "a succombe",
      "acte de deces", "certificat de deces", "heritier*|heritage", "ayant droit*|ayants droit", "notaire", "testament",
      "en deuil", "mon defunt|ma defunte|defunt|defunte", "feu mon|ma", "inhumation", "cremation", "incineration",
    ],
    illness: [
      "pediatrie", "service de .. pediatrie|cancerologie|oncologie|reanimation",
      "chimiotherapie", "radiotherapie", "dialyse", "hospitalisation", "hospitalise|hospitalisee", "a l hopital|hosto", "aux urgences",
      "soins intensifs", "gravement malade", "maladie grave|chronique", ["maladie", 0.6], "cancer du|de_la", "crise cardiaque",
      "burn out|burnout", "depression", "sante mentale", "troubles psychiques", "arret maladie", ["en arret", 0.7], "opere|operee",
      "accident de voiture|voiture|travail", "fracture*", "handicape*", "soins palliatifs", "ne va pas bien", "tres malade",
    ],
    hardship: [
      "n y arrive plus avec|n_y_arrive_pas_avec .. factures|paiements|loyer",
      "ne pouvons pas payer|regler", "on peut pas payer", "je ne peux pas regler",
      "n arrive plus a payer", "ne peux plus payer", "je peux pas payer", "peux pas payer", "pas les moyens de", ["galere*", 0.6],
      "fauche*", "sans le sou", "plus un sou|rond", "fin de mois difficile*", "perdu mon boulot|taf|job", "au chomage", "pole emploi",
      "france travail", "chomeur|chomeuse", "rsa", ["allocations", 0.6], ["caf|smic", 0.6], "petite retraite", "retraite .. suffit pas",
      "retard de paiement*", "en retard .. paiement*|loyer|factures|mensualites", "impaye*", "loyer impaye", "report de paiement",
      "delai de paiement", "delais de paiement", "plan d apurement", ["echelonner|echelonnement", 0.6],
      "surendette*", "dossier de surendettement", "banque de france", "expulsion", "expulse*", "coupure d electricite|de_gaz|courant",
      "difficultes .. financieres|a_payer", "situation financiere .. difficile|compliquee", "dans le rouge", ["decouvert", 0.7],
    ],
    debtCollection: ["agence de recouvrement", "cabinet de recouvrement", "huissier de justice", "commissaire de justice", "injonction de payer", "saisie sur salaire", "mise en recouvrement", "relance|relances de recouvrement"],
    fraud: [
      ["a mon nom", 0.6], "jamais ete client|cliente",
      "donne .. mon|mes|le|les code|codes|identifiants|mot_de_passe", "jamais fonctionne",
      "jamais souscrit|souscrite|signe|demande|commande", "que je n ai pas souscrit|commande|demande|signe",
      "quelqu un a utilise ma|mon carte|compte", "utilise ma carte", "paiement* .. que je n ai pas|jamais .. fait|effectue|autorise",
      "je n ai jamais .. fait|effectue|commande|autorise", "operation* inconnue*|frauduleuse*", "prelevement* inconnu*|frauduleux",
      "transaction* inconnue*", "je ne reconnais pas", "faux conseiller", "faux site|sms|mail|email|appel", "clique sur un lien",
      "donne mon code|mes_codes|mes_identifiants", "usurpation d identite", "compte pirate", "carte clonee|copiee", "escroquerie",
      "arnaquer|arnaque|arnaques|arnaquee", "vol de carte", "on m a vole", "vole mon|ma",
    ],
    dispute: [
      ["augmente le prix|les_prix|le_tarif", 0.5], "sans prevenir|preavis .. augmente|change|modifie", "augmente .. sans prevenir|preavis", "ne suis pas d accord",
      "preleve|debite|facture deux fois|en_double", "double facturation", "prelevement en double", "trop preleve|facture",
      "facture .. erronee|incorrecte|abusive|trop_elevee", "erreur de facturation", "montant .. incorrect|errone|abusif",
      "rembourser .. integralement", "je veux etre rembourse|remboursee", "exige .. remboursement", "rendez moi mon argent", "je conteste",
      "jamais commande", "pas commande", "pas recu .. paye|payee", "paye .. pas_recu|jamais_recu|rien_recu", "alors que j ai resilie|annule",
      "apres la resiliation", "malgre la resiliation", "frais abusifs|injustifies", "injustifie*", "abusif|abusive", "geste commercial",
      "dedommagement", "indemnisation",
    ],
    complaint: ["deposer une reclamation|plainte", "faire une reclamation", "plainte officielle", "reclamation officielle", "service reclamation*", "je vais me plaindre"],
    legalThreat: [
      "60 millions", "60 millions de consommateurs", "mediateur de l energie|des_communications|du_tourisme", ["mediation", 0.8], "signalconso",
      "cnil", "arcep", "autorite de la concurrence", "acpr", "amf", "ufc que choisir", "clcv", "avocate", "conciliateur",
      "conciliateur de justice", ["juge", 0.8], "assigner|assignation", "petites creances", "porter l affaire", "plainte au commissariat",
      "gendarmerie", "commissariat", "police", "juridiquement", "code de la consommation", ["mes droits", 0.7], ["recours", 0.7],
    ],
    leavingUnhappy: ["je pars chez|a la concurrence", "je vais voir ailleurs", "vous perdez un client", "c est fini avec vous", "je resilie .. ras_le_bol|marre|decu|decue"],
    leaving: ["je resilie", "resiliez", "changer de fournisseur|operateur|banque", "partir chez"],
    dissatisfaction: [
      "service .. nul|lamentable|catastrophique|deplorable|minable|pourri",
      "pas satisfait|satisfaite|content|contente", "tres decu|decue", "deception", "service client .. nul|lamentable|deplorable",
      "pas serieux", "aucun serieux", "on se fout de", "on me balade", "mene en bateau", "de pire en pire",
      "toujours la meme chose", "une fois de plus", "je ne suis pas content|contente", "inadmissible",
    ],
    anger: [
      "hors de moi", "furax", "colere", "enerve|enervee|enerves", "scandaleux|scandaleuse", "honteux|honteuse", "c est une honte", "foutage de gueule",
      "vous vous foutez", "foutez de", "bordel", "incompetent*", "incapables", "irrespectueux", "intolerable", "degoute|degoutee|degoutant",
      "c est abuse", "ca suffit", "j exige", "exige", "voleurs", "escrocs",
    ],
    distress: [
      ["je ne comprends pas|rien", 0.5], ["je n y arrive pas", 0.6],
      "tres inquiet|inquiete", "angoisse*", "je panique", "paniquee|panique", "desespoir", "desesperee|desespere", "je ne sais plus quoi faire",
      "je ne sais pas quoi faire", "sais pas quoi faire", "perdu pied", "a bout de nerfs", "je pleure", "en larmes", "deprime*",
      "aidez moi svp|s_il_vous_plait", "au secours", "j ai peur", "peur de", "effraye*", "terrifie*", "stresse|stressee", "suicid*",
      "en finir", "plus la force", "je n en peux plus", "epuise|epuisee", "nuits blanches",
    ],
    vulnerability: [
      ["seule|seul avec .. enfants", 0.6], ["separation|divorce", 0.6],
      ["fauteuil roulant", 0.4], "malvoyant*", "malentendant*", "aveugle", "sourd|sourde", "personne handicapee", "tutelle", "curatelle",
      "tuteur|tutrice", "aide a domicile", "auxiliaire de vie", "mere celibataire", "famille monoparentale", "seul|seule avec .. enfants",
      "nourrisson", "nouveau ne", "ma mere agee|mon_pere_age", ["agee", 0.6], "personne agee", "violence* conjugale*",
    ],
    failure: [
      "coupe|coupee|couper .. electricite|courant|gaz|eau|chauffage",
      ["troisieme|quatrieme|cinquieme fois que", 0.7], "rien n a ete fait|regle|resolu",
      "toujours pas .. recu|rembourse|repare|livre|de_reponse", "jamais recu", "pas recu", "jamais livre", "pas livre", "colis .. perdu|disparu|vole",
      "aucun retour", "sans reponse", "sans nouvelles", "personne ne me rappelle|repond", "jamais rappele", "j ai appele .. fois",
      ["plusieurs fois", 0.5], "des dizaines de fois", "relance* .. fois", ["en retard", 0.5], ["retard", 0.5], "defectueux|defectueuse",
      "en panne", "panne", "coupe|coupee depuis", "sans electricite|internet|chauffage|eau|courant", "ne marche toujours pas",
      "mauvais article|produit|taille", "produit endommage", "annule sans", "ca ne marche pas", "rien ne fonctionne",
    ],
    weakNegative: ["nul", "pourri*", "naze", "galere", "la barbe", "chiant*", "insupportable", "desastre*", "horrible*"],
    calmCue: ["pas du tout en colere|enerve|enervee|fache|fachee", "pas presse", "rien de grave", "par curiosite", "simple question", "aucune urgence", "pas d urgence"],
    infoQuestion: ["je souhaite|souhaiterais savoir", "petite question", "comment changer|modifier|faire", "a quelle date", "savoir si"],
  },
  suppressors: {
    // Past contact, a contact person, not being called: no request for a person now.
    personRequest: [
      `ai|avons|a|avais|avait|avions|on_a eu|parle|discute|echange|joint|contacte|appele|rappele|vu|eu_affaire .. ${WHO}|${DESK}`,
      `${WHO} m_a|m_ont|nous_a|nous_ont|a|ont|m_avait|avait|est_passe|est_venu .. aide|aidee|rappele|rappelee|appele|appelee|contacte|contactee|dit|explique|repondu|regle|resolu|confirme|envoye|conseille|propose|traite|fait|change|quitte|part*|gere`,
      "ne pas|plus m_appeler|me_rappeler|me_contacter|me_telephoner|me_recontacter|appeler|rappeler|contacter|telephoner", "ne m_appelez|me_rappelez|me_contactez|me_telephonez|me_recontactez|m_appelez_plus pas|plus|jamais",
      "pas besoin .. rappeler|appeler|telephoner|conseiller|de_me", "inutile .. rappeler|appeler",
      "personne a contacter|de_contact|contact", "mon|ma|notre|nos|mes|votre|le|la interlocuteur|interlocutrice|contact|gestionnaire|conseiller|conseillere ... changer|change|modifier|modifie|mettre_a_jour|nouveau|nouvelle|remplace|remplacer|part|parti|partie|habituel|habituelle",
      "mettre|mis|mets|mettez|mettons a jour", "frais|tarif|honoraires|cout|coute|prix|consultation|rendez_vous .. de|d|du|des? conseiller|conseillere|conseillers|agent|veterinaire|specialiste|expert",
      "horaires|heures ... telephonique|service_client|standard|hotline", "mari|epoux|femme|epouse|compagnon|compagne|fils|fille|pere|mere|conjoint|conjointe .. peut|pourrait|pourra .. appeler|telephoner|contacter|parler|joindre",
    ],
    anger: ["pas du tout|vraiment|tellement|si .. en_colere|enerve|enervee|fache|fachee|furieux|furieuse"],
    complaint: ["pas du tout .. reclamation|plainte"],
    bereavement: ["telephone|portable|batterie|ordi|ordinateur|box|ecran|appli .. mort|morte|decede", "mort de rire", "morte de rire", "mdr"],
    distress: ["serie|film|livre|episode|saison|emission ... pleure|pleurer|pleurais", "serie|film|livre|episode|saison|emission ... triste|pleure|pleurer", "j ai peur de me tromper", "pas du tout|vraiment|tellement .. inquiet|inquiete|stresse|stressee|angoisse|angoissee"],
    failure: ["payer en plusieurs fois", "annule|annulee|annules|annulees .. cause|raison .. meteo|tempete|neige|brouillard|greve", "pas de retard"],
    illness: ["accident .. voiture .. assurance|assure", "en arret de bus"],
  },
};
