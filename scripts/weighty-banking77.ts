/**
 * BANKING77 intents treated as weighty (a person should handle them), by the labelling
 * principle of the development set: fraud victims and money the customer did not
 * authorise. Everything else in BANKING77 is a routine how-to or status question.
 * - compromised_card: someone else may have the customer's card details;
 * - card_payment_not_recognised, cash_withdrawal_not_recognised,
 *   direct_debit_payment_not_recognised: money left the account without the customer's
 *   knowledge, i.e. a possible fraud victim;
 * - lost_or_stolen_card, lost_or_stolen_phone: theft, with the account at risk.
 */
export const WEIGHTY_BANKING77_INTENTS: ReadonlySet<string> = new Set([
  "compromised_card",
  "card_payment_not_recognised",
  "cash_withdrawal_not_recognised",
  "direct_debit_payment_not_recognised",
  "lost_or_stolen_card",
  "lost_or_stolen_phone",
]);
