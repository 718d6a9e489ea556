import type { LexiconExtension } from "../lexicon.ts";

/**
 * Explicit requests for a person, built from parts: who is asked for, the departments asked
 * for, and verb forms that ask now (infinitive, imperative, subjunctive); "hablé con un
 * asesor ayer" is past contact, kept routine by the suppressors below.
 */
const WHO = "persona|humano|humana|agente|agentes|asesor|asesora|asesores|operador|operadora|alguien|algien|responsable|encargado|encargada|supervisor|supervisora|gerente|jefe|jefa|superior|companero|companera|companeros|empleado|empleada|ejecutivo|ejecutiva|tecnico|tecnica|especialista|gestor|gestora|representante|consultor|consultora|veterinario|veterinaria|medico|medica|doctor|doctora|humanos";
const DESK = "atencion_al_cliente|atencion_a_clientes|servicio_al_cliente|servicio_de_atencion|servicio_tecnico|soporte|soporte_tecnico|departamento|area_de|sector_de|oficina_de|call_center|centralita";
const WANT = "quiero|kiero|qiero|quisiera|queria|necesito|nesesito|nececito|puedo|podria|podrian|puede|pueden|podes|podeis|posible|exijo|pido|solicito|prefiero|preferiria|gustaria|deseo|dejame|dejeme|dejenme|favor|porfa|xfa";
const ACT = "hablar|ablar|charlar|conversar|platicar|comunicarme|comunicar|contactar|hablarlo|explicarle|explicarselo";
const TAKE = "revisar|revise|revisen|mirar|mire|ver|vea|atender|atienda|atiendan|encargar|encargue|encarguen|encargarse|hacerse_cargo|se_haga_cargo|llevar|lleve|gestionar|gestione|ocupar|ocupe|tomar|tome|retomar|llamarme|me_llame|me_llamen|contactarme|me_contacte|me_contacten|ayudarme_personalmente";

/**
 * Requests embedded in a longer, polite message about an ordinary problem (round 2): someone who
 * can decide or make an exception, dealing with it with an employee, someone from the clinic or
 * the team getting in touch, explaining to an adjuster rather than filling in forms, a call from
 * you, escalating the case to a supervisor, real people, canned replies rejected.
 */
