// The widget's texts in the twelve languages Tandem supports. Short on purpose:
// every string ships in the widget bundle, which has a 50 KB budget.

export interface Texts {
  chat: string; // panel title
  open: string;
  close: string;
  intro: string;
  label: string; // accessible name of the text box
  placeholder: string;
  send: string;
  person: string; // the "Talk to a person" button
  askPerson: string; // sent for the customer when they press it before writing
  answering: string;
  assistant: string;
  personNamed: string; // {name}
  aPerson: string;
  waiting: string;
  waitingNote: string;
  resolved: string;
  you: string;
  sources: string;
  sending: string;
  writing: string; // under an answer still being written (a checked draft)
  failed: string;
  retry: string;
  offline: string;
  rate: string;
  stars: string; // {n}
  comment: string;
  sendRating: string;
  thanks: string;
  restart: string;
  unread: string;
  // Honest wait and callbacks, when nobody or few are online.
  leave: string;
  leaveHint: string;
  callMe: string;
  cbHow: string;
  cbPhone: string;
  cbEmail: string;
  cbPhoneLabel: string;
  cbEmailLabel: string;
  cbNote: string;
  cbSend: string;
  cbInvalid: string;
  cbDone: string; // {due}
  cancel: string;
}

type Lang = "en" | "sv" | "de" | "fr" | "es" | "nl" | "pl" | "it" | "fi" | "da" | "no" | "pt";

