import { normaliseLanguage, type SupportedLanguage } from "../languages.ts";

/**
 * What the desk itself says to a customer, in their language. Short, honest, and never a
 * promise about amounts or outcomes: those only come from the firm's articles or a person.
 */
type Texts = Record<"handedOver" | "askedForPerson" | "didNotHelp" | "reopened", string>;

const TEXTS: Record<SupportedLanguage, Texts> = {
  en: {
    handedOver: "I'm passing this to a person on our team. They will reply here, and you won't need to repeat anything.",
    askedForPerson: "Of course. A person from our team will take over here; they can see everything you've written.",
    didNotHelp: "Sorry that didn't help. Could you say it another way? You can also talk to a person at any time.",
    reopened: "Welcome back. Let's pick this up again.",
  },
  sv: {
    handedOver: "Jag lämnar över till en person i vårt team. De svarar här, och du behöver inte upprepa något.",
    askedForPerson: "Självklart. En person från vårt team tar över här och kan se allt du har skrivit.",
    didNotHelp: "Förlåt att det inte hjälpte. Kan du säga det på ett annat sätt? Du kan också prata med en person när som helst.",
    reopened: "Välkommen tillbaka. Vi fortsätter här.",
  },
  de: {
    handedOver: "Ich gebe das an einen Menschen aus unserem Team weiter. Die Antwort kommt hier, und Sie müssen nichts wiederholen.",
    askedForPerson: "Natürlich. Ein Mensch aus unserem Team übernimmt hier und sieht alles, was Sie geschrieben haben.",
    didNotHelp: "Das hat leider nicht geholfen. Können Sie es anders formulieren? Sie können auch jederzeit mit einem Menschen sprechen.",
    reopened: "Willkommen zurück. Machen wir hier weiter.",
  },
  fr: {
    handedOver: "Je transmets votre demande à une personne de notre équipe. Elle vous répondra ici, sans que vous ayez à tout répéter.",
    askedForPerson: "Bien sûr. Une personne de notre équipe prend le relais ici et voit tout ce que vous avez écrit.",
    didNotHelp: "Désolé, cela ne vous a pas aidé. Pouvez-vous le dire autrement ? Vous pouvez aussi parler à une personne à tout moment.",
    reopened: "Bon retour. Reprenons ici.",
  },
  es: {
    handedOver: "Paso tu consulta a una persona de nuestro equipo. Te responderá aquí y no tendrás que repetir nada.",
    askedForPerson: "Por supuesto. Una persona de nuestro equipo te atenderá aquí y verá todo lo que has escrito.",
    didNotHelp: "Lo siento, eso no ha ayudado. ¿Puedes decirlo de otra manera? También puedes hablar con una persona en cualquier momento.",
    reopened: "Hola de nuevo. Sigamos por aquí.",
  },
  nl: {
    handedOver: "Ik geef dit door aan een medewerker van ons team. Die antwoordt hier, en u hoeft niets te herhalen.",
    askedForPerson: "Natuurlijk. Een medewerker van ons team neemt het hier over en ziet alles wat u hebt geschreven.",
    didNotHelp: "Sorry dat dit niet hielp. Kunt u het anders zeggen? U kunt ook altijd met een medewerker praten.",
    reopened: "Welkom terug. We gaan hier verder.",
  },
  pl: {
    handedOver: "Przekazuję sprawę osobie z naszego zespołu. Odpowie tutaj i nie będzie trzeba niczego powtarzać.",
    askedForPerson: "Oczywiście. Osoba z naszego zespołu przejmie rozmowę tutaj i zobaczy wszystko, co Pan/Pani napisał(a).",
    didNotHelp: "Przykro mi, że to nie pomogło. Czy może Pan/Pani ująć to inaczej? W każdej chwili można też porozmawiać z człowiekiem.",
    reopened: "Witamy ponownie. Kontynuujmy tutaj.",
  },
  it: {
    handedOver: "Passo la richiesta a una persona del nostro team. Ti risponderà qui e non dovrai ripetere nulla.",
    askedForPerson: "Certo. Una persona del nostro team prenderà in carico la conversazione qui e vedrà tutto ciò che hai scritto.",
    didNotHelp: "Mi dispiace che non sia stato utile. Puoi dirlo in un altro modo? Puoi anche parlare con una persona in qualsiasi momento.",
    reopened: "Bentornato. Riprendiamo da qui.",
  },
  fi: {
    handedOver: "Välitän asian tiimimme ihmiselle. Hän vastaa tässä, eikä sinun tarvitse toistaa mitään.",
    askedForPerson: "Totta kai. Tiimimme ihminen jatkaa tästä ja näkee kaiken, mitä olet kirjoittanut.",
    didNotHelp: "Pahoittelen, ettei tämä auttanut. Voisitko sanoa sen toisin? Voit myös puhua ihmisen kanssa milloin tahansa.",
    reopened: "Tervetuloa takaisin. Jatketaan tästä.",
  },
  da: {
    handedOver: "Jeg giver det videre til en person i vores team. De svarer her, og du behøver ikke gentage noget.",
    askedForPerson: "Selvfølgelig. En person fra vores team tager over her og kan se alt, hvad du har skrevet.",
    didNotHelp: "Beklager, at det ikke hjalp. Kan du sige det på en anden måde? Du kan også tale med en person når som helst.",
    reopened: "Velkommen tilbage. Vi fortsætter her.",
  },
  no: {
    handedOver: "Jeg sender dette videre til en person i teamet vårt. De svarer her, og du trenger ikke gjenta noe.",
    askedForPerson: "Selvsagt. En person fra teamet vårt tar over her og ser alt du har skrevet.",
    didNotHelp: "Beklager at det ikke hjalp. Kan du si det på en annen måte? Du kan også snakke med en person når som helst.",
    reopened: "Velkommen tilbake. Vi fortsetter her.",
  },
  pt: {
    handedOver: "Vou passar o seu pedido a uma pessoa da nossa equipa. Ela responde aqui e não precisa de repetir nada.",
    askedForPerson: "Claro. Uma pessoa da nossa equipa vai continuar aqui e vê tudo o que escreveu.",
    didNotHelp: "Lamento que não tenha ajudado. Pode dizê-lo de outra forma? Também pode falar com uma pessoa a qualquer momento.",
    reopened: "Bem-vindo de volta. Vamos continuar aqui.",
  },
};

export function customerText(language: string, key: keyof Texts): string {
  return TEXTS[normaliseLanguage(language) ?? "en"][key];
}
