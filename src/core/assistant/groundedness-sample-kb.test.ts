import { describe, expect, it } from "vitest";
import { loadSampleKnowledgeBase } from "../knowledge/testing/sample-kb.ts";
import { checkGroundedness } from "./groundedness.ts";

/**
 * The check against the sample knowledge base: how a model would really word answers.
 * Faithful paraphrases and translations must pass (each false block is a lost answer),
 * and the same answers with one detail changed must not.
 */
const articles = loadSampleKnowledgeBase();
const bySlug = new Map(articles.map((a) => [a.slug, a]));
const passage = (slug: string) => {
  const a = bySlug.get(slug);
  if (!a) throw new Error(`no sample article ${slug}`);
  // As the model assistant cites it: title, then text.
  return { text: `${a.title}\n${a.body}`, language: a.language };
};

it("every sample article grounds its own text, paragraph by paragraph", () => {
  for (const a of articles) {
    for (const paragraph of a.body.split(/\n\s*\n/)) {
      expect(checkGroundedness(paragraph, [{ text: a.body, language: a.language }], { language: a.language }), `${a.slug}: ${paragraph}`).toEqual({ ok: true });
    }
  }
});

/** [slug, answer language, faithful answer, the same answer with one invented detail]. */
const ANSWERS: Array<[string, string, string, string]> = [
  ["credit-balance-refund", "en", "You can ask for your credit to be refunded in the app under Payments. We pay it back to your direct debit account within 10 working days.", "You can ask for your credit to be refunded in the app under Payments. We pay it back to your direct debit account within 5 working days."],
  ["credit-balance-refund", "sv", "Du kan begära att tillgodohavandet återbetalas i appen. Vi betalar tillbaka det inom 10 arbetsdagar.", "Du kan begära att tillgodohavandet återbetalas i appen. Vi betalar tillbaka det inom 10 dagar."],
  ["credit-balance-refund", "de", "Ein Guthaben erstatten wir innerhalb von zehn Werktagen auf das Konto Ihrer Lastschrift.", "Ein Guthaben erstatten wir innerhalb von zehn Werktagen auf das Konto Ihrer Lastschrift, zuzüglich 5 € Bonus."],
  ["direct-debit", "en", "You can pick a collection date from the 1st to the 28th of the month and change it up to 5 working days before the next collection.", "You can pick a collection date from the 1st to the 30th of the month and change it up to 5 working days before the next collection."],
  ["direct-debit", "fr", "Le premier prélèvement a lieu au moins 10 jours ouvrés après la mise en place. Nous revoyons le montant tous les 6 mois.", "Le premier prélèvement a lieu au moins 10 jours ouvrés après la mise en place. Nous revoyons le montant tous les 3 mois."],
  ["opening-hours-contact", "en", "We're open Monday–Friday 8am–6pm and Saturday 9am–1pm. Call 0800 123 4567 or email help@nordvik-energy.example.", "We're open Monday–Friday 8am–6pm and Sunday 9am–1pm. Call 0800 123 4567 or email help@nordvik-energy.example."],
  ["opening-hours-contact", "es", "Atendemos de lunes a viernes de 8:00 a 18:00 y los sábados de 9:00 a 13:00. Puede llamar al 0800 123 4567.", "Atendemos de lunes a viernes de 8:00 a 20:00 y los sábados de 9:00 a 13:00. Puede llamar al 0800 123 4567."],
  ["opening-hours-contact", "nl", "Onze klantenservice is open van maandag tot en met vrijdag van 8:00 tot 18:00. Mail naar help@nordvik-energy.example.", "Onze klantenservice is open van maandag tot en met vrijdag van 8:00 tot 18:00. Mail naar klachten@nordvik-energy.example."],
  ["paying-your-bill", "en", "Your bill arrives on the 1st of every month and is due fourteen days later. Bank transfers can take up to two working days.", "Your bill arrives on the 1st of every month and is due fourteen days later. Bank transfers can take up to three working days."],
  ["paying-your-bill", "it", "La bolletta arriva il 1° di ogni mese e va pagata entro 14 giorni. Un bonifico può richiedere fino a 2 giorni lavorativi.", "La bolletta arriva il 1° di ogni mese e va pagata entro 30 giorni. Un bonifico può richiedere fino a 2 giorni lavorativi."],
  ["paying-your-bill", "pl", "Rachunek przychodzi 1. dnia każdego miesiąca i trzeba go opłacić w ciągu 14 dni.", "Rachunek przychodzi 1. dnia każdego miesiąca i trzeba go opłacić w ciągu 14 dni. Za opóźnienie pobieramy opłatę."],
  ["moving-home", "en", "Please tell us at least 2 days before you move. Your final bill for the old address comes within 14 days of the move.", "Please tell us at least 2 days before you move. Your final bill for the old address comes within 14 days of the move, and moving is free of charge."],
  ["moving-home", "da", "Giv os besked mindst 2 dage før du flytter. Slutregningen for den gamle adresse kommer inden for 14 dage.", "Giv os besked mindst 2 dage før du flytter. Slutregningen for den gamle adresse kommer inden for 14 dage, og du har ret til kompensation."],
  ["umzug-de", "de", "Melden Sie Ihren Umzug mindestens zwei Tage vorher. Die Schlussrechnung kommt innerhalb von 14 Tagen nach dem Umzugsdatum.", "Melden Sie Ihren Umzug mindestens zwei Tage vorher. Die Schlussrechnung kommt innerhalb von 14 Tagen nach dem Umzugsdatum; Ihr Bonus wurde genehmigt."],
  ["power-cut", "en", "If the whole street has no power, call your network operator on 105. It's free of charge and open 24 hours a day.", "If the whole street has no power, call your network operator on 115. It's free of charge and open 24 hours a day."],
  ["power-cut", "no", "Hvis hele gaten er uten strøm, ring nettselskapet på 105. Det er gratis og åpent hele døgnet.", "Hvis hele gaten er uten strøm, ring nettselskapet på 105. Det er gratis, og du har krav på erstatning."],
  ["power-cut", "fi", "Jos koko kadulta puuttuu sähkö, soita verkkoyhtiöön numeroon 105. Soitto on maksuton.", "Jos koko kadulta puuttuu sähkö, soita verkkoyhtiöön numeroon 105. Soitto on maksuton ja saat 20 euron hyvityksen."],
  ["tariffs", "en", "We have three tariffs: Variable, Fixed 12 (price fixed for twelve months) and Green Variable. A change applies from the first day of the next month.", "We have three tariffs: Variable, Fixed 12 (price fixed for twenty-four months) and Green Variable. A change applies from the first day of the next month."],
  ["tariffs", "pt", "Temos três tarifas: Variável, Fixa 12, com o preço fixo durante 12 meses, e Verde Variável.", "Temos três tarifas: Variável, Fixa 12, com o preço fixo durante 12 meses, e Verde Variável. O primeiro mês é grátis."],
  ["faktura-betalning-sv", "sv", "Fakturan skickas den 1:a varje månad och ska vara betald 14 dagar senare. Du kan betala med autogiro, e-faktura eller kort.", "Fakturan skickas den 1:a varje månad och ska vara betald 30 dagar senare. Du kan betala med autogiro, e-faktura eller kort."],
  ["faktura-betalning-sv", "en", "Your invoice is sent on the 1st of each month and is due 14 days later.", "Your invoice is sent on the 1st of each month and is due 14 days later; a reminder costs 60 SEK."],
  ["matarstallning-sv", "sv", "Lämna mätarställningen i appen eller på Mina sidor. En avläsning som kommer in senast tre arbetsdagar före fakturadatum används på nästa faktura.", "Lämna mätarställningen i appen eller på Mina sidor. En avläsning som kommer in senast en vecka före fakturadatum används på nästa faktura."],
  ["meter-readings", "de", "Ein Smart Meter sendet die Zählerstände alle 30 Minuten automatisch. Ein Zählerstand, der mindestens 3 Werktage vor dem Rechnungsdatum eingeht, wird verwendet.", "Ein Smart Meter sendet die Zählerstände alle 15 Minuten automatisch. Ein Zählerstand, der mindestens 3 Werktage vor dem Rechnungsdatum eingeht, wird verwendet."],
  ["changing-details", "en", "You can change your email address and phone number in the app under Profile. To change the name on the account, send us a message in the app.", "You can change your email address and phone number in the app under Profile. Name changes are approved within 24 hours."],
];

