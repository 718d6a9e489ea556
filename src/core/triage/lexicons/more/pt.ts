import type { LexiconExtension } from "../lexicon.ts";

/**
 * Explicit requests for a person, built from parts: who is asked for, the departments asked
 * for, and verb forms that ask now (Portugal and Brazil); "falei com um atendente ontem" is
 * past contact, kept routine by the suppressors below.
 */
const WHO = "pessoa|humano|humana|atendente|atendentes|agente|operador|operadora|alguem|algm|alguen|consultor|consultora|assessor|assessora|responsavel|funcionario|funcionaria|funcionarios|colaborador|colaboradora|colega|colegas|gerente|supervisor|supervisora|superior|chefe|tecnico|tecnica|especialista|gestor|gestora|representante|assistente|assistentes|veterinario|veterinaria|medico|medica|doutor|doutora";
const DESK = "apoio_ao_cliente|apoio_a_clientes|servico_de_apoio|servico_ao_cliente|atendimento_ao_cliente|atendimento_humano|sac|suporte|suporte_tecnico|assistencia_tecnica|departamento|setor|sector|call_center|setor_financeiro|departamento_financeiro|central_de_atendimento";
const WANT = "quero|qro|kero|queria|quería|gostaria|gostava|preciso|precisava|posso|podia|poderia|pode|podem|possivel|exijo|peco|solicito|prefiro|preferia|preferiria|desejo|deixa|deixe|deixem|favor|pf|pfv|pfvr";
const ACT = "falar|fala|conversar|papear|contactar|contatar|discutir";
const TAKE = "analisar|analise|ver|veja|verificar|verifique|olhar|olhe|tratar|trate|tratasse|assumir|assuma|pegar|pegue|pegasse|cuidar|cuide|acompanhar|acompanhe|rever|reveja|avaliar|avalie|ligar_me|me_ligar|me_ligue|contactar_me|me_contactar|contatar_me|me_contatar|ocupar|ocupe|encarregar|encarregue";

/**
 * Requests embedded in a longer, polite message about an ordinary problem (round 2): someone who
 * can decide or open an exception, dealing with it with an employee, someone from the clinic or
 * reception getting in touch, explaining to a claims handler rather than filling in forms, a call
 * from you, forwarding the case to a supervisor, real people, canned replies rejected.
 */
