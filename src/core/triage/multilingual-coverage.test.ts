import { describe, expect, it } from "vitest";
import { readLabelledInquiries, routeLabelled } from "../../test-support/labelled-inquiries.ts";
import { createTriageEngine } from "./index.ts";

/**
 * Sentences written for the lexicon extensions in `lexicons/more/`: per language, one or
 * more per signal category (person request, bereavement, illness, hardship, debt
 * collection, fraud, dispute, complaint, legal threat, leaving unhappy, affect) and
 * routine messages with negative words about other things. Spellings vary on purpose:
 * missing accents, informal and spoken forms. A regression guard, not a held-out score.
 */
type Case = readonly [route: "human" | "ai", text: string];

const CASES: Record<string, readonly Case[]> = {
  sv: [
    ["human", "Min pappa gick bort i förra veckan och jag behöver säga upp hans abonnemang."],
    ["human", "Jag har blivit av med jobbet och har inte råd med räkningen den här månaden."],
    ["human", "Någon har använt mitt kort, det finns köp som jag inte gjort."],
    ["human", "Ärendet har gått till kronofogden trots att jag betalat, vad händer nu?"],
    ["human", "Jag kommer anmäla er till ARN om ni inte rättar fakturan."],
    ["human", "Kan jag få prata med en riktig människa, inte en bot."],
    ["human", "Min man ligger på sjukhuset efter en stroke, kan vi pausa betalningarna?"],
    ["human", "Jag är jättearg, ni har dragit pengarna två gånger!"],
    ["human", "Jag vet inte vart jag ska vända mig, jag är så orolig."],
    ["ai", "Hur ändrar jag min adress? Vädret är hemskt här idag haha."],
    ["ai", "Min hund är rädd för åskan, har ni öppet på lördag?"],
    ["ai", "Kortet nekades, vilket annat kort kan jag använda?"],
    ["ai", "Förlåt att jag stör, men när kommer nästa faktura?"],
  ],
  de: [
    ["human", "Meine Mutter ist letzte Woche verstorben, ich kümmere mich um den Nachlass."],
    ["human", "Ich habe meinen Job verloren und kann die Raten gerade nicht bezahlen."],
    ["human", "Das Inkassobüro ruft ständig an, obwohl ich längst bezahlt habe."],
    ["human", "Da sind Abbuchungen, die ich nicht gemacht habe, jemand hat meine Karte benutzt."],
    ["human", "Wenn das nicht geklärt wird, gehe ich zur Verbraucherzentrale und zur Schlichtungsstelle."],
    ["human", "Bitte verbinden Sie mich mit einem echten Mitarbeiter, kein Chatbot mehr."],
    ["human", "Ich bin stinksauer, das ist eine Frechheit, seit Wochen keine Antwort!"],
    ["human", "Mein Mann liegt im Krankenhaus nach einem Herzinfarkt."],
    ["human", "Ich weiß nicht mehr weiter, ich habe große Angst vor der Stromsperre."],
    ["ai", "Das Wetter ist furchtbar, wann kommt mein Paket ungefähr an?"],
    ["ai", "Meine Katze hat Angst vor dem Staubsauger lol. Wie ändere ich mein Passwort?"],
    ["ai", "Karte abgelehnt, welche andere Karte kann ich nehmen?"],
    ["ai", "Kurze Frage: wie lange dauert die Lieferung nach Österreich?"],
  ],
  fr: [
    ["human", "Mon mari est décédé le mois dernier, le notaire m'a demandé de vous écrire."],
    ["human", "J'ai perdu mon emploi et je n'arrive plus à payer les factures."],
    ["human", "Un huissier m'a contacté pour une facture que j'ai déjà payée."],
    ["human", "Il y a des prélèvements que je n'ai jamais autorisés, je pense que c'est une arnaque."],
    ["human", "Je vais saisir le médiateur et 60 millions de consommateurs."],
    ["human", "Je veux parler à une vraie personne, pas à un robot svp"],
    ["human", "Je suis hors de moi, c'est scandaleux, toujours pas de remboursement."],
    ["human", "Ma fille est hospitalisée, je dois annuler le voyage."],
    ["human", "Je ne sais plus quoi faire, je suis vraiment angoissée."],
    ["ai", "Il fait un temps horrible, pouvez-vous me dire quand arrive ma commande ?"],
    ["ai", "Mon chien a peur des orages, vous êtes ouverts samedi ?"],
    ["ai", "Carte refusée, laquelle je dois utiliser ?"],
    ["ai", "Est-ce que je peux payer en plusieurs fois sur le site ?"],
  ],
  es: [
    ["human", "Mi padre falleció y necesito dar de baja su contrato, tengo el certificado de defunción."],
    ["human", "Me quedé sin trabajo y no puedo pagar la factura de este mes."],
    ["human", "Me han metido en ASNEF por una deuda que no es mía."],
    ["human", "Hay un cargo que no reconozco, creo que me han estafado."],
    ["human", "Voy a denunciarlo en consumo y ante la OCU si no me devuelven el dinero."],
    ["human", "Quiero hablar con una persona de verdad, no con una máquina."],
    ["human", "Estoy muy cabreado, me habéis cobrado dos veces."],
    ["human", "Mi mujer está ingresada en el hospital, ¿podéis aplazar el pago?"],
    ["human", "Estoy desesperada, no sé a quién acudir."],
    ["ai", "Qué tiempo tan horrible hace, ¿cuándo llega mi pedido?"],
    ["ai", "Mi perro tiene miedo a los petardos jaja, ¿abrís el domingo?"],
    ["ai", "Me han rechazado la tarjeta, ¿cuál puedo usar?"],
    ["ai", "¿Cómo cambio la dirección de envío?"],
  ],
  nl: [
    ["human", "Mijn moeder is vorige week overleden, ik regel de nalatenschap."],
    ["human", "Ik ben mijn baan kwijt en kan de rekening niet betalen, kan ik een betalingsregeling krijgen?"],
    ["human", "Er staat een deurwaarder voor de deur voor een factuur die ik al betaald heb."],
    ["human", "Er zijn afschrijvingen die ik niet herken, ik ben opgelicht."],
    ["human", "Ik stap naar de Geschillencommissie en de ACM als dit niet wordt opgelost."],
    ["human", "Ik wil graag een echte medewerker spreken, geen chatbot."],
    ["human", "Ik ben woedend, dit is schandalig, al weken geen reactie."],
    ["human", "Mijn man ligt in het ziekenhuis na een hartaanval."],
    ["human", "Ik weet niet meer wat ik moet doen, ik maak me zoveel zorgen."],
    ["ai", "Wat een vreselijk weer vandaag! Wanneer wordt mijn pakket bezorgd?"],
    ["ai", "Mijn hond is bang voor vuurwerk haha, zijn jullie open op zaterdag?"],
    ["ai", "Ik heb per ongeluk het verkeerde adres ingevuld, hoe pas ik dat aan?"],
    ["ai", "Kaart geweigerd, welke andere kaart kan ik gebruiken?"],
  ],
  pl: [
    ["human", "Moja mama zmarła w zeszłym tygodniu, jestem spadkobiercą i chcę zamknąć jej konto."],
    ["human", "Straciłem pracę i nie stać mnie na opłacenie rachunku."],
    ["human", "Dostałem pismo od komornika w sprawie długu, który spłaciłem."],
    ["human", "Ktoś użył mojej karty, nie rozpoznaję tych transakcji."],
    ["human", "Złożę skargę do UOKiK i rzecznika konsumentów."],
    ["human", "Prosze o rozmowe z zywym czlowiekiem a nie z botem"],
    ["human", "Jestem wkurzony, pobraliście pieniądze dwa razy!"],
    ["human", "Mąż jest w szpitalu po zawale, czy możemy odroczyć płatność?"],
    ["human", "Nie wiem co robić, jestem załamana."],
    ["ai", "Pogoda okropna, kiedy dotrze moja paczka?"],
    ["ai", "Mój pies boi się burzy, czy jesteście otwarci w sobotę?"],
    ["ai", "Karta odrzucona, której karty mam użyć?"],
    ["ai", "Jak zmienić adres dostawy?"],
  ],
  it: [
    ["human", "Mio padre è venuto a mancare e devo disdire il suo contratto."],
    ["human", "Ho perso il lavoro e non riesco a pagare la bolletta, posso rateizzare?"],
    ["human", "Mi ha scritto un'agenzia di recupero crediti per una bolletta già pagata."],
    ["human", "Ci sono addebiti che non riconosco, credo di essere stato truffato."],
    ["human", "Mi rivolgerò al Codacons e all'AGCOM se non risolvete."],
    ["human", "Vorrei parlare con una persona vera, non con un bot."],
    ["human", "Sono furioso, è una vergogna, nessuno mi risponde da settimane."],
    ["human", "Mia moglie è ricoverata in ospedale, dobbiamo annullare il viaggio."],
    ["human", "Non so più cosa fare, sono disperata."],
    ["ai", "Che tempo orribile oggi! Quando arriva il mio pacco?"],
    ["ai", "Il mio cane ha paura dei temporali, siete aperti sabato?"],
    ["ai", "Carta rifiutata, quale altra posso usare?"],
    ["ai", "Come posso cambiare l'indirizzo di spedizione?"],
  ],
  fi: [
    ["human", "Isäni kuoli viime viikolla, hoidan kuolinpesän asioita."],
    ["human", "Minut irtisanottiin enkä pysty maksamaan laskua tässä kuussa."],
    ["human", "Perintätoimisto uhkaa ulosotolla laskusta, jonka olen jo maksanut."],
    ["human", "Kortillani on tuntemattomia veloituksia, joku on käyttänyt korttiani."],
    ["human", "Vien asian kuluttajaneuvontaan ja kuluttajariitalautakuntaan."],
    ["human", "Haluan puhua oikean ihmisen kanssa, en botin."],
    ["human", "Olen tosi vihainen, tämä on törkeää, veloititte kahdesti!"],
    ["human", "Mieheni on sairaalassa sydänkohtauksen jälkeen."],
    ["human", "En tiedä mitä tehdä, olen todella huolissani."],
    ["ai", "Sää on ihan kamala, milloin pakettini tulee?"],
    ["ai", "Koirani pelkää ukkosta, oletteko auki lauantaina?"],
    ["ai", "Kortti hylättiin, mitä korttia voin käyttää?"],
    ["ai", "Miten vaihdan toimitusosoitteen?"],
  ],
  da: [
    ["human", "Min far døde i sidste uge, og jeg er bobestyrer for dødsboet."],
    ["human", "Jeg er blevet fyret og kan ikke betale regningen, kan vi lave en afdragsordning?"],
    ["human", "Jeg har fået et inkassovarsel for en regning, jeg har betalt."],
    ["human", "Der er ukendte træk på mit kort, jeg er blevet snydt."],
    ["human", "Jeg klager til Forbrugerrådet og Ankenævnet, hvis det ikke bliver løst."],
    ["human", "Jeg vil tale med et rigtigt menneske, ikke en robot."],
    ["human", "Jeg er rasende, det er simpelthen for dårligt, I har trukket to gange."],
    ["human", "Min kone er indlagt på hospitalet efter en blodprop."],
    ["human", "Jeg ved ikke hvad jeg skal gøre, jeg er så bekymret."],
    ["ai", "Vejret er elendigt, hvornår kommer min pakke?"],
    ["ai", "Min hund er bange for fyrværkeri, har I åbent lørdag?"],
    ["ai", "Kortet blev afvist, hvilket kort kan jeg bruge?"],
    ["ai", "Det kræver MitID at logge ind, hvor finder jeg det?"],
  ],
  no: [
    ["human", "Moren min døde forrige uke, og jeg må avslutte avtalen hennes."],
    ["human", "Jeg har mistet jobben og har ikke råd til å betale regningen."],
    ["human", "Saken er sendt til inkasso selv om jeg har betalt."],
    ["human", "Det er ukjente trekk på kortet mitt, jeg har blitt svindlet."],
    ["human", "Jeg klager til Forbrukerrådet og Forbrukertilsynet om dette ikke ordnes."],
    ["human", "Kan jeg få snakke med et ekte menneske, ikke en robot?"],
    ["human", "Jeg er forbanna, dette er helt uakseptabelt, dere har trukket dobbelt."],
    ["human", "Mannen min er innlagt på sykehuset etter hjerneslag."],
    ["human", "Jeg vet ikke hva jeg skal gjøre, jeg er så bekymret."],
    ["ai", "Været er forferdelig, når kommer pakken min?"],
    ["ai", "Hunden min er redd for fyrverkeri, har dere åpent lørdag?"],
    ["ai", "Kortet ble avvist, hvilket kort kan jeg bruke?"],
    ["ai", "Appen krever BankID, hvordan logger jeg inn?"],
  ],
  pt: [
    ["human", "O meu pai faleceu e preciso de cancelar o contrato dele, tenho a certidão de óbito."],
    ["human", "Fiquei desempregada e não consigo pagar a fatura este mês."],
    ["human", "Uma empresa de recuperação de crédito está a ligar-me por uma dívida que já paguei."],
    ["human", "Há movimentos que não reconheço no cartão, acho que foi burla."],
    ["human", "Vou fazer queixa à DECO e escrever no Livro de Reclamações."],
    ["human", "Quero falar com uma pessoa real, não com um robô."],
    ["human", "Estou furiosa, é uma vergonha, cobraram-me duas vezes!"],
    ["human", "A minha mulher está internada no hospital, podem adiar o pagamento?"],
    ["human", "Não sei o que fazer, estou desesperado."],
    ["ai", "O tempo está horrível, quando chega a minha encomenda?"],
    ["ai", "O meu cão tem medo de trovoada, estão abertos ao sábado?"],
    ["ai", "Cartão recusado, qual devo usar?"],
    ["ai", "Quando vão processar o pagamento da minha encomenda?"],
  ],
};