describe("faithful answers over the sample articles pass; one invented detail blocks them", () => {
  for (const [slug, language, faithful, altered] of ANSWERS) {
    it(`${slug} (${language}): "${faithful.slice(0, 60)}…"`, () => {
      expect(checkGroundedness(faithful, [passage(slug)], { language })).toEqual({ ok: true });
      expect(checkGroundedness(altered, [passage(slug)], { language }).ok).toBe(false);
    });
  }
});

/** Close paraphrases, in the style a model writes when told to keep to the passages. */
const PARAPHRASES: Array<[string, string, string]> = [
 ["changing-details","en","You can update your email address, phone number and communication preferences yourself in the app under Profile."],
 ["changing-details","en","To change the name on your account, for example after getting married, just send us a message in the app with your new name. We might ask for proof before updating it."],
 ["credit-balance-refund","en","If you're in credit after your latest bill, go to Payments and then Request refund in the app. The money goes back to the bank account your direct debit comes from, within 10 working days."],
 ["credit-balance-refund","en","If you don't pay by direct debit, we'll ask for your bank details first."],
 ["credit-balance-refund","en","When you leave Nordvik Energy, any credit on your final bill is refunded to you automatically."],
 ["direct-debit","en","You can set up a direct debit in the app under Payments. You'll need your bank account number and sort code, or your IBAN."],
 ["direct-debit","en","The first payment will be taken at least 10 working days after you set it up."],
 ["direct-debit","en","You can choose a collection date between the 1st and the 28th of the month, and you can change it up to 5 working days before your next collection."],
 ["direct-debit","en","Your direct debit amount is reviewed every 6 months based on how much energy you actually use. We'll email you at least 10 days before a new amount is taken."],
 ["meter-readings","en","You can submit a reading in the Nordvik Energy app or on the My Account page whenever you like. Choose Meter reading and enter the numbers on your meter from left to right."],
 ["meter-readings","en","Ignore any numbers shown in red or after a decimal point."],
 ["meter-readings","en","Readings replace the estimated figures on your next bill. To be used for a bill, a reading needs to reach us at least 3 working days before your billing date."],
 ["moving-home","en","Please let us know at least 2 days before your move, either in the app under Moving home or by phone, with your moving date and new address."],
 ["moving-home","en","If we also supply your new address, we'll move your account over for you. The final bill for your old address is sent within 14 days of your moving date."],
 ["opening-hours-contact","en","Customer service is open Monday to Friday from 8:00 to 18:00, and on Saturdays from 9:00 to 13:00."],
 ["opening-hours-contact","en","For a power cut or gas emergency, please call your area's network operator, which is available 24 hours a day."],
 ["paying-your-bill","en","Bills are sent on the 1st of each month and are due 14 days later. You'll find the due date at the top of every bill."],
 ["paying-your-bill","en","You can pay by direct debit, by bank transfer using the reference number on your bill, or by card in the app."],
 ["paying-your-bill","en","Bank transfers can take up to 2 working days to reach us, so please pay in good time."],
 ["paying-your-bill","en","If you can't pay by the due date, please contact us before it passes and we'll look at a payment plan together."],
 ["power-cut","en","If the whole street is affected, it's a network fault: report it to your local network operator on 105. The call is free of charge and the line is open 24 hours a day, and they can tell you when power should be back."],
 ["power-cut","en","If you rely on electricity for medical equipment, let us know and we'll add you to the priority services register."],
 ["tariffs","en","We offer three tariffs: Variable, where the price follows the market each month; Fixed 12, where your unit price is fixed for 12 months; and Green Variable, which is variable and matched by renewable generation."],
 ["tariffs","en","You can switch tariff in the app under My tariff. Changes take effect from the first day of the following month, and there's no fee to move from Variable to a fixed tariff."],
 ["umzug-de","de","Bitte teilen Sie uns Ihren Umzug mindestens 2 Tage vorher mit, entweder in der App unter Umzug oder telefonisch, zusammen mit Umzugsdatum und neuer Adresse."],
 ["umzug-de","de","Lesen Sie am Auszugstag den Zählerstand ab und teilen Sie ihn uns mit. So basiert Ihre Schlussrechnung auf Ihrem tatsächlichen Verbrauch."],
 ["faktura-betalning-sv","sv","Kan du inte betala i tid? Kontakta oss före förfallodatum, så tittar vi tillsammans på en avbetalningsplan."],
 ["matarstallning-sv","sv","Har du en smart elmätare skickas avläsningarna automatiskt, så du behöver inte göra något."],
];

