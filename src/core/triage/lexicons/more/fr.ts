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

/**
 * Requests embedded in a longer, polite message about an ordinary problem (round 2): someone who
 * can decide or make an exception, sorting it out with a member of staff, someone from the team
 * or the clinic getting in touch, explaining to a claims handler rather than filling in forms, a
 * call from you, handing the file up to a supervisor, real people, canned replies rejected.
 */
const STAFF = `${WHO}|superviseur|superviseure|receptionniste|secretaire|secretariat|infirmier|infirmiere|dr|dre|docteure|salarie|salariee|employes|employees|decisionnaire|decideur|charge_de_clientele|chargee_de_clientele|charge_d_affaires|chargee_d_affaires|charge_de_compte|conseiller_bancaire|banquier|banquiere|redacteur|redactrice|membre_du_personnel|membre_de_votre|membre_de_vos|membre_de_l_equipe|membre_de_l_agence|membre_du_cabinet|membre_du_service|un_de_vos|une_de_vos|l_un_de_vous|l_une_de_vous|l_un_d_entre_vous|l_une_d_entre_vous|un_de_vous|une_de_vous|vos_equipes|votre_equipe|votre_service|votre_hierarchie|hierarchie`;
const SOMEONE = "quelqu_un|qqn|qqun|quelquun|une_personne|un_responsable|une_responsable|un_conseiller|une_conseillere|un_interlocuteur|un_superieur|un_manager|un_gestionnaire|un_decisionnaire|un_employe|une_employee|un_de_vos|une_de_vos|l_un_de_vous|personne|des_personnes|des_gens|quiconque|un_chef|un_directeur|une_directrice|un_expert|un_collaborateur|une_collaboratrice";
const DECIDE = "decider|trancher|valider|approuver|autoriser|accorder|deroger|faire_une_exception|faire_exception|faire_une_derogation|faire_un_geste|prendre_une_decision|prendre_la_decision|pouvoir_de_decision|pouvoir_decisionnaire|pouvoir_de_decider|une_exception|une_derogation|un_geste_commercial|statuer";
const SORT = "regler|voir|traiter|discuter|aborder|gerer|clarifier|eclaircir|resoudre|revoir|expliquer|exposer|raconter|detailler|decrire|faire_le_point|parler|en_parler|en_discuter|echanger|m_entretenir|etudier|examiner|arranger|debloquer|soumettre|presenter|lui_expliquer|leur_expliquer|l_expliquer";
const PREFER = `${WANT}|prefere|prefererais|preferais|preferer|plutot|mieux|plus_simple|plus_facile|plus_pratique|ideal|idealement|merci_de|serait_il_possible_de`;
const CALL_VERB = "contacter|rappeler|appeler|telephoner|recontacter|passer_un_coup_de_fil|passer_un_appel|faire_signe";
const EMBEDDED: string[] = [
  // 1. someone who can decide: "y a-t-il quelqu'un chez vous qui peut décider", "une personne habilitée à trancher"
  `${SOMEONE} .. qui|pour|capable|habilite|habilitee|habilites|en_mesure|ayant|avec|a_meme ... ${DECIDE}`,
  `${SOMEONE} ... peut|pourrait|pourraient|pourriez|puisse|peuvent|pourra|serait .. ${DECIDE}`,
  "quelqu_un|qqn|une_personne|un_interlocuteur|un_responsable|personne de? decisionnaire|decideur|habilite|habilitee|competent_pour|competente_pour",
  // 2. sort it out with a member of staff: "régler cela avec un de vos employés", "en discuter avec un membre de votre personnel"
  `${PREFER} .. ${SORT} ... avec|a|au|aupres_de|aupres_d|par .. ${STAFF}`,
  "avec|a|par quelqu_un|qqn|une_personne|un_employe|une_employee|des_gens|des_personnes|un_humain qui travaille|travaillent|bosse|bossent|est|sont chez|a|au|dans|pour|sur_place|en_agence",
  // 3. someone from the team gets in touch: "un membre de votre équipe pourrait me contacter", "qu'une personne s'en occupe"
  `${STAFF} ... pourrait|pourraient|peut|peuvent|pourra|pourront|puisse|puissent|voudrait|saurait .. me|m|nous ${CALL_VERB}`,
  `pourriez|pouvez|pourrait|pourraient|peut|peuvent|puisse|puissent|merci_de|serait_il_possible_de|possible_de|faire_en_sorte .. me|m|nous ${CALL_VERB}`,
  "prenne|prennent|prendre|prendrait|prenait|entre|entrent|entrer|entrerait|se_mette|se_mettre|se_mettent contact|en_contact avec moi|nous",
  "me|nous fasse|fassent|faire|ferait signe", "me|m|nous recontacte|recontactent|rappelle|rappellent|appelle|appellent|contacte|contactent|telephone|telephonent svp|s_il_vous_plait|stp|rapidement|des_que|au_plus_vite|aujourd_hui|demain|cette_semaine|au|sur",
  "qu_un|qu_une|que_quelqu|que_l_un|que_l_une|qu_on ... s_en_occupe|s_en_charge|s_y_penche|se_penche|en_prenne_connaissance|le_lise|la_lise|lise|relise|me_reponde|prenne_le_dossier|reprenne_le_dossier|prenne_contact|entre_en_contact|me_recontacte|me_fasse_signe",
  // 4. explaining to a person rather than in writing: "je préfère expliquer la situation à un gestionnaire de sinistre"
  `${PREFER} .. ${SORT}|${ACT} ... en_personne|de_vive_voix|face_a_face|en_face_a_face|au_telephone|par_telephone|oralement|a_l_oral|en_direct|en_visio|de_visu`,
  `${STAFF}|telephone|vive_voix|en_personne|oralement ... plutot_que|plutot_qu|au_lieu_de|que_de|que_d .. remplir|formulaire|formulaires|ecrire|ecrit|mail|mails|email|chat|robot|chatbot|passer_par|taper|questionnaire`,
  // 5. a call as a noun: "j'aimerais un appel de votre part", "un coup de fil de l'un d'entre vous", "planifier un entretien téléphonique"
  `appel|rappel|coup_de_fil|coup_de_telephone|appel_telephonique|entretien_telephonique|echange_telephonique|petit_appel de|d .. votre_part|vous|l_un|l_une|un_de_vos|une_de_vos|quelqu_un|qqn|votre_equipe|votre_service|votre_agence|la_clinique|l_agence|l_accueil|${STAFF}`,
  `${WANT}|bien|volontiers|apprecierais|serait_possible|est_il_possible|merci_pour .. un|une|d_un|d_une|votre? appel|rappel|coup_de_fil|coup_de_telephone|appel_telephonique|entretien_telephonique|echange_telephonique|rendez_vous_telephonique|rdv_telephonique|creneau_telephonique|visio|visioconference`,
  "planifier|programmer|fixer|prendre|organiser|caler|convenir|reserver|obtenir|booker|avoir .. un|une|d_un|d_une? entretien|rendez_vous|rdv|appel|echange|creneau|point|rappel telephonique|par_telephone|au_telephone|en_visio|visio",
  `${WANT}|planifier|programmer|fixer|prendre|organiser|caler|reserver|obtenir .. un|une? rendez_vous|rdv|entretien|echange|point avec .. conseiller|conseillere|gestionnaire|charge_de_clientele|chargee_de_clientele|banquier|banquiere|expert|responsable|directeur|directrice|conseiller_bancaire|superieur|manager`,
  "coup de fil|telephone|appel ... m_arrangerait|m_aiderait|me_conviendrait|serait_bienvenu|serait_ideal|serait_parfait|me_rassurerait",
  // 6. handing it up: "transmettre ma demande à un superviseur", "que mon dossier soit remonté à un responsable"
  `transmettre|transmettez|transmettiez|remonter|remontez|faire_remonter|faites_remonter|escalader|escaladez|soumettre|soumettez|transferer|transferez|faire_suivre|faites_suivre|porter|portez|faire_passer|faites_passer|elever .. ma|mon|cette|ce|la|le|mes|les|notre? demande|dossier|reclamation|requete|plainte|cas|probleme|situation|message|ticket|question|contestation|litige|affaire ... a|au|aux|aupres|vers|jusqu|devant .. ${STAFF}|niveau_superieur|echelon_superieur|service_competent|personne_competente`,
  `soit|soient|etre|sera|serait|puisse_etre remonte|remontee|transmis|transmise|escalade|escaladee|transfere|transferee|soumis|soumise|examine|examinee|etudie|etudiee|traite|traitee|revu|revue|repris|reprise ... a|au|aupres|par|vers .. ${STAFF}|niveau_superieur|echelon_superieur`,
  "escalade|remontee hierarchique|de_mon_dossier|de_ma_demande|de_ma_reclamation", "en haut lieu",
  // 7. the manager on the line: "avoir votre responsable au bout du fil"
  `avoir|joindre|passer|mettre .. ${STAFF} .. au_tel|au_telephone|au_bout_du_fil|en_ligne|en_direct|sur_la_ligne|a_l_appareil`,
  // 8. real people, anyone working: "des vraies personnes qui travaillent chez vous", "quelqu'un travaille aujourd'hui ?"
  "des|de|les|vos vrais|vraies|veritables personnes|gens|humains|etres_humains|conseillers|conseilleres|employes", "personnes|gens|humains reels|reelles|en_chair",
  "quelqu_un|qqn|personne|des_gens|du_monde ... travaille|bosse|travaillent|bossent|present|presente|presents|au_bureau|de_permanence ... aujourd_hui|ce_matin|cet_apres_midi|en_ce_moment|actuellement|encore",
  // 9. canned replies rejected, a person asked for: "vos réponses types ne répondent pas, quelqu'un peut-il la lire"
  `robot|bot|chatbot|ia|machine|automate|repondeur|assistant_virtuel|automatique|automatiques|type|types|standard|standards|standardisee|standardisees|generique|generiques|preenregistre|preenregistree|preenregistrees|toute_faite|toutes_faites|copier_coller|modele|modeles ... ${WANT}|besoin|faut|exige|passez|parler|qu_un|qu_une|que_quelqu .. ${STAFF}|humain|humaine|vrai|vraie|vrais|vraies`,
  `${STAFF} .. peut|pourrait|puisse|va|pourriez|pouvez .. le|la|les? lire|relire|lise|relise|prendre_connaissance ... vraiment|reellement|personnellement|en_entier|message|demande|dossier|mail|email`,
  "lu|lise|lira|lit|relise|relit par un|une|des? humain|humaine|humains|personne|personnes|conseiller|conseillere|vrai|vraie",
];
const EMBEDDED_SUPPRESSED: string[] = [
  // a call already received, the visit announced, the delivery driver ringing first
  "recu|eu|manque|rate|loupe|eu_droit_a .. un|votre|des|plusieurs|deux|trois? appel|appels|coup_de_fil|rappel|message|messages",
  "livreur|livreuse|transporteur|coursier|chauffeur|facteur|technicien|technicienne|installateur|plombier|electricien ... avant de|d .. passer|venir|arriver|livrer|sonner|monter|intervenir|se_deplacer",
  "qui travaille|travaillent|bosse chez|a|dans|pour ... m_a|nous_a|m_ont|nous_ont|a_dit|ont_dit|m_avait|m_a_dit|m_a_appele|a_appele|etait|est_venu|est_passe",
  "me|m|nous rappeler|rappelez|rappelle|rappeliez le|la|les|l|mon|ma|mes|votre|vos|son|sa|ses|quel|quelle|quels|quelles|combien|comment|pourquoi|ce_que|ce_qu montant|date|numero|code|procedure|conditions|reference|delai|prix|tarif|adresse|horaires|regles|modalites|solde|echeance|etapes|demarche|mot_de_passe|identifiant|iban|rib|contenu|raison|motif|nom|documents|pieces",
  "me|m|nous rappeler|rappelez|rappelle|rappeliez quel|quelle|quels|quelles|combien|comment|pourquoi|ce_que|ce_qu",
  "dois|devons|faut|faudra|faut_il|dois_je|devons_nous .. venir|passer|me_presenter|nous_presenter|se_presenter|etre_present|etre_presente en personne|agence",
];

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
      ...EMBEDDED,
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
      ...EMBEDDED_SUPPRESSED,
    ],
    anger: ["pas du tout|vraiment|tellement|si .. en_colere|enerve|enervee|fache|fachee|furieux|furieuse"],
    complaint: ["pas du tout .. reclamation|plainte"],
    bereavement: ["telephone|portable|batterie|ordi|ordinateur|box|ecran|appli .. mort|morte|decede", "mort de rire", "morte de rire", "mdr"],
    distress: ["serie|film|livre|episode|saison|emission ... pleure|pleurer|pleurais", "serie|film|livre|episode|saison|emission ... triste|pleure|pleurer", "j ai peur de me tromper", "pas du tout|vraiment|tellement .. inquiet|inquiete|stresse|stressee|angoisse|angoissee"],
    failure: ["payer en plusieurs fois", "annule|annulee|annules|annulees .. cause|raison .. meteo|tempete|neige|brouillard|greve", "pas de retard"],
    illness: ["accident .. voiture .. assurance|assure", "en arret de bus"],
  },
};