const STAFF = `${WHO}|empleados|empleadas|trabajador|trabajadora|trabajadores|funcionario|funcionaria|personal|miembro_del_equipo|miembro_de_su_equipo|miembro_del_personal|alguno_de_ustedes|alguna_de_ustedes|alguno_de_vosotros|alguna_de_vosotras|uno_de_ustedes|una_de_ustedes|uno_de_sus|una_de_sus|alguno_de_sus|alguna_de_sus|perito|perita|tramitador|tramitadora|ajustador|ajustadora|liquidador|liquidadora|recepcionista|recepcion|enfermera|enfermero|dr|dra|director|directora|jefatura|gerencia|coordinador|coordinadora|ejecutivos|asesores|banquero|banquera|agente_de_seguros`;
const SOMEONE = "alguien|algien|alguno|alguna|una_persona|un_responsable|una_responsable|un_empleado|una_empleada|un_asesor|una_asesora|un_gestor|una_gestora|un_supervisor|una_supervisora|un_superior|un_encargado|una_encargada|un_jefe|una_jefa|un_gerente|una_gerente|un_ejecutivo|una_ejecutiva|algun_responsable|algun_empleado|algun_asesor|algun_superior|algun_supervisor|personas|gente|nadie|quien|alguno_de_ustedes|alguna_de_ustedes|uno_de_ustedes|una_de_ustedes";
const DECIDE = "conceder|conceda|concederme|otorgar|otorgue|decidir|decida|decidan|capacidad_de_decision|poder_de_decision|poder_de_decidir|autorizar|autorice|autoricen|aprobar|apruebe|aprueben|hacer_una_excepcion|haga_una_excepcion|hacer_excepcion|una_excepcion|excepcion|tomar_una_decision|tome_una_decision|tomar_la_decision|condonar|condone|anular|anule|exonerar|exonere|autorizarlo|aprobarlo";
const SORT = "tratar|tratarlo|tratarla|tratar_esto|resolver|resolverlo|resolverla|ver|verlo|verla|hablar|hablarlo|hablarla|gestionar|gestionarlo|arreglar|arreglarlo|aclarar|aclararlo|revisar|revisarlo|discutir|discutirlo|comentar|comentarlo|explicar|explicarlo|explicarselo|explicarle|consultar|consultarlo|platicar|platicarlo|conversar|conversarlo|contar|contarlo|contarselo|contarle|exponer|exponerlo|detallar|solucionar|solucionarlo|ventilar|plantear|plantearlo|plantearselo";
const PREFER = `${WANT}|prefiero|preferiria|preferible|mejor|mas_facil|mas_sencillo|mas_comodo|agradeceria|agradeceriamos|ojala|seria_posible|se_puede`;
const EMBEDDED: string[] = [
  // 1. someone who can decide: "¿hay alguien en la oficina que pueda decidir?", "alguien con capacidad de decisión"
  `${SOMEONE} .. que|con|capaz|autorizado|autorizada|facultado|facultada|habilitado|habilitada|quien ... ${DECIDE}`,
  `${SOMEONE} ... podria|puede|pueden|podrian|pudiera|pudieran|podra .. ${DECIDE}`,
  "alguien|persona|personas|responsable|quien|gente con|que_tenga|que_tengan capacidad|poder|potestad|autoridad|facultad|facultades|atribuciones",
  // 2. deal with an employee: "preferiría tratar esto con un empleado", "alguien que trabaje en el banco"
  `${PREFER} .. ${SORT} ... con|a|al|ante .. ${STAFF}`,
  "con|a|que_me_atienda|que_lo_vea alguien|una_persona|un_empleado|una_empleada|gente|personas|un_humano que|quien trabaje|trabaja|trabajen|trabajan|este|esten en|para|ahi|alli|en_la|en_el",
  // 3. someone gets in touch: "que se ponga en contacto conmigo alguien", "¿me puede marcar un ejecutivo?"
  "se_ponga|se_pongan|ponerse|se_pusiera|se_pusieran|se_comunique|se_comuniquen|comunicarse|se_comunicara|se_comunicaran en_contacto|en_comunicacion|contacto? conmigo|con_nosotros",
  `${STAFF}|alguno|alguna ... podria|puede|pueden|podrian|pudiera|pudieran|podra|podran .. llamarme|contactarme|marcarme|telefonearme|localizarme|regresarme_la_llamada|devolverme_la_llamada|ponerse_en_contacto|comunicarse_conmigo`,
  "me|nos puede|pueden|podria|podrian|podra|podran|pudieran|pudiera marcar|telefonear|contactar|localizar|regresar_la_llamada|devolver_la_llamada",
  "me|nos contactara|contactaran|contactase|contactasen|llamara|llamaran|llamase|llamasen|marcara|marcaran|telefoneara|devolviera|devolvieran|regresara|regresaran",
  "que .. me|nos llame|llamen|contacte|contacten|marque|marquen|telefonee|escriba_personalmente|devuelva|regrese ... alguien|una_persona|un_asesor|una_asesora|un_agente|un_empleado|el_encargado|la_encargada|el_responsable|la_doctora|el_doctor|el_veterinario|la_veterinaria|recepcion|la_clinica|su_equipo|ustedes",
  // 4. explaining to a person rather than in writing: "prefiero explicárselo a un perito en persona"
  `${PREFER} .. ${SORT}|${ACT} ... en_persona|personalmente|de_viva_voz|por_telefono|por_llamada|cara_a_cara|en_directo|presencialmente|por_videollamada`,
  `${STAFF}|telefono|viva_voz|en_persona|personalmente ... en_vez_de|en_lugar_de|antes_que|mas_que|que .. rellenar|llenar|formulario|formularios|escribir|correos|chat|bot|robot|chatbot|plantillas|tramites_en_linea`,
  // 5. a call as a noun: "me vendría bien una llamada de alguno de ustedes", "agendar una llamada con mi gestor"
  `llamada|llamado|telefonazo|videollamada|contacto_telefonico de|del|de_parte_de|por_parte_de|desde .. ${STAFF}|ustedes|vosotros|alguno|alguna|alguien|su_parte|vuestra_parte|su_equipo|la_clinica|la_oficina|la_sucursal|recepcion`,
  `${WANT}|vendria_bien|agradeceria|agradeceriamos|seria_posible|se_puede|me_gustaria|favor .. una|un? llamada|llamado|telefonazo|videollamada|cita_telefonica|llamada_telefonica|contacto_telefonico|devolucion_de_llamada`,
  "agendar|programar|concertar|coordinar|reservar|pedir|solicitar|sacar|fijar|acordar|tener .. una|un? llamada|llamado|cita_telefonica|videollamada|reunion|entrevista|cita|turno con .. un|una|el|la|mi|su? asesor|asesora|gestor|gestora|ejecutivo|ejecutiva|responsable|gerente|director|directora|especialista|perito|tramitador|consultor|consultora|agente|banquero|supervisor|encargado|encargada",
  `${WANT} .. una|un? cita|reunion|entrevista|turno con .. un|una|el|la|mi|su? asesor|asesora|gestor|gestora|ejecutivo|ejecutiva|responsable|gerente|director|directora|especialista|perito|tramitador|consultor|consultora|banquero|supervisor|encargado|encargada`,
  // 6. escalate: "quiero que escalen mi caso a un supervisor", "trasladen mi reclamación a su superior"
  `escalar|escalen|escale|escalarlo|escalarla|elevar|eleven|eleve|elevarlo|trasladar|trasladen|traslade|trasladarlo|trasladarla|derivar|deriven|derive|derivarlo|pasar|pasen|pase|pasarlo|pasarla|remitir|remitan|remita|remitirlo|enviar|envien|envie|reenviar|reenvien|subir|suban|transferir|transfieran|transfiera|llevar|lleven .. mi|el|la|esta|este|mis|los|las|su? caso|solicitud|reclamacion|reclamo|queja|peticion|expediente|incidencia|ticket|consulta|asunto|problema|siniestro|tema ... a|al|a_la|con|hasta|ante|a_un|a_una .. ${STAFF}|instancia_superior|nivel_superior|direccion|area_correspondiente`,
  `sea|se|fuera|lo|la ... escalado|escalada|elevado|elevada|trasladado|trasladada|derivado|derivada|revisado|revisada|atendido|atendida|visto|vista .. por|a|al|a_un|a_una .. ${STAFF}|instancia_superior|nivel_superior`,
  // 7. the manager on the line: "¿me pone al teléfono con el encargado?"
  `tener|poner|pasar|hablar|ponerme|pasarme .. al|con_el|con_la|a_su|con_su|con_un|con_una .. ${STAFF} .. al|en|por telefono|linea`,
  // 8. real people, anyone working: "¿hay gente de verdad trabajando ahí?", "¿hay alguien trabajando hoy?"
  "gente|personas|humanos|seres_humanos de_verdad|reales|real|de_carne_y_hueso|verdaderas|verdaderos",
  "hay|habra|queda|quedan|esta|estan alguien|gente|personas|humanos|algun_humano|alguna_persona ... trabajando|atendiendo|trabaja|trabajan|atiende|atienden|de_guardia ... hoy|ahi|alli|aca|aqui|ahora|todavia|aun|de_verdad|realmente|en_serio",
  "alguien|nadie .. trabaja|trabajando|atiende|atendiendo|lee|leyendo hoy|ahi|alli|aca|ahora|realmente|en_serio",
  // 9. canned replies rejected: "no quiero más respuestas automáticas, quiero que lo lea una persona"
  `respuesta|respuestas|mensaje|mensajes|contestacion|contestaciones|bot|robot|chatbot|maquina|asistente_virtual automatica|automaticas|automatico|automaticos|estandar|estandares|predefinida|predefinidas|generica|genericas|genericos|tipo|enlatada|enlatadas|de_plantilla|de_manual|copiadas|no_entiende|no_me_entiende|no_sirve|no_ayuda ... ${WANT}|que|basta|necesito|hablar|pasenme|paseme .. ${STAFF}|humano|humana|persona|alguien|real|de_verdad`,
  `${STAFF}|alguien|una_persona|un_humano .. lea|leyera|lee|leeria|revise|revisara .. de_verdad|realmente|personalmente|con_atencion|mi_mensaje|mi_caso|mi_correo|esto`,
];
const EMBEDDED_SUPPRESSED: string[] = [
  // a call already received, the visit announced, the delivery driver ringing first
  "recibi|recibimos|tuve|tuvimos|perdi|perdimos|me_perdi|me_hicieron|me_entro .. una|un|su|varias|dos|tres? llamada|llamadas|llamado|llamados|mensaje|mensajes",
  "repartidor|repartidora|mensajero|mensajera|transportista|chofer|chofer|conductor|tecnico|tecnica|instalador|instaladora|fontanero|plomero|electricista|cartero ... antes de|que .. llegar|venir|pasar|entregar|subir|llegue|venga|pase|entregue",
  "que trabaja|trabajan|trabajaba en|para|ahi ... me|nos dijo|dijeron|llamo|llamaron|atendio|atendieron|ayudo|ayudaron|explico",
  "tengo|tenemos|hay_que|debo|debemos|necesito ... ir|venir|acudir|presentarme|pasar en|de persona|personalmente|presencialmente|a_la_oficina|a_la_sucursal",
];