/** A faithful opening with one invented addition, of the kinds the word lists alone would miss. */
const ADDITIONS: Array<[string, string, string]> = [
 ["credit-balance-refund","en","Sure. We refund credit balances within 10 working days. Your account is now closed."],
 ["credit-balance-refund","en","We refund credit balances within 10 working days, and you can keep the credit as cash too."],
 ["tariffs","en","You can change tariff in the app. Loyal customers pay less."],
 ["moving-home","en","Tell us at least 2 days before you move. We will waive your final bill."],
 ["power-cut","en","Report it to your network operator by calling 105. You will be compensated for spoiled food."],
 ["opening-hours-contact","en","You can reach us by chat in the app. A manager will call you back."],
 ["paying-your-bill","en","You can pay by card in the app. Late payments are never charged."],
 ["paying-your-bill","sv","Du kan betala med kort i appen. Sena betalningar kostar inget."],
 ["direct-debit","en","You can set up a direct debit in the app under Payments. The first payment is taken within a fortnight."],
];

describe("close paraphrases pass, invented additions do not", () => {
  for (const [slug, language, answer] of PARAPHRASES) {
    it(`passes: ${answer.slice(0, 70)}`, () => expect(checkGroundedness(answer, [passage(slug)], { language })).toEqual({ ok: true }));
  }
  for (const [slug, language, answer] of ADDITIONS) {
    it(`blocks: ${answer.slice(0, 70)}`, () => expect(checkGroundedness(answer, [passage(slug)], { language }).ok).toBe(false));
  }
});

