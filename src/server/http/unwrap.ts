import type { Outcome } from "../../core/conversations/desk-deps.ts";
import { HttpError } from "./error-codes.ts";

/** A use case's expected failure becomes an HTTP error with the same stable code. */
export function unwrap<T>(outcome: Outcome<T>): T {
  if (outcome.ok) return outcome.value;
  throw new HttpError(outcome.error.code, outcome.error.message);
}