const TEXTS: Record<Lang, Texts> = {
  en: {
    chat: "Customer service", open: "Open chat", close: "Close chat",
    intro: "Hi! Our assistant answers from our help articles. A person is always one click away.",
    label: "Your message", placeholder: "Type your question…", send: "Send", person: "Talk to a person",
    askPerson: "I would like to talk to a person.", answering: "Answering:", assistant: "Assistant",
    personNamed: "A person ({name})", aPerson: "A person", waiting: "Waiting for a person",
    waitingNote: "A person will join as soon as possible. You can keep writing here.",
    resolved: "Conversation closed", you: "You", sources: "Sources", sending: "Sending…", writing: "Writing…",
    failed: "Not sent.", retry: "Retry", offline: "Reconnecting…", rate: "How did we do?",
    stars: "{n} of 5", comment: "Comment (optional)", sendRating: "Send rating",
    thanks: "Thank you for your feedback!", restart: "Start a new conversation", unread: "New message",
    leave: "Leave a message",
    leaveHint: "Write your message below. A person will read it and answer here as soon as someone is back.",
    callMe: "Ask for a call back", cbHow: "How should we contact you?", cbPhone: "Phone", cbEmail: "E-mail",
    cbPhoneLabel: "Your phone number", cbEmailLabel: "Your e-mail address",
    cbNote: "Anything we should know? (optional)", cbSend: "Request call back",
    cbInvalid: "Please check the phone number or e-mail address.", cbDone: "Thank you! We will contact you by {due}.",
    cancel: "Cancel",
  },
  sv: {
    chat: "Kundtjänst", open: "Öppna chatten", close: "Stäng chatten",
    intro: "Hej! Vår assistent svarar utifrån våra hjälpartiklar. En människa är alltid ett klick bort.",
    label: "Ditt meddelande", placeholder: "Skriv din fråga…", send: "Skicka", person: "Prata med en människa",
    askPerson: "Jag vill prata med en människa.", answering: "Svarar:", assistant: "Assistent",
    personNamed: "En människa ({name})", aPerson: "En människa", waiting: "Väntar på en människa",
    waitingNote: "En människa tar över så snart som möjligt. Du kan fortsätta skriva här.",
    resolved: "Konversationen är avslutad", you: "Du", sources: "Källor", sending: "Skickar…", writing: "Skriver…",
    failed: "Inte skickat.", retry: "Försök igen", offline: "Återansluter…", rate: "Hur gick det?",
    stars: "{n} av 5", comment: "Kommentar (valfritt)", sendRating: "Skicka betyg",
    thanks: "Tack för din återkoppling!", restart: "Starta en ny konversation", unread: "Nytt meddelande",
    leave: "Lämna ett meddelande",
    leaveHint: "Skriv ditt meddelande nedan. En människa läser det och svarar här så snart någon är tillbaka.",
    callMe: "Be om att bli kontaktad", cbHow: "Hur ska vi kontakta dig?", cbPhone: "Telefon", cbEmail: "E-post",
    cbPhoneLabel: "Ditt telefonnummer", cbEmailLabel: "Din e-postadress", cbNote: "Något vi bör veta? (valfritt)",
    cbSend: "Be om kontakt", cbInvalid: "Kontrollera telefonnumret eller e-postadressen.",
    cbDone: "Tack! Vi kontaktar dig senast {due}.", cancel: "Avbryt",
  },
  de: {
    chat: "Kundenservice", open: "Chat öffnen", close: "Chat schließen",
    intro: "Hallo! Unser Assistent antwortet auf Grundlage unserer Hilfeartikel. Ein Mensch ist immer nur einen Klick entfernt.",
    label: "Ihre Nachricht", placeholder: "Ihre Frage…", send: "Senden", person: "Mit einem Menschen sprechen",
    askPerson: "Ich möchte mit einem Menschen sprechen.", answering: "Es antwortet:", assistant: "Assistent",
    personNamed: "Ein Mensch ({name})", aPerson: "Ein Mensch", waiting: "Warten auf einen Menschen",
    waitingNote: "Ein Mensch übernimmt so bald wie möglich. Sie können hier weiterschreiben.",
    resolved: "Gespräch beendet", you: "Sie", sources: "Quellen", sending: "Wird gesendet…", writing: "Schreibt…",
    failed: "Nicht gesendet.", retry: "Erneut senden", offline: "Verbindung wird wiederhergestellt…",
    rate: "Wie zufrieden waren Sie?", stars: "{n} von 5", comment: "Kommentar (optional)",
    sendRating: "Bewertung senden", thanks: "Danke für Ihr Feedback!", restart: "Neues Gespräch beginnen", unread: "Neue Nachricht",
    leave: "Nachricht hinterlassen",
    leaveHint: "Schreiben Sie Ihre Nachricht unten. Ein Mensch liest sie und antwortet hier, sobald jemand wieder da ist.",
    callMe: "Rückruf anfordern", cbHow: "Wie sollen wir Sie erreichen?", cbPhone: "Telefon", cbEmail: "E-Mail",
    cbPhoneLabel: "Ihre Telefonnummer", cbEmailLabel: "Ihre E-Mail-Adresse",
    cbNote: "Was sollten wir wissen? (optional)", cbSend: "Anfrage senden",
    cbInvalid: "Bitte prüfen Sie die Telefonnummer oder E-Mail-Adresse.", cbDone: "Danke! Wir melden uns bis {due}.",
    cancel: "Abbrechen",
  },
  fr: {
    chat: "Service client", open: "Ouvrir le chat", close: "Fermer le chat",
    intro: "Bonjour ! Notre assistant répond à partir de nos articles d’aide. Une personne est toujours à un clic.",
    label: "Votre message", placeholder: "Posez votre question…", send: "Envoyer", person: "Parler à une personne",
    askPerson: "Je voudrais parler à une personne.", answering: "Répond :", assistant: "Assistant",
    personNamed: "Une personne ({name})", aPerson: "Une personne", waiting: "En attente d’une personne",
    waitingNote: "Une personne vous répondra dès que possible. Vous pouvez continuer à écrire ici.",
    resolved: "Conversation terminée", you: "Vous", sources: "Sources", sending: "Envoi…", writing: "Rédaction…",
    failed: "Non envoyé.", retry: "Réessayer", offline: "Reconnexion…", rate: "Votre avis ?",
    stars: "{n} sur 5", comment: "Commentaire (facultatif)", sendRating: "Envoyer la note",
    thanks: "Merci pour votre avis !", restart: "Nouvelle conversation", unread: "Nouveau message",
    leave: "Laisser un message",
    leaveHint: "Écrivez votre message ci-dessous. Une personne le lira et vous répondra ici dès son retour.",
    callMe: "Demander à être rappelé", cbHow: "Comment vous contacter ?", cbPhone: "Téléphone", cbEmail: "E-mail",
    cbPhoneLabel: "Votre numéro de téléphone", cbEmailLabel: "Votre adresse e-mail",
    cbNote: "Quelque chose à nous dire ? (facultatif)", cbSend: "Demander un rappel",
    cbInvalid: "Vérifiez le numéro de téléphone ou l’adresse e-mail.",
    cbDone: "Merci ! Nous vous contacterons d’ici {due}.", cancel: "Annuler",
  },
  es: {
    chat: "Atención al cliente", open: "Abrir el chat", close: "Cerrar el chat",
    intro: "¡Hola! Nuestro asistente responde con nuestros artículos de ayuda. Una persona está siempre a un clic.",
    label: "Tu mensaje", placeholder: "Escribe tu pregunta…", send: "Enviar", person: "Hablar con una persona",
    askPerson: "Quiero hablar con una persona.", answering: "Responde:", assistant: "Asistente",
    personNamed: "Una persona ({name})", aPerson: "Una persona", waiting: "Esperando a una persona",
    waitingNote: "Una persona te atenderá lo antes posible. Puedes seguir escribiendo aquí.",
    resolved: "Conversación cerrada", you: "Tú", sources: "Fuentes", sending: "Enviando…", writing: "Escribiendo…",
    failed: "No enviado.", retry: "Reintentar", offline: "Reconectando…", rate: "¿Qué tal lo hicimos?",
    stars: "{n} de 5", comment: "Comentario (opcional)", sendRating: "Enviar valoración",
    thanks: "¡Gracias por tu opinión!", restart: "Empezar una nueva conversación", unread: "Mensaje nuevo",
    leave: "Dejar un mensaje",
    leaveHint: "Escribe tu mensaje abajo. Una persona lo leerá y te responderá aquí en cuanto vuelva alguien.",
    callMe: "Pedir que te llamemos", cbHow: "¿Cómo te contactamos?", cbPhone: "Teléfono",
    cbEmail: "Correo electrónico", cbPhoneLabel: "Tu número de teléfono", cbEmailLabel: "Tu correo electrónico",
    cbNote: "¿Algo que debamos saber? (opcional)", cbSend: "Solicitar contacto",
    cbInvalid: "Revisa el número de teléfono o el correo electrónico.",
    cbDone: "¡Gracias! Te contactaremos antes de {due}.", cancel: "Cancelar",
  },
  nl: {
    chat: "Klantenservice", open: "Chat openen", close: "Chat sluiten",
    intro: "Hallo! Onze assistent antwoordt op basis van onze hulpartikelen. Een mens is altijd één klik verwijderd.",
    label: "Je bericht", placeholder: "Typ je vraag…", send: "Versturen", person: "Praat met een mens",
    askPerson: "Ik wil graag met een mens praten.", answering: "Antwoordt:", assistant: "Assistent",
    personNamed: "Een mens ({name})", aPerson: "Een mens", waiting: "Wachten op een mens",
    waitingNote: "Een mens neemt het zo snel mogelijk over. Je kunt hier verder schrijven.",
    resolved: "Gesprek afgesloten", you: "Jij", sources: "Bronnen", sending: "Versturen…", writing: "Schrijft…",
    failed: "Niet verstuurd.", retry: "Opnieuw", offline: "Opnieuw verbinden…", rate: "Hoe hebben we het gedaan?",
    stars: "{n} van 5", comment: "Opmerking (optioneel)", sendRating: "Beoordeling versturen",
    thanks: "Bedankt voor je feedback!", restart: "Nieuw gesprek starten", unread: "Nieuw bericht",
    leave: "Laat een bericht achter",
    leaveHint: "Schrijf je bericht hieronder. Een mens leest het en antwoordt hier zodra er iemand terug is.",
    callMe: "Vraag om teruggebeld te worden", cbHow: "Hoe kunnen we je bereiken?", cbPhone: "Telefoon",
    cbEmail: "E-mail", cbPhoneLabel: "Je telefoonnummer", cbEmailLabel: "Je e-mailadres",
    cbNote: "Iets wat we moeten weten? (optioneel)", cbSend: "Terugbelverzoek versturen",
    cbInvalid: "Controleer het telefoonnummer of e-mailadres.",
    cbDone: "Bedankt! We nemen uiterlijk {due} contact op.", cancel: "Annuleren",
  },
  pl: {
    chat: "Obsługa klienta", open: "Otwórz czat", close: "Zamknij czat",
    intro: "Cześć! Nasz asystent odpowiada na podstawie naszych artykułów pomocy. Człowiek jest zawsze o jedno kliknięcie.",
    label: "Twoja wiadomość", placeholder: "Wpisz pytanie…", send: "Wyślij", person: "Porozmawiaj z człowiekiem",
    askPerson: "Chcę porozmawiać z człowiekiem.", answering: "Odpowiada:", assistant: "Asystent",
    personNamed: "Człowiek ({name})", aPerson: "Człowiek", waiting: "Czekamy na człowieka",
    waitingNote: "Człowiek dołączy najszybciej, jak to możliwe. Możesz dalej pisać tutaj.",
    resolved: "Rozmowa zakończona", you: "Ty", sources: "Źródła", sending: "Wysyłanie…", writing: "Pisze…",
    failed: "Nie wysłano.", retry: "Ponów", offline: "Ponowne łączenie…", rate: "Jak nam poszło?",
    stars: "{n} z 5", comment: "Komentarz (opcjonalnie)", sendRating: "Wyślij ocenę",
    thanks: "Dziękujemy za opinię!", restart: "Rozpocznij nową rozmowę", unread: "Nowa wiadomość",
    leave: "Zostaw wiadomość",
    leaveHint: "Napisz wiadomość poniżej. Człowiek ją przeczyta i odpowie tutaj, gdy tylko ktoś wróci.",
    callMe: "Poproś o kontakt zwrotny", cbHow: "Jak mamy się z Tobą skontaktować?", cbPhone: "Telefon",
    cbEmail: "E-mail", cbPhoneLabel: "Twój numer telefonu", cbEmailLabel: "Twój adres e-mail",
    cbNote: "Coś, o czym powinniśmy wiedzieć? (opcjonalnie)", cbSend: "Poproś o kontakt",
    cbInvalid: "Sprawdź numer telefonu lub adres e-mail.", cbDone: "Dziękujemy! Skontaktujemy się do {due}.",
    cancel: "Anuluj",
  },
  it: {
    chat: "Servizio clienti", open: "Apri la chat", close: "Chiudi la chat",
    intro: "Ciao! Il nostro assistente risponde con i nostri articoli di aiuto. Una persona è sempre a un clic.",
    label: "Il tuo messaggio", placeholder: "Scrivi la tua domanda…", send: "Invia", person: "Parla con una persona",
    askPerson: "Vorrei parlare con una persona.", answering: "Risponde:", assistant: "Assistente",
    personNamed: "Una persona ({name})", aPerson: "Una persona", waiting: "In attesa di una persona",
    waitingNote: "Una persona ti risponderà il prima possibile. Puoi continuare a scrivere qui.",
    resolved: "Conversazione chiusa", you: "Tu", sources: "Fonti", sending: "Invio…", writing: "Sta scrivendo…",
    failed: "Non inviato.", retry: "Riprova", offline: "Riconnessione…", rate: "Come siamo andati?",
    stars: "{n} su 5", comment: "Commento (facoltativo)", sendRating: "Invia valutazione",
    thanks: "Grazie per il tuo parere!", restart: "Inizia una nuova conversazione", unread: "Nuovo messaggio",
    leave: "Lascia un messaggio",
    leaveHint: "Scrivi il tuo messaggio qui sotto. Una persona lo leggerà e ti risponderà qui appena qualcuno sarà di nuovo disponibile.",
    callMe: "Chiedi di essere richiamato", cbHow: "Come possiamo contattarti?", cbPhone: "Telefono",
    cbEmail: "E-mail", cbPhoneLabel: "Il tuo numero di telefono", cbEmailLabel: "Il tuo indirizzo e-mail",
    cbNote: "Qualcosa che dovremmo sapere? (facoltativo)", cbSend: "Richiedi contatto",
    cbInvalid: "Controlla il numero di telefono o l’indirizzo e-mail.",
    cbDone: "Grazie! Ti contatteremo entro {due}.", cancel: "Annulla",
  },
  fi: {
    chat: "Asiakaspalvelu", open: "Avaa chat", close: "Sulje chat",
    intro: "Hei! Avustajamme vastaa ohjeartikkeliemme pohjalta. Ihminen on aina yhden klikkauksen päässä.",
    label: "Viestisi", placeholder: "Kirjoita kysymyksesi…", send: "Lähetä", person: "Puhu ihmisen kanssa",
    askPerson: "Haluan puhua ihmisen kanssa.", answering: "Vastaa:", assistant: "Avustaja",
    personNamed: "Ihminen ({name})", aPerson: "Ihminen", waiting: "Odotetaan ihmistä",
    waitingNote: "Ihminen vastaa mahdollisimman pian. Voit jatkaa kirjoittamista tähän.",
    resolved: "Keskustelu päättyi", you: "Sinä", sources: "Lähteet", sending: "Lähetetään…", writing: "Kirjoittaa…",
    failed: "Ei lähetetty.", retry: "Yritä uudelleen", offline: "Yhdistetään uudelleen…", rate: "Miten onnistuimme?",
    stars: "{n}/5", comment: "Kommentti (valinnainen)", sendRating: "Lähetä arvio",
    thanks: "Kiitos palautteestasi!", restart: "Aloita uusi keskustelu", unread: "Uusi viesti",
    leave: "Jätä viesti",
    leaveHint: "Kirjoita viestisi alle. Ihminen lukee sen ja vastaa tähän heti, kun joku on taas paikalla.",
    callMe: "Pyydä yhteydenottoa", cbHow: "Miten otamme sinuun yhteyttä?", cbPhone: "Puhelin", cbEmail: "Sähköposti",
    cbPhoneLabel: "Puhelinnumerosi", cbEmailLabel: "Sähköpostiosoitteesi",
    cbNote: "Jotain, mitä meidän pitäisi tietää? (valinnainen)", cbSend: "Pyydä yhteydenottoa",
    cbInvalid: "Tarkista puhelinnumero tai sähköpostiosoite.", cbDone: "Kiitos! Otamme yhteyttä viimeistään {due}.",
    cancel: "Peruuta",
  },
  da: {
    chat: "Kundeservice", open: "Åbn chatten", close: "Luk chatten",
    intro: "Hej! Vores assistent svarer ud fra vores hjælpeartikler. Et menneske er altid kun et klik væk.",
    label: "Din besked", placeholder: "Skriv dit spørgsmål…", send: "Send", person: "Tal med et menneske",
    askPerson: "Jeg vil gerne tale med et menneske.", answering: "Svarer:", assistant: "Assistent",
    personNamed: "Et menneske ({name})", aPerson: "Et menneske", waiting: "Venter på et menneske",
    waitingNote: "Et menneske tager over så hurtigt som muligt. Du kan skrive videre her.",
    resolved: "Samtalen er afsluttet", you: "Dig", sources: "Kilder", sending: "Sender…", writing: "Skriver…",
    failed: "Ikke sendt.", retry: "Prøv igen", offline: "Genopretter forbindelsen…", rate: "Hvordan gik det?",
    stars: "{n} af 5", comment: "Kommentar (valgfri)", sendRating: "Send bedømmelse",
    thanks: "Tak for din feedback!", restart: "Start en ny samtale", unread: "Ny besked",
    leave: "Læg en besked",
    leaveHint: "Skriv din besked herunder. Et menneske læser den og svarer her, så snart nogen er tilbage.",
    callMe: "Bed om at blive kontaktet", cbHow: "Hvordan skal vi kontakte dig?", cbPhone: "Telefon",
    cbEmail: "E-mail", cbPhoneLabel: "Dit telefonnummer", cbEmailLabel: "Din e-mailadresse",
    cbNote: "Noget vi bør vide? (valgfrit)", cbSend: "Bed om kontakt",
    cbInvalid: "Tjek telefonnummeret eller e-mailadressen.", cbDone: "Tak! Vi kontakter dig senest {due}.",
    cancel: "Annuller",
  },
  no: {
    chat: "Kundeservice", open: "Åpne chatten", close: "Lukk chatten",
    intro: "Hei! Assistenten vår svarer ut fra hjelpeartiklene våre. Et menneske er alltid bare et klikk unna.",
    label: "Meldingen din", placeholder: "Skriv spørsmålet ditt…", send: "Send", person: "Snakk med et menneske",
    askPerson: "Jeg vil snakke med et menneske.", answering: "Svarer:", assistant: "Assistent",
    personNamed: "Et menneske ({name})", aPerson: "Et menneske", waiting: "Venter på et menneske",
    waitingNote: "Et menneske tar over så snart som mulig. Du kan fortsette å skrive her.",
    resolved: "Samtalen er avsluttet", you: "Du", sources: "Kilder", sending: "Sender…", writing: "Skriver…",
    failed: "Ikke sendt.", retry: "Prøv igjen", offline: "Kobler til på nytt…", rate: "Hvordan gikk det?",
    stars: "{n} av 5", comment: "Kommentar (valgfritt)", sendRating: "Send vurdering",
    thanks: "Takk for tilbakemeldingen!", restart: "Start en ny samtale", unread: "Ny melding",
    leave: "Legg igjen en melding",
    leaveHint: "Skriv meldingen din nedenfor. Et menneske leser den og svarer her så snart noen er tilbake.",
    callMe: "Be om å bli kontaktet", cbHow: "Hvordan skal vi kontakte deg?", cbPhone: "Telefon", cbEmail: "E-post",
    cbPhoneLabel: "Telefonnummeret ditt", cbEmailLabel: "E-postadressen din", cbNote: "Noe vi bør vite? (valgfritt)",
    cbSend: "Be om kontakt", cbInvalid: "Sjekk telefonnummeret eller e-postadressen.",
    cbDone: "Takk! Vi kontakter deg innen {due}.", cancel: "Avbryt",
  },
  pt: {
    chat: "Apoio ao cliente", open: "Abrir o chat", close: "Fechar o chat",
    intro: "Olá! O nosso assistente responde com base nos nossos artigos de ajuda. Uma pessoa está sempre a um clique.",
    label: "A sua mensagem", placeholder: "Escreva a sua pergunta…", send: "Enviar", person: "Falar com uma pessoa",
    askPerson: "Quero falar com uma pessoa.", answering: "Responde:", assistant: "Assistente",
    personNamed: "Uma pessoa ({name})", aPerson: "Uma pessoa", waiting: "À espera de uma pessoa",
    waitingNote: "Uma pessoa vai responder assim que possível. Pode continuar a escrever aqui.",
    resolved: "Conversa encerrada", you: "Você", sources: "Fontes", sending: "A enviar…", writing: "A escrever…",
    failed: "Não enviado.", retry: "Tentar de novo", offline: "A restabelecer a ligação…", rate: "Como correu?",
    stars: "{n} de 5", comment: "Comentário (opcional)", sendRating: "Enviar avaliação",
    thanks: "Obrigado pela sua opinião!", restart: "Iniciar nova conversa", unread: "Nova mensagem",
    leave: "Deixar uma mensagem",
    leaveHint: "Escreva a sua mensagem abaixo. Uma pessoa vai lê-la e responder aqui assim que alguém voltar.",
    callMe: "Pedir que o contactem", cbHow: "Como devemos contactá-lo?", cbPhone: "Telefone", cbEmail: "E-mail",
    cbPhoneLabel: "O seu número de telefone", cbEmailLabel: "O seu endereço de e-mail",
    cbNote: "Algo que devamos saber? (opcional)", cbSend: "Pedir contacto",
    cbInvalid: "Verifique o número de telefone ou o endereço de e-mail.",
    cbDone: "Obrigado! Vamos contactá-lo até {due}.", cancel: "Cancelar",
  },
};

/** "sv-SE" → "sv", "nb" → "no"; anything we do not speak falls back to English. */
export function pickLanguage(tags: readonly string[]): Lang {
  for (const tag of tags) {
    const primary = tag.toLowerCase().split(/[-_]/)[0] ?? "";
    const code = primary === "nb" || primary === "nn" ? "no" : primary;
    if (code in TEXTS) return code as Lang;
  }
  return "en";
}

export function textsFor(lang: string): Texts {
  return TEXTS[lang as Lang] ?? TEXTS.en;
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));
}
