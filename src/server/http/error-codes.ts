import type { DeskErrorCode } from "../../core/conversations/desk-deps.ts";

/** Codes the transport itself produces (the core knows nothing of these). */
export type TransportErrorCode =
  | "malformed_json"
  | "invalid_request"
  | "payload_too_large"
  | "unsupported_media_type"
  | "missing_token"
  | "invalid_api_key"
  | "not_signed_in"
  | "invalid_credentials"
  | "csrf_failed"
  | "forbidden"
  | "invalid_after"
  | "email_taken"
  | "rate_limited"
  | "not_found"
  | "internal_error";

export type ErrorCode = DeskErrorCode | TransportErrorCode;

/** The one table that turns a stable error code into an HTTP status. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  malformed_json: 400,
  invalid_request: 400,
  text_empty: 400,
  text_too_long: 400,
  invalid_rating: 400,
  invalid_after: 400,
  invalid_contact: 400,
  invalid_presence: 400,
  invalid_article: 400,
  missing_token: 401,
  invalid_api_key: 401,
  not_signed_in: 401,
  invalid_credentials: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_assigned_to_you: 403,
  conversation_not_found: 404,
  not_found: 404,
  agent_not_found: 404,
  draft_not_found: 404,
  callback_not_found: 404,
  article_not_found: 404,
  client_message_id_reused: 409,
  already_assigned: 409,
  invalid_transition: 409,
  email_taken: 409,
  article_exists: 409,
  write_conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
};

/** Thrown by transport code (validation, auth) and turned into a JSON error by the handler. */
export class HttpError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}