const engine = createTriageEngine();

describe("lexicon coverage beyond English, per language and category", () => {
  for (const [language, cases] of Object.entries(CASES)) {
    it(`${language}: weighty messages reach a person and routine ones with negative words stay routine`, () => {
      const wrong: string[] = [];
      for (const [route, text] of cases) {
        const d = engine.decide({ text, language, history: [] });
        if (d.route !== route) wrong.push(`${route} expected, got ${d.route} (${d.weight.toFixed(3)} [${d.reasons.join("; ")}]): ${text}`);
      }
      expect(wrong, wrong.join("\n")).toEqual([]);
    });
  }

  it("every language has both routes and at least five sentences", () => {
    for (const cases of Object.values(CASES)) {
      expect(cases.length).toBeGreaterThanOrEqual(5);
      expect(cases.some(([r]) => r === "human") && cases.some(([r]) => r === "ai")).toBe(true);
    }
  });
});

// Eight batches (88, 88, 88, 77, 33, 99, 77 and 66 inquiries) in the eleven languages, each
// written and run before the lexicon changes it prompted. At first contact weighty→person
// was 0.82, 0.89, 0.95, 0.75, –, 0.55, 0.95, 0.64 (the fifth batch is routine only) and
// routine→assistant 1.0, 0.84, 1.0, 0.82, 0.97, 1.0, 1.0, 0.68; kept as a regression guard.
const probes = readLabelledInquiries(new URL("./fixtures/multilingual-probes.jsonl", import.meta.url));

describe("multilingual probe batches (fixtures/multilingual-probes.jsonl)", () => {
  it("covers the eleven non-English languages with both labels", () => {
    const languages = new Set(probes.map((r) => r.input.language));
    for (const l of ["sv", "de", "fr", "es", "nl", "pl", "it", "fi", "da", "no", "pt"]) expect(languages).toContain(l);
    expect(probes.length).toBeGreaterThanOrEqual(610);
  });

  it("at least 97% of weighty ones reach a person and 97% of routine ones the assistant", () => {
    const routed = routeLabelled(engine, probes);
    expect(routed.weightyToPerson, routed.misses).toBeGreaterThanOrEqual(0.97);
    expect(routed.routineToAssistant, routed.falseAlarms).toBeGreaterThanOrEqual(0.97);
  });
});