const STAFF = `${WHO}|perito|perita|peritos|regulador|reguladora|gestor_de_sinistros|gestora_de_sinistros|rececionista|recepcionista|enfermeiro|enfermeira|dr|dra|trabalhador|trabalhadora|trabalhadores|funcionarias|colaboradores|membro_da_equipa|membro_da_equipe|membro_do_staff|um_de_voces|uma_de_voces|algum_de_voces|alguma_de_voces|um_dos_vossos|uma_das_vossas|um_dos_seus|uma_das_suas|diretor|diretora|director|directora|gestores|gerentes|bancario|bancaria|corretor|corretora|mediador|mediadora|analista`;
const DESKS = "rececao|recepcao|secretaria|chefia|direcao|direccao|gerencia|balcao|agencia|clinica|consultorio|equipa|equipe";
const SOMEONE = "alguem|algm|alguen|uma_pessoa|um_responsavel|uma_responsavel|um_funcionario|uma_funcionaria|um_gerente|uma_gerente|um_supervisor|uma_supervisora|um_superior|um_gestor|uma_gestora|um_atendente|uma_atendente|um_colaborador|uma_colaboradora|um_chefe|algum_responsavel|algum_funcionario|algum_gerente|algum_superior|pessoas|gente|ninguem|quem|um_de_voces|alguem_de_voces";
const DECIDE = "conceder|conceda|conceder_me|decidir|decida|decidam|poder_de_decisao|poder_decisorio|capacidade_de_decisao|autorizar|autorize|autorizem|aprovar|aprove|aprovem|abrir_uma_excecao|abrir_excecao|abra_uma_excecao|fazer_uma_excecao|faca_uma_excecao|uma_excecao|excecao|tomar_uma_decisao|tome_uma_decisao|isentar|isente|anular|anule|perdoar|estornar|estorne|devolver|devolva";
const SORT = "tratar|trate|resolver|resolve|ver|falar|discutir|esclarecer|explicar|conversar|acertar|abordar|expor|rever|analisar|contar|detalhar|combinar|ver_isto|ver_isso|tratar_disto|tratar_disso|tratar_deste|tratar_desse|resolver_isto|resolver_isso";
const PREFER = `${WANT}|prefiro|preferia|preferiria|preferivel|melhor|mais_facil|mais_simples|mais_pratico|agradecia|agradeceria|seria_possivel|e_possivel|da_para`;
const EMBEDDED: string[] = [
  // 1. someone who can decide: "há alguém aí que possa decidir?", "alguém com poder de decisão"
  `${SOMEONE} .. que|com|capaz|autorizado|autorizada|habilitado|habilitada|competente ... ${DECIDE}`,
  `${SOMEONE} ... pode|podia|poderia|podem|poderiam|consegue|conseguia|conseguiria .. ${DECIDE}`,
  "alguem|pessoa|responsavel|quem com|que_tenha|que_tem poder|poderes|autoridade|competencia|capacidade de? decisao|decisorio|decidir",
  // 2. deal with an employee: "gostaria de tratar disto com um funcionário", "alguém que trabalhe no banco"
  `${PREFER} .. ${SORT} ... com|a|ao|junto_de|junto_do|junto_da .. ${STAFF}`,
  "com|a|alguem|uma_pessoa|um_funcionario|uma_funcionaria|gente|pessoas|um_humano que trabalhe|trabalha|trabalham|trabalhem|esteja|estejam|esta|estao no|na|ai|em|para|nessa|nesse|na_agencia|no_balcao",
  // 3. someone gets in touch: "podem pedir a alguém que me contacte", "que alguém da receção entrasse em contacto comigo"
  "entre|entrem|entrasse|entrassem|entrar|entrarem|entra|entraria|entrariam em contacto|contato|contacto_direto|contato_direto comigo|connosco|conosco",
  "me|nos contacte|contactem|contate|contatem|contactasse|contatasse|contactassem|contatassem|ligue|liguem|ligasse|ligassem|telefone|telefonem|telefonasse|retorne|retornem|retornasse",
  "ligar|ligarem|telefonar|telefonarem|contactar|contatar|chamar|retornar|ligue|liguem|contacte|contactem|contate|contatem me|nos|pra_mim|para_mim",
  "me|nos ligar|ligarem|contactar|contatar|telefonar|retornar|chamar|dar_um_retorno|dar_uma_ligada|dar_um_toque",
  `pedir|peca|pecam|pedem|pedissem|solicitar|solicitem .. a|ao|que? alguem|um|uma|o|a|${STAFF} .. que? me|nos ligue|ligasse|contacte|contate|contactasse|contatasse|telefone|chame|retorne|ligar|contactar|contatar`,
  `${STAFF}|${DESKS} ... pode|podia|poderia|podem|poderiam|consegue|conseguia|deveria .. me|nos? ligar|ligar_me|contactar|contactar_me|contatar|contatar_me|telefonar|telefonar_me|retornar|chamar|ligue|ligasse`,
  // 4. explaining to a person rather than in writing: "prefiro explicar a situação a um gestor de sinistros"
  `${PREFER} .. ${SORT}|${ACT} ... pessoalmente|presencialmente|de_viva_voz|por_telefone|ao_telefone|telefonicamente|cara_a_cara|frente_a_frente|em_pessoa|por_videochamada|ao_vivo`,
  `${STAFF}|telefone|viva_voz|pessoalmente|presencialmente ... do_que|em_vez_de|ao_inves_de|em_lugar_de|que .. preencher|formulario|formularios|escrever|emails|mails|chat|bot|robo|chatbot|questionario`,
  // 5. a call as a noun: "gostaria de receber uma chamada vossa", "agendar uma ligação com o meu gerente"
  `ligacao|chamada|telefonema|videochamada|retorno|contacto_telefonico|contato_telefonico vossa|vosso|vossos|sua|seu|de_voces|de_vcs|de_alguem|de_um|de_uma|da_vossa|da_sua|do_vosso|do_seu|por_parte|de_algum|de_alguma|da_clinica|da_rececao|da_recepcao|da_equipa|da_equipe`,
  `${WANT}|receber|agradecia|agradeceria|seria_possivel|e_possivel|daria_jeito|dava_jeito .. uma|um? ligacao|chamada|telefonema|videochamada|retorno_telefonico|contacto_telefonico|contato_telefonico|ligacao_telefonica|chamada_telefonica`,
  "agendar|marcar|combinar|programar|reservar|pedir|solicitar|ter .. uma|um? ligacao|chamada|telefonema|videochamada|reuniao|conversa|atendimento|encontro|horario ... com .. gestor|gestora|gerente|consultor|consultora|assessor|assessora|responsavel|perito|especialista|diretor|diretora|supervisor|supervisora|atendente|corretor|corretora|mediador|analista",
  `${WANT} .. uma|um? reuniao|conversa|encontro|atendimento|horario|audiencia com .. o|a|um|uma|meu|minha|o_meu|a_minha? gestor|gestora|gerente|consultor|consultora|assessor|assessora|responsavel|perito|especialista|diretor|diretora|supervisor|supervisora|corretor|corretora|mediador|analista`,
  // 6. forwarding it up: "peço que encaminhem o meu pedido a um supervisor", "escalem a minha reclamação para a chefia"
  `encaminhar|encaminhem|encaminhe|escalar|escalem|escale|passar|passem|passe|transferir|transfiram|transfira|remeter|remetam|remeta|levar|levem|leve|subir|submeter|submetam|submeta|reencaminhar|reencaminhem|enviar|enviem|envie|fazer_chegar|facam_chegar .. o|a|meu|minha|o_meu|a_minha|este|esta|esse|essa|os|as|os_meus|as_minhas? pedido|caso|processo|reclamacao|queixa|pedidos|solicitacao|chamado|ticket|questao|assunto|problema|sinistro|situacao|reclamacoes ... a|ao|a_um|a_uma|para|pra|pro|para_o|para_a|junto_de|junto_do|junto_da|ate .. ${STAFF}|${DESKS}|nivel_superior|instancia_superior|hierarquia|superiores`,
  `seja|fosse|ser|possa_ser|sera ... encaminhado|encaminhada|escalado|escalada|transferido|transferida|analisado|analisada|visto|vista|tratado|tratada|revisto|revista|avaliado|avaliada .. por|a|ao|para|pelo|pela|por_um|por_uma .. ${STAFF}|${DESKS}|nivel_superior|superiores`,
  // 7. the manager on the line: "pode pôr-me o gerente ao telefone?"
  `ter|por|passar|colocar|ponha|poe .. ${STAFF} .. ao_telefone|em_linha|na_linha|no_telefone`,
  // 8. real people, anyone working: "tem gente de verdade trabalhando aí?", "há pessoas reais a trabalhar?"
  "gente|pessoas|humanos|seres_humanos de_verdade|reais|real|de_carne_e_osso|verdadeiras|a_serio",
  "tem|ha|existe|esta|estao alguem|gente|pessoas|humanos|algum_humano|alguma_pessoa ... trabalhando|a_trabalhar|trabalha|trabalham|atendendo|a_atender|de_servico|de_plantao ... ai|hoje|agora|ainda|mesmo|de_verdade|realmente|neste_momento",
  "alguem|ninguem .. trabalha|trabalhando|a_trabalhar|le|lendo|a_ler|atende|atendendo hoje|ai|agora|realmente|mesmo|neste_momento",
  // 9. canned replies rejected: "chega de respostas automáticas, quero que uma pessoa leia"
  `resposta|respostas|mensagem|mensagens|bot|robo|robot|chatbot|maquina|assistente_virtual automatica|automaticas|automatico|automaticos|padrao|pronta|prontas|generica|genericas|standard|predefinida|predefinidas|de_robo|copiada|copiadas|copia_e_cola|nao_entende|nao_me_entende|nao_percebe|nao_serve|nao_ajuda ... ${WANT}|que|chega|falar|passem|exijo .. ${STAFF}|humano|humana|pessoa|alguem|real|de_verdade`,
  `${STAFF}|alguem|uma_pessoa|um_humano .. leia|lesse|le|lera|veja|visse .. de_verdade|realmente|mesmo|pessoalmente|com_atencao|a_minha_mensagem|minha_mensagem|o_meu_caso|meu_caso|o_meu_email|isto|isso`,
];
const EMBEDDED_SUPPRESSED: string[] = [
  // a call already received, the visit announced, the courier ringing first
  "recebi|recebemos|tive|tivemos|perdi|perdemos|atendi .. uma|um|a|varias|duas|tres? ligacao|ligacoes|chamada|chamadas|telefonema|telefonemas|mensagem|mensagens",
  "estafeta|entregador|entregadora|motorista|tecnico|tecnica|instalador|canalizador|encanador|eletricista|carteiro|motoboy ... antes de|que .. chegar|vir|passar|entregar|subir|chegue|venha|passe|entregue",
  "que trabalha|trabalham|trabalhava no|na|para|ai ... me|nos disse|disseram|ligou|ligaram|atendeu|atenderam|ajudou|ajudaram|explicou",
  "tenho|temos|preciso|precisamos|devo|devemos .. de|que? ir|vir|passar|comparecer|deslocar_me pessoalmente|presencialmente|a_agencia|ao_balcao|a_loja|em_pessoa",
];