/**
 * Looser paraphrases (new words, restructured sentences). Some are blocked by the
 * wording rule — the price of catching invented sentences — and fall back to the article's
 * own words. The share is printed and held to at most a third.
 */
const LOOSE: Array<[string, string, string]> = [
 ["changing-details","en","Sure! Head to Profile in the app to update your email or phone number."],
 ["credit-balance-refund","en","Good news: you can get your credit back. Just tap Payments, then Request refund, and it'll land in your bank account within 10 working days."],
 ["direct-debit","en","Setting up a direct debit is easy: open Payments in the app and have your bank details (account number and sort code, or IBAN) ready."],
 ["direct-debit","en","Yes, you can move your collection date to any day from the 1st to the 28th, as long as you do it at least 5 working days before the next payment."],
 ["meter-readings","en","Submitting a reading is quick: open the app, pick Meter reading and type in the digits from left to right, skipping any red ones."],
 ["meter-readings","en","With a smart meter you don't have to do anything, because it sends readings automatically every 30 minutes."],
 ["moving-home","en","Moving? Let us know your moving date and new address at least 2 days beforehand, through the app or over the phone."],
 ["opening-hours-contact","en","Our team is available on weekdays between 8:00 and 18:00 and on Saturday mornings from 9:00 to 13:00."],
 ["opening-hours-contact","en","You can contact us via in-app chat, by calling 0800 123 4567, or by emailing help@nordvik-energy.example."],
 ["paying-your-bill","en","Your bill is due two weeks after it's issued on the 1st of the month."],
 ["paying-your-bill","en","Having trouble paying? Get in touch before the due date and we'll work out a payment plan with you."],
 ["power-cut","en","Start by checking whether your neighbours have lost power too. If it's just your home, look at your fuse box and flip any tripped switch back to ON."],
 ["tariffs","en","There are three options: Variable (price tracks the market monthly), Fixed 12 (price locked for a year) and Green Variable (variable, backed by renewable generation)."],
 ["tariffs","en","Switching from Variable to a fixed tariff doesn't cost anything. The new tariff starts on the first day of next month."],
 ["tariffs","en","Current prices for where you live are available in the app and on our website."],
];

it("most loose paraphrases still pass", () => {
  const blocked = LOOSE.filter(([slug, language, answer]) => !checkGroundedness(answer, [passage(slug)], { language }).ok);
  console.log(`loose paraphrases blocked: ${blocked.length}/${LOOSE.length}`);
  expect(blocked.length).toBeLessThanOrEqual(LOOSE.length / 3);
});