/** Spanish: more of how customers say each thing (gender and number, missing accents, Spanish bodies). */
export const es: LexiconExtension = {
  negators: ["ningunos", "apenas"],
  softeners: ["pelin"],
  phrases: {
    personRequest: [
      "hay alguien ahi|de_verdad|real|que_me_pueda|que_pueda", "hay .. una_persona|un_humano|un_ser_humano", "alguien ahi",
      "de carne y hueso", "alguien de verdad", "me puede atender alguien",
      "hablar con una persona|alguien|un_humano|un_agente|un_asesor|una_persona_real|un_operador|una_operadora",
      "quiero|necesito|puedo hablar con", "pasame|paseme|paseme|pasenme con", "ponme|pongame|ponganme con", "atencion personal|personalizada",
      "una persona de verdad|real", "un ser humano", "persona humana", "no quiero .. bot|robot|maquina|chatbot|contestador",
      "nada de bots|robots|maquinas", "harto|harta .. bot|robot|maquina|chatbot", "llamenme|llamame|llameme", "me pueden|podeis|puede llamar",
      "que me llamen|llame", "devolver la llamada", "me devuelvan la llamada", "un responsable|encargado|supervisor", "con su superior|supervisor|encargado",
      "atencion al cliente por telefono", "operador por favor|porfa", "agente por favor|porfa", "humano por favor|porfa",
      // "quiero hablar con atención al cliente", "necesito hablar con alguien del departamento de facturación"
      `${WANT} .. ${ACT} ... ${WHO}`, `${ACT} con|al|a|a_la|con_el|con_la|con_los .. ${DESK}`,
      // "¿me pasa con atención al cliente?", "transfiérame a un supervisor", "comuníqueme con el área de reclamos"
      `transferir|transfiera|transfierame|transfieranme|transfiere|transfiereme|transferirme|pasar|pase|pasa|pasame|paseme|pasarme|pasenme|comunique|comuniqueme|comunicame|comuniquen|comuniquenme|derive|derivar|derivame|derivarme|conecte|conectar|conecteme|conectame|ponga|pongame|ponme|poner|ponerme .. con|a|al|a_un|a_una|con_el|con_la .. ${WHO}|${DESK}`,
      // "¿algún compañero suyo puede revisar mi caso?", "¿es posible que un empleado se encargue?"
      `persona|humano|humana|agente|asesor|asesora|operador|operadora|alguien|algun_companero|alguna_companera|companero|companera|companeros|empleado|empleada|ejecutivo|ejecutiva|responsable|encargado|encargada|supervisor|gerente|tecnico|especialista|gestor|gestora|representante .. puede|pueden|podria|podrian|pudiera|se|me|lo|la ... ${TAKE}`,
      `puede|pueden|podria|podrian|pudiera|pudieran .. alguien|alguno|alguna|algun|companero|companera|companeros|companeras|una_persona|un_humano|un_agente|un_asesor|una_asesora|un_empleado|un_tecnico|un_responsable|el_responsable|el_encargado|la_encargada|un_supervisor ... ${TAKE}`,
      `que .. alguien|una_persona|un_humano|un_agente|un_asesor|una_asesora|un_empleado|un_tecnico|un_operador|un_ser_humano|el_encargado|el_responsable|el_gerente|el_supervisor ... ${TAKE}|me_atienda|me_atiendan|lo_revise|me_llame|me_llamen|me_contacte|me_ayude`,
      // call me: "¿podría llamarme alguien?", "quiero una llamada", "prefiero explicarlo por teléfono"
      "llamarme|llamenme|llameme|llamame|marquenme|marcame|marqueme|telefoneenme|contactenme|contactame|contacteme|llamarnos|llamenos",
      `${WANT} .. una|un? llamada|llamado|telefonazo|contacto_telefonico|cita_telefonica`, "que me llamen|llame|contacten|contacte|marquen|devuelvan", "devolverme la llamada",
      "prefiero|preferiria|preferible|mejor|mas_facil|mas_sencillo .. explicar|explicarlo|explicarselo|hablar|hablarlo|tratar|tratarlo|contarlo|verlo|resolverlo ... telefono|llamada|voz|persona|en_persona|alguien|personalmente|de_viva_voz",
      "de viva voz", "en persona|personalmente con .. alguien|una_persona|un_asesor|un_agente",
      // "asesor por favor", "un humano, porfa", "agente ya"
      `${WHO} por favor|porfa|porfavor|xfa|pls|please|ya|ahora|urgente`, "un|una humano|humana|agente|asesor|asesora|operador|operadora|persona por_favor|porfa|porfavor|xfa|pls|please|ya|ahora|gracias",
      // bot: "¿eres un robot? quiero una persona", "ya basta de bots", "¿hablo con una persona real?"
      "robot|bot|chatbot|maquina|ia|automatico|automatica|contestador ... quiero|kiero|necesito|paseme|pasame|exijo|prefiero|hablar .. persona|humano|humana|alguien|agente|asesor|asesora|operador|operadora|real|verdad",
      "eres|es|sos|estoy_hablando_con|hablo_con un|una robot|bot|chatbot|maquina|ia|humano|humana|persona_real|persona_de_verdad",
      "basta|cansado|cansada|harto|harta|hartos .. de? bots|bot|robot|robots|maquina|maquinas|chatbot|contestador",
      "alguien|una_persona|un_humano .. lee|leyendo|va_a_leer|lea .. esto|mensaje|mensajes",
      "hay|habra alguien|algun_humano|alguna_persona|una_persona|un_humano ahi|real|de_verdad|que_me_atienda|que_me_pueda|disponible|en_linea",
      "alguien|persona|humano d|de verdad", "alguien real|que_sepa|que_entienda|competente|del_departamento|del_area|de_soporte|de_atencion",
      // "¿me podés comunicar con un operador?" (rioplatense), "¿me comunica con un ejecutivo?" (Chile, Mexico)
      "me podes|podrias|podria|podrian|puede|pueden pasar|comunicar|transferir|conectar|derivar|poner con|a|al",
      ...EMBEDDED,
    ],
    bereavement: [
      "mi difunto|difunta",
      "ha fallecido", "ha muerto", "se murio", "nos dejo", "fallecimiento", "falleci*", "defuncion", "certificado de defuncion", "funeral*",
      "tanatorio", "entierro", "velatorio", "luto", "duelo", "viudo|viuda", "herencia", "herederos", "testamento", "albacea", "sacrificar|eutanasia",
    ],
    illness: [
      "pediatria", "planta de .. hospital|pediatria|oncologia",
      "quimio*", "radioterapia", "dialisis", "ingresado|ingresada en|en_el_hospital", "en el hospital", "en urgencias", "uci", "cuidados intensivos",
      "enfermedad grave|cronica", ["enfermedad", 0.6], "muy enfermo|enferma|malito|malita", "gravemente enfermo|enferma", "cancer", "tumor*",
      "infarto", "ictus", "derrame", "baja medica", "estoy de baja", "salud mental", "depresion", "operado|operada", "accidente de coche|trafico",
      "me operan|operaron", "cuidados paliativos", "diagnosticado|diagnosticada", "esclerosis", "alzheimer", "demencia",
    ],
    hardship: [
      "no puedo con .. facturas|pagos|gastos|recibos",
      "no podemos|podremos|podre pagar|afrontar", "no podemos hacer frente", "mala situacion economica", ["mala situacion", 0.7],
      "no puedo pagar", "no puedo permitir*", "no me alcanza", "no llego a fin de mes", "no llegamos a fin de mes",
      "sin dinero", "no tengo dinero|un_duro|un_euro", "sin blanca", "pelado|pelada", "me quede sin trabajo|empleo|curro", "perdi mi trabajo|empleo|curro",
      "en el paro", ["paro", 0.8], "desemplead*", "despedido|despedida", "erte", "subsidio", "ingreso minimo", "ayudas sociales", "pension no me alcanza",
      "atrasado|atrasada en|con los pagos", "retraso en los pagos|el_pago", "recibos .. sin pagar|impagados|devueltos", "impago*", "aplazar|aplazamiento .. pago|factura|deuda",
      ["fraccionar .. pago|factura|deuda", 0.6], ["pagar a plazos", 0.6], ["plan de pagos", 0.6], "mas tiempo para pagar", "desahucio*", "deshaucio", "cortar .. luz|gas|agua",
      "corte de luz|gas|suministro", "dificultades economicas", "situacion economica .. dificil|complicada|mala", ["mala racha", 0.7], "apurado|apurada .. dinero",
      "endeudad*", ["deudas", 0.7], "bono social", "vulnerable economic*",
    ],
    debtCollection: ["empresa de recobro", "recobros", "fichero de morosos", "lista de morosos", "me han metido en asnef", "intrum", "lindorff", "embargar", "embargaron", "me acosan|acosando .. llamadas", "llaman .. todos los dias|a_todas_horas"],
    fraud: [
      ["a mi nombre", 0.6], "nunca he sido|fui cliente",
      "le di .. codigo|clave|claves|pin|contrasena", "haciendose pasar por", "nunca funciono",
      "que no he hecho|autorizado|contratado", "que yo no hice",
      "alguien ha usado|uso|ha_utilizado mi|mis tarjeta|cuenta|datos", "cargo* .. no_reconozco|desconocido*", "no reconozco", "compra* que no hice|he_hecho",
      "yo no hice|he_hecho|autorice", "no autorice", "sin mi consentimiento|autorizacion|permiso", "me han estafado|timado|enganado|robado",
      "estafa*", "timo", "timad*", "enganad*", "suplantacion de identidad", "suplantaron", "me hackearon|jaquearon", "hackeado|hackeada",
      "phishing", "sms falso", "correo falso", "llamada falsa", "falso banco|empleado|tecnico", "pinche|pulse|clicke .. enlace", "di mis datos|claves|codigo",
      "tarjeta clonada|duplicada", "bizum .. fraude|estafa|desconocido", "me robaron", "robaron",
    ],
    dispute: [
      ["subido el precio|la_tarifa", 0.5], "sin avisar|previo_aviso .. subido|cambiado", "subido .. sin avisar|previo_aviso", "no estoy de acuerdo",
      "cobrado .. dos veces|doble|de_mas", "cargo duplicado", "doble cargo", "cobro indebido", "cobros indebidos", "me han cobrado de mas",
      "factura .. erronea|incorrecta|abusiva|inflada", "no es correcto|correcta", "quiero .. devolucion|reembolso|mi_dinero", "devuelvan mi dinero",
      "que me devuelvan", "exijo .. devolucion|reembolso", "no lo he pedido", "nunca pedi|contrate", "no contrate", "despues de dar de baja",
      "aunque di de baja|cancele", "tras la baja", "sigo pagando", "siguen cobrando*", "pague .. y_no|pero_no", "no me llego .. pague|pagado",
      "reclamar .. dinero|importe|cargo", "indemnizacion", "compensacion", "devolver el recibo", "devolucion del cargo", "abusivo|abusiva",
    ],
    complaint: ["poner|presentar|hacer una reclamacion|queja", "hoja de reclamaciones", "libro de reclamaciones", "reclamacion formal", "quiero quejarme", "me quejo", "queja formal"],
    legalThreat: [
      "ocu", "facua", "denunciar|reclamar|ir en|a consumo", "oficina del consumidor", "defensor del cliente|pueblo", "banco de espana", "cnmc", "cnmv", "aepd",
      "arbitraje de consumo", "junta arbitral", "juicio", ["denunciar|denuncia|denunciare", 0.8], "guardia civil", "policia", "a los tribunales", "llevaros|llevarlos a juicio",
      "mis derechos", "vias legales", "via judicial", "abogada", "asesoria juridica",
    ],
    leavingUnhappy: ["nunca mas", "me voy a la competencia", "me cambio de compania|operador|banco", "habeis perdido un cliente", "se acabo", "ultima vez que"],
    leaving: ["dar|darme|darnos de baja", "me doy de baja", "cancelar .. suscripcion|cuenta|contrato|servicio", "cambiarme de compania|operador"],
    dissatisfaction: [
      "servicio|atencion .. pesimo|pesima|horrible|malisimo|malisima|fatal|penoso|penosa|lamentable|una_verguenza",
      "no estoy contento|contenta|satisfecho|satisfecha", "muy decepcionad*", "decepcion*", "insatisfech*", "pesimo servicio|atencion", "servicio pesimo",
      "mala atencion", "atencion al cliente .. pesima|nefasta|horrible", "me toman el pelo", "tomando el pelo", "me siento enganad*|estafad*",
      "otra vez lo mismo", "una y otra vez", "cada vez peor", "estoy harto|harta", "hasta las narices", "ya no aguanto", "no hay derecho",
    ],
    anger: [
      "cabreado|cabreada|cabreo", "furioso|furiosa", "indignad*", "indignante", "enfadad*", "enojad*", "una verguenza", "vergonzoso",
      "sinverguenzas", "ladrones", "estafadores", "inaceptable", "intolerable", "de risa", "tomadura de pelo", "cachondeo", ["joder|mierda|hostia", 0.6],
      "que cojones", ["me cago", 0.7], "exijo", "inmediatamente", "incompetentes", "impresentable*",
    ],
    distress: [
      ["no entiendo", 0.5],
      "preocupad*", "muy preocupad*", "angustiad*", "angustia", "desesperad*", "ansiedad", "no se que hacer", "no se a quien acudir", "ayudenme|ayudame",
      "por favor ayuda", "ayuda por favor", "tengo miedo", "miedo", "asustad*", "panico", "estresad*", "agobiad*", "agobio", "llorando", "lloro",
      "no puedo dormir", "sin dormir", "no puedo mas", "al limite", "deprimid*", "hundid*", "destrozad*", "suicid*", "quitarme la vida",
    ],
    vulnerability: [
      ["sola|solo con .. ninos|hijos|crios", 0.6], ["separacion|divorcio", 0.6],
      ["silla de ruedas", 0.4], "discapacidad", "discapacitad*", "minusvali*", "ciego|ciega", "sordo|sorda", "dependencia", ["jubilad*", 0.6],
      ["pensionista", 0.6], "tercera edad", "persona mayor", "anciano|anciana", "mi madre mayor|padre_mayor", "vivo sola|solo", "madre soltera",
      "familia monoparental", ["bebe", 0.4], "recien nacido", "embarazada", "violencia de genero", "maltrato", "tutor legal", "curatela",
    ],
    failure: [
      "cortado|cortaron|cortado .. luz|gas|agua|calefaccion",
      ["tercera|cuarta|quinta vez que", 0.7], "nadie lo ha solucionado|resuelto",
      "todavia no|sigo_sin|aun_no .. recibido|devuelto|solucionado|llegado|arreglado", ["sigo sin", 0.7], ["aun no", 0.6], "nunca llego", ["no ha llegado|no_llego", 0.7],
      "paquete .. perdido|desaparecido|extraviado", "sin respuesta", "nadie me responde|contesta|llama|ayuda", "nadie .. solucion*",
      "he llamado .. veces", ["varias|muchas veces", 0.6], "mil veces", "semanas esperando", "meses esperando", "sin luz|internet|gas|agua|calefaccion",
      "averia", "averiado|averiada", ["no funciona", 0.7], "sigue sin funcionar", "defectuos*", ["roto|rota", 0.6], "danado|danada", "producto equivocado", "talla equivocada",
      "cancelaron", "ha sido cancelado|cancelada", ["retraso|retrasado|retrasada", 0.5], "me colgaron", "nadie se hace cargo",
    ],
    weakNegative: ["horrible", "fatal", "un asco", "asqueroso", "malisimo", "pesimo", "penoso", "rollo", "pesadilla", "desastre"],
    calmCue: ["no es una|ninguna queja|reclamacion", "sin prisa", "no hay prisa", "solo curiosidad", "por curiosidad", "nada grave", "jaja*", "jeje*"],
    infoQuestion: ["quisiera saber", "queria saber", "una pregunta", "como puedo|cambio|hago", "cuando llega|llegara", "donde puedo"],
  },
  suppressors: {
    // Past contact, a contact person, a spouse calling, phone hours: no request for a person now.
    personRequest: [
      `hable|hablamos|hablo|converse|llame|llamamos|contacte|contactamos|me_atendio|nos_atendio|me_atendieron ... ${WHO}|${DESK} ... ayer|antes|anteayer|semana|mes|hace|pasado|pasada|manana|tarde|resuelto|resuelta|solucionado|solucionada|solucion|gracias|arreglado|dijo|dijeron`,
      `ya hable|hablamos|llame|me_atendieron|me_llamaron|me_contactaron|me_atendio`,
      `${WHO} .. me|nos .. llamo|atendio|ayudo|dijo|explico|soluciono|resolvio|contesto|respondio|arreglo|envio|mando|contacto|gestiono`,
      "no|nunca me|nos llamen|llame|llamar|contacten|contacte|contactar|llameis", "no hace falta|necesito|es_necesario que? me? llamen|llamar|llamada|llamarme",
      "persona|personas de contacto", "mi|su|el|la|nuestro|nuestra contacto|asesor|asesora|gestor|gestora|agente ... cambio|cambiado|cambiar|actualizar|actualizo|nuevo|nueva|habitual",
      "cuanto|tarifa|precio|coste|costo|honorarios|consulta|comision ... asesor|asesora|veterinario|veterinaria|agente|especialista|consultor",
      "horario|horarios|hora|horas .. atencion|telefono|telefonica|llamadas|call_center",
      "marido|esposo|esposa|mujer|pareja|hijo|hija|madre|padre .. puede|podria|pueden ... llamar|hablar|contactar|gestionar",
      ...EMBEDDED_SUPPRESSED,
    ],
    complaint: ["no es una|ninguna queja|reclamacion"],
    bereavement: ["murio|muerto|muerta|murieron .. el|la|mi|mis movil|bateria|portatil|ordenador|router|pantalla|telefono|coche|cargador", "movil|bateria|portatil|ordenador|router|pantalla|app .. murio|muerto|muerta", "muerto de risa", "muerta de risa", "me muero de ganas"],
    distress: ["serie|peli|pelicula|libro|episodio|capitulo|temporada ... llore|llorar|llorando", "serie|peli|pelicula|libro|episodio|capitulo|temporada ... triste|llore|llorar", "perro|perra|gato|gata|cachorro|mascota ... miedo|asustad*|estres*|panico|ansiedad", "miedo a equivocarme"],
    failure: ["cancelado|cancelada|cancelaron|retrasado|retraso .. por|debido .. tiempo|temporal|tormenta|nieve|niebla|huelga"],
    
  },
};
