/**
 * Masks personal data before text leaves the desk for an external model, and before it
 * is written to a log: card numbers, IBANs, e-mail addresses and phone numbers become
 * `[card]`, `[iban]`, `[email]` and `[phone]`. The model does not need them to answer
 * from the firm's articles, and a log line is read by more people than the customer
 * meant. Over-masking is the safe side: an order number that looks like a phone number
 * is masked too.
 */
export function maskPersonalData(text: string): string {
  return text
    // IBANs first: the digits of an IBAN can pass the Luhn check by chance.
    .replace(IBAN, (m) => (isIbanShaped(m) ? "[iban]" : m))
    .replace(CARD, (m) => (luhnValid(m.replace(/\D/g, "")) ? "[card]" : m))
    .replace(EMAIL, "[email]")
    .replace(PHONE, (m) => (isPhone(m) ? "[phone]" : m));
}

/** 13 to 19 digits, optionally grouped by spaces or dashes (how cards are typed). */
const CARD = /(?<![\p{L}\p{N}])\d(?:[ -]?\d){12,18}(?![\p{L}\p{N}])/gu;
/** Two letters, two check digits, then 11–30 letters or digits, run together or in groups of four. */
const IBAN = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?:[A-Za-z0-9]{11,30}|(?:[ -][A-Za-z0-9]{4}){2,7}(?:[ -][A-Za-z0-9]{1,4})?)(?![\p{L}\p{N}])/gu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** A run of digits with phone punctuation; checked further in isPhone. */
const PHONE = /(?<![\p{L}\p{N}])(?:\+|00)?\(?\d(?:[\d \-./()]*\d)?(?![\p{L}\p{N}])/gu;

export function luhnValid(digits: string): boolean {
  if (!/^\d{13,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * An IBAN with a wrong check digit is still somebody's account number mistyped, so the
 * shape is enough to mask it; the digits keep a word such as "AB12CDEFGHIJKLMN" out.
 */
function isIbanShaped(raw: string): boolean {
  const compact = raw.replace(/[ -]/g, "");
  if (compact.length < 15 || compact.length > 34) return false;
  const digits = compact.replace(/\D/g, "").length;
  return digits >= 8;
}

function isPhone(raw: string): boolean {
  const s = raw.trim();
  const digits = s.replace(/\D/g, "");
  if (digits.length < 7 || digits.length > 15) return false;
  if (/^(\+|00)/.test(s)) return true;
  // A date, a time range or an amount written with thousands groups is not a number to reach anyone on.
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(s) || /^\d{4}-\d{1,2}-\d{1,2}$/.test(s)) return false;
  if (/^\d{1,2}[.:]\d{2}\s*-\s*\d{1,2}[.:]\d{2}$/.test(s)) return false;
  if (/^[1-9]\d{0,2}(?:[ ,.]\d{3})+(?:[.,]\d{1,2})?$/.test(s)) return false;
  return true;
}