/** Portuguese (Portugal and Brazil): more of how customers say each thing (gender and number, missing accents, both countries' bodies). */
export const pt: LexiconExtension = {
  negators: ["nenhuns", "nunca", "tampouco"],
  softeners: ["bocado", "bocadinho", "tiquinho"],
  phrases: {
    personRequest: [
      // "posso ir à loja e resolver isto pessoalmente com um funcionário?"
      "pessoalmente|presencialmente|cara_a_cara com .. funcionario|funcionaria|atendente|consultor|consultora|gestor|gestora|alguem|tecnico|responsavel",
      "ir|passar|dar_um_pulo a|à|na|no|ao loja|balcao|agencia|escritorio|filial|balcão ... pessoalmente|presencialmente|com_alguem|com_um_funcionario",
      "esta ai .. humano|alguem|pessoa", "ha|tem alguem ai", "algum humano|atendente",
      "alguem de verdade", "pessoa de carne e osso",
      "falar com uma pessoa|alguem|um_humano|um_assistente|um_operador|uma_operadora|um_atendente|uma_atendente|um_consultor", "uma pessoa real|de_verdade",
      "um ser humano", "pessoa humana", "nao quero .. robo|robot|bot|maquina|chatbot|gravacao", "chega de robo|robot|bot|maquina", "farto|farta|cansado|cansada .. robo|robot|bot",
      "liguem me", "ligue me", "me liga", "me ligue", "me liguem", "podem ligar me|para_mim", "retornar a ligacao|chamada", "contacto telefonico|contato_telefonico",
      "passem me|transfiram me|me_transfira|me_passa .. para|a", "um responsavel|supervisor|gerente", "com o responsavel|supervisor|gerente", "atendimento humano",
      "operador por favor|pf|pfv", "atendente por favor|pf|pfv", "humano por favor|pf|pfv", "quero|preciso|posso falar com",
      // "gostaria de falar com o apoio ao cliente", "deixa eu falar com um atendente", "qro falar cm alguém de vdd"
      `${WANT} .. ${ACT} ... ${WHO}`, `falar|conversar|contactar|contatar com|c|cm|ao|a|o|com_o|com_a .. ${DESK}`,
      // "pode passar-me a um colega?", "me transfere pro suporte", "pode me encaminhar para um especialista?"
      `transferir|transfira|transfere|transfiram|transferir_me|transfira_me|transfere_me|me_transfere|me_transfira|passar|passa|passe|passem|passar_me|passa_me|passe_me|me_passa|me_passe|encaminhar|encaminhe|encaminha|encaminhem|me_encaminha|me_encaminhe|encaminhar_me|encaminhe_me|ligar|ligue|conectar|conecte|coloque|coloca|coloquem|colocar|por|ponha|ponham|reencaminhar|reencaminhe .. a|ao|a_um|a_uma|para|pra|pro|com|em_contato_com|em_contacto_com|em_ligacao_com .. ${WHO}|${DESK}`,
      "coloca|coloque|colocar|coloquem|por|ponha|poe me? em contato|contacto|ligacao",
      // "um colega vosso pode analisar o meu processo?", "algum funcionário pode assumir o meu caso?"
      `pessoa|humano|atendente|agente|operador|operadora|alguem|consultor|consultora|responsavel|funcionario|funcionaria|colaborador|colaboradora|colega|colegas|gerente|supervisor|tecnico|especialista|gestor|gestora|ser_humano .. pode|podia|poderia|podem|poderiam|consegue .. me|o|a|isto|isso|este|esse? ${TAKE}`,
      `pode|podia|poderia|podem|poderiam .. alguem|algum|alguma|um_colega|uma_colega|uma_pessoa|um_humano|um_atendente|uma_atendente|um_funcionario|um_tecnico|um_responsavel|o_responsavel|um_gestor ... ${TAKE}`,
      "que .. alguem|uma_pessoa|um_humano|um_atendente|uma_atendente|um_colega|um_funcionario|um_tecnico|um_consultor|o_responsavel|o_gerente ... tratasse|trate|tratem|analise|analisasse|veja|visse|me_ligue|me_ligasse|me_contacte|me_contate|pegue|pegasse|assuma|assumisse|cuide|cuidasse|me_atenda|me_atendesse",
      // phone: "liga-me", "preciso de uma ligação", "é possível ser contactado por telefone?", "prefiro explicar por telefone"
      "liga me|pra_mim|para_mim", "liguem|ligue|ligar|telefonem|telefone|contactem|contatem|contacte|contate para mim|me", "me liga|ligue|liguem|telefona|telefonem|contacta|contactem|contata|contatem|chama|chamem",
      `${WANT} .. uma|um? ligacao|chamada|telefonema|contacto_telefonico|contato_telefonico|retorno_telefonico|call`, "ser contactado|contactada|contatado|contatada|ligado|atendido|atendida por|pelo|pela|por_um|por_uma|por_telefone|telefonicamente",
      "prefiro|preferia|preferiria|melhor|mais_facil|mais_simples .. explicar|falar|tratar|conversar|resolver|ver|contar|discutir ... telefone|telefonicamente|voz|pessoalmente|presencialmente|alguem|pessoa|humano|atendente",
      "de viva voz", "pessoalmente|presencialmente com .. alguem|pessoa|atendente|consultor",
      // "atendente por favor", "um humano, se faz favor"
      `${WHO} por_favor|porfavor|pf|pfv|pfvr|se_faz_favor|please|pls|ja|agora|urgente`, "um|uma humano|humana|atendente|operador|operadora|agente|consultor|consultora|pessoa obrigado|obrigada|ja|agora|se_faz_favor",
      // bot: "você é um bot? quero uma pessoa", "tem alguém lendo isso?"
      "robo|robot|bot|chatbot|maquina|ia|automatico|gravacao ... quero|qro|preciso|passem|exijo|falar|prefiro .. pessoa|humano|humana|alguem|atendente|operador|operadora|real|verdade|vdd|consultor",
      "voce|vc|e|es|sois|estou_falando_com|estou_a_falar_com|falo_com um|uma robo|robot|bot|chatbot|maquina|ia|humano|humana|pessoa_real|pessoa_de_verdade|ser_humano",
      "alguem|um_humano|uma_pessoa|um_atendente .. le|vai_ler|esta_lendo|esta_a_ler|lendo|ler .. isto|isso|mensagem|mensagens",
      "tem|ha|existe alguem|algum_humano|alguma_pessoa|uma_pessoa|um_humano|um_atendente ai|real|de_verdade|para_me_atender|que_me_atenda|disponivel|online|on_line",
      "alguem|pessoa|humano de|d verdade|vdd|verdad", "carne e osso", "alguem real|que_entenda|que_perceba|que_saiba|competente|do_departamento|do_setor|do_suporte",
      ...EMBEDDED,
    ],
    bereavement: [
      "faleceu", "faleceram", "morreu", "falecimento", "obito",
      "certidao de obito", "funeral", "velorio", "enterro", "cremacao", "luto", "viuvo|viuva", "heranca", "herdeiro*", "habilitacao de herdeiros", "inventario",
      "testamento", "cabeca de casal", "espolio", "partiu .. para_sempre", "perdi o meu|a_minha|meu|minha", "eutanasia|sacrificar",
    ],
    illness: [
      "pediatria",
      "quimio*", "radioterapia", "dialise|hemodialise", "internado|internada", "no hospital", "hospitalizado|hospitalizada", "urgencias", "pronto socorro", "uti", "cuidados intensivos",
      "doenca grave|cronica", ["doenca", 0.6], "muito doente", "gravemente doente", "cancro", "cancer", "tumor*", "enfarte", "infarto", "avc", "derrame",
      "baixa medica", "estou|esta de baixa", "atestado medico", "licenca medica", "saude mental", "depressao", "operado|operada", "cirurgia", "acidente de carro|viacao|transito",
      "cuidados paliativos", "diagnosticado|diagnosticada", "esclerose", "alzheimer", "demencia",
    ],
    hardship: [
      "nao consigo com .. contas|pagamentos|despesas",
      "nao podemos|conseguimos pagar",
      "nao consigo pagar", "nao posso pagar", "nao tenho como pagar", "nao tenho dinheiro", "sem dinheiro", "nao chega ao fim do mes", "nao chego ao fim do mes",
      "teso|tesa", "liso|lisa", "duro .. dinheiro", "perdi o emprego|trabalho|meu_emprego", "fiquei desempregad*", "desempregad*", "despedido|despedida", "demitido|demitida",
      "lay off|layoff", "fundo de desemprego", "subsidio de desemprego", "seguro desemprego", "rendimento social", "bolsa familia", ["auxilio", 0.5], "pensao .. baixa|pequena|nao_chega",
      "pagamentos em atraso", "contas atrasadas|em_atraso", ["em atraso", 0.6], "incumprimento", "inadimplen*", "adiar .. pagamento|fatura|prestacao", ["pagar em prestacoes", 0.6],
      ["plano de pagamento*|prestacoes", 0.6], ["parcelar|parcelamento", 0.6], "mais tempo para pagar", "despejo", "despejad*", "cortar .. luz|gas|agua|eletricidade",
      "corte de luz|gas|agua|eletricidade", "dificuldades financeiras|economicas", "aperto financeiro", "apertad* .. dinheiro", "endividad*", "dividas", "tarifa social",
    ],
    debtCollection: ["agencia de cobrancas", ["cobrancas", 0.5], "cobrador", "empresa de recuperacao", "recuperacao de credito|creditos", "nome sujo", "negativad*", "spc", "penhora", "execucao fiscal", "injuncao", ["solicitador", 0.7]],
    fraud: [
      ["em meu nome|no_meu_nome", 0.6], "nunca fui .. cliente",
      "fingir ser|fingindo_ser|se_fazendo_passar|fazendo_se_passar", "dei o|a|os|as|meu|minha .. codigo|codigos|pin|senha|password|dados", "nunca funcionou",
      "que eu nao fiz|autorizei|reconheco", "que nao fiz|autorizei", "nao fui eu",
      "alguem usou|utilizou .. cartao|conta|dados", "usaram o meu|meu cartao", "movimento* .. desconhecido*|nao_reconheco", "nao reconheco", "compra* que nao fiz",
      "nao fiz .. compra|pagamento|transferencia|isto|isso", "nao autorizei", "sem a minha|minha autorizacao|consentimento|permissao", "burla*", "burlad*", "golpe*", "golpista*",
      "enganad*", "vigaris*", "fraude*", "roubo de identidade", "clonad*", "cartao clonado", "hackead*", "phishing", "sms falso", "email falso", "falso funcionario|tecnico|banco",
      "cliquei .. link", "dei os meus|meus dados|codigos", "mbway .. burla|golpe|desconhecido", "pix .. golpe|fraude|desconhecido", "roubaram",
    ],
    dispute: [
      ["aumentaram o preco|a_tarifa|os_precos", 0.5], "sem avisar|aviso .. aumentaram|mudaram", "aumentaram .. sem avisar|aviso", "nao concordo",
      "cobrado|cobraram|debitado|debitaram .. duas vezes|em_duplicado|a_dobrar|a_mais", "cobranca duplicada|indevida", "debito duplicado|indevido", "cobranca a mais",
      "fatura .. errada|incorreta|abusiva|inflacionada", "valor .. errado|incorreto|indevido", "quero .. reembolso|devolucao|meu_dinheiro|o_meu_dinheiro", "devolvam .. dinheiro",
      "exijo .. reembolso|devolucao", "nunca pedi|encomendei|contratei", "nao encomendei|contratei|pedi", "depois de cancelar", "apesar de ter cancelado",
      "continuam a cobrar", "continuam cobrando", "paguei .. nao_recebi|mas_nao", "nao recebi .. paguei", ["estorno", 0.5], "contestar|contesto|contestacao",
      "indemnizacao|indenizacao", "compensacao", "abusivo|abusiva", "indevid*",
    ],
    complaint: ["fazer uma reclamacao", "apresentar reclamacao|queixa", "reclamacao formal", "livro de reclamacoes", "livro amarelo", "quero reclamar", "queixa formal", "apresentar queixa"],
    legalThreat: [
      "deco proteste", "proteste", "portal da queixa", "reclame aqui", "procon", "consumidor gov", "erse", "anacom", "asae", "cnpd", "banco de portugal",
      "bacen", "banco central", "anatel", "aneel", "julgado de paz", "centro de arbitragem", "tribunal", "juizado", "pequenas causas", "advogado|advogada", "processar vos|a_empresa|voces",
      "acao judicial", "policia", "psp", "gnr", "queixa na policia", "meus direitos", "direitos do consumidor", "codigo de defesa do consumidor", "via judicial",
    ],
    leavingUnhappy: ["nunca mais", "vou para a concorrencia", "mudar de operador|operadora|banco|fornecedor .. farto|farta|cansad*", "perderam um cliente", "acabou .. convosco|com_voces"],
    leaving: ["cancelar .. contrato|assinatura|subscricao|conta", "rescindir|rescisao", "denunciar o contrato", "mudar de operador|operadora|fornecedor|banco", "portabilidade"],
    dissatisfaction: [
      "servico|atendimento .. pessimo|pessima|horrivel|mau|uma_vergonha|vergonhoso|lamentavel",
      "nao estou satisfeit*", "insatisfeit*", "descontente", "muito desiludid*", "desiludid*", "decepcionad*", "decepcao", "pessimo servico|atendimento", "servico pessimo",
      "atendimento .. pessimo|horrivel|vergonhoso", "estao a gozar", "gozar comigo", "palhacada", "sempre a mesma coisa", ["outra vez|de_novo", 0.4], "cada vez pior", "estou farto|farta",
      "estou cansado|cansada de", "nao aguento mais", "nao e justo",
    ],
    anger: [
      "furios*", "revoltad*", "indignad*", "zangad*", ["chatead*|irritad*", 0.7], ["puto|puta", 0.6], "uma vergonha", "vergonhoso|vergonhosa", "escandal*", "inaceitavel", "intoleravel",
      "absurdo|absurda", "ridiculo|ridicula", "ladroes", "caloteiros", "bandidos", "merda", "caralho", "porra", "exijo", "imediatamente", "incompetentes", "falta de respeito",
    ],
    distress: [
      ["nao percebo|entendo", 0.5],
      "preocupad*", "muito preocupad*", "angustiad*", "angustia", "desesperad*", "desespero", "nao sei o que fazer", "nao sei a quem recorrer", "ajudem me", "me ajudem",
      "socorro", "por favor ajudem", "tenho medo", "medo", "assustad*", "panico", "ansios*", "ansiedade", "stressad*|estressad*", "a chorar", "chorando", "choro",
      "nao consigo dormir", "sem dormir", "no limite", "nao aguento", "deprimid*", "destrocad*", "arrasad*", "suicid*", "tirar a minha vida",
    ],
    vulnerability: [
      ["sozinha|sozinho com .. filhos|criancas", 0.6], ["separacao|divorcio", 0.6],
      ["cadeira de rodas", 0.4], "deficiencia", ["deficiente", 0.8], "invisual", "cego|cega", "surdo|surda", "mobilidade reduzida", ["idoso|idosa|idosos|idosas", 0.6], ["reformad*", 0.5], ["aposentad*", 0.6], "terceira idade",
      "vivo sozinh*", "mae solteira", "familia monoparental", ["bebe", 0.4], "recem_nascido|recem_nascida", "gravida", "violencia domestica", "acompanhante legal", "curador",
    ],
    failure: [
      "cortaram|cortada|cortado .. luz|gas|agua",
      ["terceira|quarta|quinta vez que", 0.7],
      "ainda nao|continuo_sem|continua_sem .. recebi|recebido|resolvido|chegou|reparado", "continuo sem", ["ainda nao", 0.6], "nunca chegou", "nao chegou", "encomenda .. perdida|desaparecida|extraviada",
      "sem resposta", "ninguem .. responde|atende|liga|ajuda|resolve", "ja liguei .. vezes", "varias vezes", "mil vezes", "muitas vezes", "ha semanas", "ha meses",
      "sem luz|internet|gas|agua|aquecimento", "avaria", "avariado|avariada", "nao funciona", "continua sem funcionar", "defeituos*", "estragad*", "danificad*", "veio|chegou|esta partido|partida|quebrado|quebrada",
      "produto errado", "tamanho errado", "cancelaram", "foi cancelado|cancelada", ["atraso|atrasad*", 0.5], "desligaram a chamada", "desligaram me",
    ],
    weakNegative: ["horrivel", "pessimo", "terrivel", "chato|chata", "um saco", "pesadelo", "desastre", "uma porcaria", "porcaria"],
    calmCue: ["nao e uma|nenhuma reclamacao|queixa", "sem pressa", "nao ha pressa", "nao tem pressa", "por curiosidade", "nada de grave", "kkk*", "rsrs*", "ahah*", "haha*"],
    infoQuestion: ["gostaria de saber", "queria saber", "uma duvida", "uma pergunta", "como posso|faco|mudo|altero", "quando chega", "onde posso"],
  },
  suppressors: {
    // Past contact, a contact person, a spouse calling, phone hours, not being called: no request for a person now.
    personRequest: [
      `falei|falamos|conversei|conversamos|liguei|ligamos|contactei|contatei|fui_atendido|fui_atendida|me_atendeu|me_atenderam .. com|por|pelo|pela|a|o|ao|um|uma .. ${WHO}|${DESK}`,
      `${WHO} .. me|nos|ja? ligou|ligaram|atendeu|ajudou|ajudaram|disse|explicou|resolveu|resolveram|respondeu|tratou|enviou|mandou|contactou|contatou|foi|esteve|telefonou`,
      "ja me|nos ligaram|ligou|contactaram|contataram|atenderam|telefonaram",
      "nao me liguem|ligue|ligar|liga|contactem|contatem|telefonem|chamem", "nao precisa|precisam|e_preciso|e_necessario .. ligar|ligarem|contactar|telefonar|ligacao",
      "pessoa|pessoas de contacto|contato|referencia", "meu|minha|o|a|nosso|nossa contacto|contato|gestor|gestora|consultor|consultora|gerente ... mudou|mudar|alterar|alterou|atualizar|atualizo|novo|nova|habitual",
      "assistente|assistentes virtual|virtuais|digital|automatico|de_voz|pessoal",
      "operador|operadora de|do telemovel|celular|telefone|rede|telecomunicacoes|internet|turismo|logistica",
      "quanto|taxa|preco|custo|honorarios|consulta|comissao|tarifa ... consultor|consultora|veterinario|veterinaria|agente|especialista|tecnico",
      "horario|horarios|hora|horas .. atendimento|apoio|telefonico|telefonica|linha|call_center",
      "marido|esposo|esposa|mulher|companheiro|companheira|filho|filha|mae|pai .. pode|podia|poderia|podem ... ligar|telefonar|falar|contactar|contatar|tratar",
      ...EMBEDDED_SUPPRESSED,
    ],
    fraud: ["pode|podia|poderia|podem .. ligar|falar|tratar|contactar|contatar|assinar .. em_meu_nome|no_meu_nome|por_mim"],
    complaint: ["nao e uma|nenhuma reclamacao|queixa"],
    bereavement: ["morreu|morto|morta .. o|a|meu|minha telemovel|celular|bateria|portatil|computador|router|ecra|tela|carregador", "telemovel|celular|bateria|portatil|computador|router|ecra|tela|app .. morreu|morto|morta", "morto de rir", "morta de rir", "acabou a bateria"],
    distress: ["serie|filme|livro|episodio|temporada ... chorei|chorar|chorando", "serie|filme|livro|episodio|temporada ... triste|chorei|chorar", "cao|cachorro|cadela|gato|gata|cachorrinho|gatinho|animal ... medo|assustad*|stress*|panico|ansios*", "medo de errar"],
    // "processar o pagamento" is processing a payment, not suing.
    legalThreat: ["processar|processando|processado|processada .. pagamento|pedido|encomenda|reembolso|devolucao|transferencia|dados"],
    failure: ["cancelado|cancelada|cancelaram|atrasado|atrasada|atraso .. por|devido|causa .. tempo|mau_tempo|tempestade|neve|nevoeiro|greve"],
  },
};
