import { normaliseLanguage, type SupportedLanguage } from "../languages.ts";

/**
 * What the desk itself says to a customer, in their language. Short, honest, and never a
 * promise about amounts or outcomes: those only come from the firm's articles or a person.
 */
type Texts = Record<"handedOver" | "askedForPerson" | "didNotHelp" | "greeting" | "welcome" | "reopened" | "nobodyOnline" | "callbackConfirmed" | "waitAbout" | "teamHours", string>;

const TEXTS: Record<SupportedLanguage, Texts> = {
  en: {
    handedOver: "I'm passing this to a person on our team. They will reply here, and you won't need to repeat anything.",
    askedForPerson: "Of course. A person from our team will take over here; they can see everything you've written.",
    didNotHelp: "Sorry that didn't help. Could you say it another way? You can also talk to a person at any time.",
    greeting: "Hello! What can I help you with? You can also talk to a person at any time.",
    welcome: "You're welcome! Is there anything else I can help with?",
    reopened: "Welcome back. Let's pick this up again.",
    nobodyOnline:
      "Nobody from our team is online right now. You can leave a message here, or ask us to call or e-mail you back; a person will pick this up as soon as someone is back.",
    callbackConfirmed: "Thank you. We have your request for a call back at {contact}; a person from our team will contact you.",
    waitAbout: "A person will be with you in about {minutes} min.",
    teamHours: "Our team is usually here: {hours}.",
  },
  sv: {
    handedOver: "Jag lämnar över till en person i vårt team. De svarar här, och du behöver inte upprepa något.",
    askedForPerson: "Självklart. En person från vårt team tar över här och kan se allt du har skrivit.",
    didNotHelp: "Förlåt att det inte hjälpte. Kan du säga det på ett annat sätt? Du kan också prata med en person när som helst.",
    greeting: "Hej! Vad kan jag hjälpa dig med? Du kan också prata med en person när som helst.",
    welcome: "Varsågod! Är det något mer jag kan hjälpa till med?",
    reopened: "Välkommen tillbaka. Vi fortsätter här.",
    nobodyOnline:
      "Ingen i vårt team är inloggad just nu. Du kan lämna ett meddelande här eller be oss ringa eller mejla upp dig; en person tar hand om det så snart någon är tillbaka.",
    callbackConfirmed: "Tack. Vi har fått din begäran om att bli kontaktad på {contact}; en person från vårt team hör av sig.",
    waitAbout: "En person är hos dig om ungefär {minutes} min.",
    teamHours: "Vårt team finns vanligtvis här: {hours}.",
  },
  de: {
    handedOver: "Ich gebe das an einen Menschen aus unserem Team weiter. Die Antwort kommt hier, und Sie müssen nichts wiederholen.",
    askedForPerson: "Natürlich. Ein Mensch aus unserem Team übernimmt hier und sieht alles, was Sie geschrieben haben.",
    didNotHelp: "Das hat leider nicht geholfen. Können Sie es anders formulieren? Sie können auch jederzeit mit einem Menschen sprechen.",
    greeting: "Hallo! Wobei kann ich Ihnen helfen? Sie können auch jederzeit mit einem Menschen sprechen.",
    welcome: "Gern geschehen! Kann ich Ihnen noch bei etwas anderem helfen?",
    reopened: "Willkommen zurück. Machen wir hier weiter.",
    nobodyOnline:
      "Gerade ist niemand aus unserem Team online. Sie können hier eine Nachricht hinterlassen oder um einen Rückruf oder eine E-Mail bitten; ein Mensch kümmert sich darum, sobald jemand zurück ist.",
    callbackConfirmed: "Danke. Wir haben Ihre Rückrufbitte unter {contact} erhalten; ein Mensch aus unserem Team meldet sich bei Ihnen.",
    waitAbout: "Ein Mensch ist in etwa {minutes} Min. für Sie da.",
    teamHours: "Unser Team ist normalerweise da: {hours}.",
  },
  fr: {
    handedOver: "Je transmets votre demande à une personne de notre équipe. Elle vous répondra ici, sans que vous ayez à tout répéter.",
    askedForPerson: "Bien sûr. Une personne de notre équipe prend le relais ici et voit tout ce que vous avez écrit.",
    didNotHelp: "Désolé, cela ne vous a pas aidé. Pouvez-vous le dire autrement ? Vous pouvez aussi parler à une personne à tout moment.",
    greeting: "Bonjour ! Comment puis-je vous aider ? Vous pouvez aussi parler à une personne à tout moment.",
    welcome: "Je vous en prie ! Puis-je vous aider pour autre chose ?",
    reopened: "Bon retour. Reprenons ici.",
    nobodyOnline:
      "Personne de notre équipe n’est disponible pour le moment. Vous pouvez laisser un message ici ou demander à être rappelé ou recontacté par e-mail ; une personne s’en occupera dès son retour.",
    callbackConfirmed: "Merci. Nous avons bien reçu votre demande de rappel au {contact} ; une personne de notre équipe vous contactera.",
    waitAbout: "Une personne sera avec vous dans environ {minutes} min.",
    teamHours: "Notre équipe est habituellement là : {hours}.",
  },
  es: {
    handedOver: "Paso tu consulta a una persona de nuestro equipo. Te responderá aquí y no tendrás que repetir nada.",
    askedForPerson: "Por supuesto. Una persona de nuestro equipo te atenderá aquí y verá todo lo que has escrito.",
    didNotHelp: "Lo siento, eso no ha ayudado. ¿Puedes decirlo de otra manera? También puedes hablar con una persona en cualquier momento.",
    greeting: "¡Hola! ¿En qué puedo ayudarte? También puedes hablar con una persona en cualquier momento.",
    welcome: "¡De nada! ¿Puedo ayudarte en algo más?",
    reopened: "Hola de nuevo. Sigamos por aquí.",
    nobodyOnline:
      "Ahora mismo no hay nadie de nuestro equipo conectado. Puedes dejar un mensaje aquí o pedir que te llamemos o escribamos; una persona lo atenderá en cuanto alguien vuelva.",
    callbackConfirmed: "Gracias. Hemos recibido tu solicitud de contacto en {contact}; una persona de nuestro equipo se pondrá en contacto contigo.",
    waitAbout: "Una persona te atenderá en unos {minutes} min.",
    teamHours: "Nuestro equipo suele estar disponible: {hours}.",
  },
  nl: {
    handedOver: "Ik geef dit door aan een medewerker van ons team. Die antwoordt hier, en u hoeft niets te herhalen.",
    askedForPerson: "Natuurlijk. Een medewerker van ons team neemt het hier over en ziet alles wat u hebt geschreven.",
    didNotHelp: "Sorry dat dit niet hielp. Kunt u het anders zeggen? U kunt ook altijd met een medewerker praten.",
    greeting: "Hallo! Waarmee kan ik u helpen? U kunt ook altijd met een medewerker praten.",
    welcome: "Graag gedaan! Kan ik u nog ergens anders mee helpen?",
    reopened: "Welkom terug. We gaan hier verder.",
    nobodyOnline:
      "Er is op dit moment niemand van ons team online. U kunt hier een bericht achterlaten of vragen om teruggebeld of gemaild te worden; een medewerker pakt het op zodra er iemand terug is.",
    callbackConfirmed: "Dank u. We hebben uw verzoek om contact via {contact} ontvangen; een medewerker van ons team neemt contact met u op.",
    waitAbout: "Een medewerker is er over ongeveer {minutes} min. voor u.",
    teamHours: "Ons team is meestal bereikbaar: {hours}.",
  },
  pl: {
    handedOver: "Przekazuję sprawę osobie z naszego zespołu. Odpowie tutaj i nie będzie trzeba niczego powtarzać.",
    askedForPerson: "Oczywiście. Osoba z naszego zespołu przejmie rozmowę tutaj i zobaczy wszystko, co Pan/Pani napisał(a).",
    didNotHelp: "Przykro mi, że to nie pomogło. Czy może Pan/Pani ująć to inaczej? W każdej chwili można też porozmawiać z człowiekiem.",
    greeting: "Dzień dobry! W czym mogę pomóc? W każdej chwili można też porozmawiać z człowiekiem.",
    welcome: "Proszę bardzo! Czy mogę pomóc w czymś jeszcze?",
    reopened: "Witamy ponownie. Kontynuujmy tutaj.",
    nobodyOnline:
      "W tej chwili nikt z naszego zespołu nie jest dostępny. Można zostawić tu wiadomość albo poprosić o telefon lub e-mail; zajmie się tym osoba z zespołu, gdy tylko ktoś wróci.",
    callbackConfirmed: "Dziękujemy. Otrzymaliśmy prośbę o kontakt pod {contact}; osoba z naszego zespołu się odezwie.",
    waitAbout: "Osoba z zespołu odezwie się za około {minutes} min.",
    teamHours: "Nasz zespół jest zwykle dostępny: {hours}.",
  },
  it: {
    handedOver: "Passo la richiesta a una persona del nostro team. Ti risponderà qui e non dovrai ripetere nulla.",
    askedForPerson: "Certo. Una persona del nostro team prenderà in carico la conversazione qui e vedrà tutto ciò che hai scritto.",
    didNotHelp: "Mi dispiace che non sia stato utile. Puoi dirlo in un altro modo? Puoi anche parlare con una persona in qualsiasi momento.",
    greeting: "Ciao! Come posso aiutarti? Puoi anche parlare con una persona in qualsiasi momento.",
    welcome: "Prego! Posso aiutarti con qualcos'altro?",
    reopened: "Bentornato. Riprendiamo da qui.",
    nobodyOnline:
      "Al momento nessuno del nostro team è online. Puoi lasciare un messaggio qui o chiedere di essere richiamato o ricontattato via e-mail; una persona se ne occuperà appena qualcuno sarà di nuovo disponibile.",
    callbackConfirmed: "Grazie. Abbiamo ricevuto la tua richiesta di essere ricontattato a {contact}; una persona del nostro team ti contatterà.",
    waitAbout: "Una persona sarà da te tra circa {minutes} min.",
    teamHours: "Il nostro team di solito è disponibile: {hours}.",
  },
  fi: {
    handedOver: "Välitän asian tiimimme ihmiselle. Hän vastaa tässä, eikä sinun tarvitse toistaa mitään.",
    askedForPerson: "Totta kai. Tiimimme ihminen jatkaa tästä ja näkee kaiken, mitä olet kirjoittanut.",
    didNotHelp: "Pahoittelen, ettei tämä auttanut. Voisitko sanoa sen toisin? Voit myös puhua ihmisen kanssa milloin tahansa.",
    greeting: "Hei! Miten voin auttaa? Voit myös puhua ihmisen kanssa milloin tahansa.",
    welcome: "Ole hyvä! Voinko auttaa vielä jossakin muussa?",
    reopened: "Tervetuloa takaisin. Jatketaan tästä.",
    nobodyOnline:
      "Kukaan tiimistämme ei ole juuri nyt paikalla. Voit jättää viestin tähän tai pyytää soittoa tai sähköpostia takaisin; ihminen hoitaa asian heti, kun joku on taas paikalla.",
    callbackConfirmed: "Kiitos. Saimme yhteydenottopyyntösi osoitteeseen {contact}; tiimimme ihminen ottaa sinuun yhteyttä.",
    waitAbout: "Ihminen on kanssasi noin {minutes} min kuluttua.",
    teamHours: "Tiimimme on yleensä paikalla: {hours}.",
  },
  da: {
    handedOver: "Jeg giver det videre til en person i vores team. De svarer her, og du behøver ikke gentage noget.",
    askedForPerson: "Selvfølgelig. En person fra vores team tager over her og kan se alt, hvad du har skrevet.",
    didNotHelp: "Beklager, at det ikke hjalp. Kan du sige det på en anden måde? Du kan også tale med en person når som helst.",
    greeting: "Hej! Hvad kan jeg hjælpe dig med? Du kan også tale med en person når som helst.",
    welcome: "Selv tak! Er der andet, jeg kan hjælpe med?",
    reopened: "Velkommen tilbage. Vi fortsætter her.",
    nobodyOnline:
      "Der er ingen fra vores team online lige nu. Du kan lægge en besked her eller bede os ringe eller skrive tilbage; en person tager sig af det, så snart nogen er tilbage.",
    callbackConfirmed: "Tak. Vi har modtaget din anmodning om at blive kontaktet på {contact}; en person fra vores team kontakter dig.",
    waitAbout: "En person er hos dig om cirka {minutes} min.",
    teamHours: "Vores team er normalt her: {hours}.",
  },
  no: {
    handedOver: "Jeg sender dette videre til en person i teamet vårt. De svarer her, og du trenger ikke gjenta noe.",
    askedForPerson: "Selvsagt. En person fra teamet vårt tar over her og ser alt du har skrevet.",
    didNotHelp: "Beklager at det ikke hjalp. Kan du si det på en annen måte? Du kan også snakke med en person når som helst.",
    greeting: "Hei! Hva kan jeg hjelpe deg med? Du kan også snakke med en person når som helst.",
    welcome: "Bare hyggelig! Er det noe annet jeg kan hjelpe deg med?",
    reopened: "Velkommen tilbake. Vi fortsetter her.",
    nobodyOnline:
      "Ingen i teamet vårt er pålogget akkurat nå. Du kan legge igjen en melding her eller be oss ringe eller sende e-post tilbake; en person tar det så snart noen er tilbake.",
    callbackConfirmed: "Takk. Vi har mottatt forespørselen din om å bli kontaktet på {contact}; en person fra teamet vårt tar kontakt.",
    waitAbout: "En person er hos deg om omtrent {minutes} min.",
    teamHours: "Teamet vårt er vanligvis her: {hours}.",
  },
  pt: {
    handedOver: "Vou passar o seu pedido a uma pessoa da nossa equipa. Ela responde aqui e não precisa de repetir nada.",
    askedForPerson: "Claro. Uma pessoa da nossa equipa vai continuar aqui e vê tudo o que escreveu.",
    didNotHelp: "Lamento que não tenha ajudado. Pode dizê-lo de outra forma? Também pode falar com uma pessoa a qualquer momento.",
    greeting: "Olá! Em que posso ajudar? Também pode falar com uma pessoa a qualquer momento.",
    welcome: "De nada! Posso ajudar em mais alguma coisa?",
    reopened: "Bem-vindo de volta. Vamos continuar aqui.",
    nobodyOnline:
      "Neste momento ninguém da nossa equipa está disponível. Pode deixar uma mensagem aqui ou pedir que lhe liguemos ou enviemos um e-mail; uma pessoa trata disto assim que alguém voltar.",
    callbackConfirmed: "Obrigado. Recebemos o seu pedido de contacto para {contact}; uma pessoa da nossa equipa vai contactá-lo.",
    waitAbout: "Uma pessoa irá atendê-lo dentro de cerca de {minutes} min.",
    teamHours: "A nossa equipa costuma estar disponível: {hours}.",
  },
};

export function customerText(language: string, key: keyof Texts, values: Record<string, string> = {}): string {
  const text = TEXTS[normaliseLanguage(language) ?? "en"][key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? "");
}
