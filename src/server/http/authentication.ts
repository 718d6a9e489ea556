import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Agent } from "../../ports/agent-store.ts";
import type { Desk } from "../desk.ts";
import { HttpError } from "./error-codes.ts";
import type { Auth } from "./route-registry.ts";

declare module "fastify" {
  interface FastifyRequest {
    agent?: Agent;
    csrfToken?: string;
  }
}

export const SESSION_COOKIE = "tandem_session";
const SESSION_HOURS = 12;

export const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const [scheme, value] = header.split(" ");
  return scheme?.toLowerCase() === "bearer" && value ? value : undefined;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(sha256(a));
  const y = Buffer.from(sha256(b));
  return timingSafeEqual(x, y);
}

/**
 * Who may call what. A conversation token opens that conversation only (any other id
 * answers 404, like a conversation that does not exist); the firm's API key opens the
 * firm's endpoints; agents sign in with a session cookie and send a CSRF token on every
 * change; supervisor routes refuse agents.
 */
export function authenticator(desk: Desk) {
  return async function authenticate(auth: Auth, request: FastifyRequest): Promise<void> {
    if (auth === "none") return;
    if (auth === "conversation") {
      const token = bearer(request) ?? (request.query as { token?: string } | undefined)?.token;
      if (!token) throw new HttpError("missing_token", "Send the conversation's token as `Authorization: Bearer <token>`.");
      const id = (request.params as { id?: string }).id ?? "";
      if (!desk.deps.tokens.verify(id, token)) throw new HttpError("conversation_not_found", "There is no such conversation.");
      return;
    }
    if (auth === "apiKey") {
      const key = bearer(request);
      if (!key || !desk.apiKey.verify(key)) {
        throw new HttpError("invalid_api_key", "Send the firm's API key as `Authorization: Bearer <api key>`.");
      }
      return;
    }
    await authenticateAgent(desk, request);
    if (auth === "supervisor" && request.agent?.role === "agent") {
      throw new HttpError("forbidden", "This needs a supervisor.");
    }
  };
}

async function authenticateAgent(desk: Desk, request: FastifyRequest): Promise<void> {
  const cookie = request.cookies?.[SESSION_COOKIE];
  if (!cookie) throw new HttpError("not_signed_in", "Sign in first.");
  const session = await desk.agents.findSession(sha256(cookie), new Date());
  const agent = session ? await desk.agents.findById(session.agentId) : undefined;
  if (!session || !agent) throw new HttpError("not_signed_in", "Your session has ended; sign in again.");
  if (request.method !== "GET" && request.method !== "HEAD") {
    const sent = request.headers["x-csrf-token"];
    if (typeof sent !== "string" || !sameSecret(sent, session.csrfToken)) {
      throw new HttpError("csrf_failed", "Missing or wrong x-csrf-token header.");
    }
  }
  request.agent = agent;
  request.csrfToken = session.csrfToken;
}

export async function startSession(desk: Desk, agent: Agent, request: FastifyRequest, reply: FastifyReply): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  await desk.agents.createSession({
    idHash: sha256(id),
    agentId: agent.id,
    csrfToken,
    expiresAt: new Date(Date.now() + SESSION_HOURS * 3_600_000),
  });
  reply.setCookie(SESSION_COOKIE, id, {
    httpOnly: true,
    sameSite: "strict",
    secure: request.protocol === "https",
    path: "/",
    maxAge: SESSION_HOURS * 3600,
  });
  return csrfToken;
}

export async function endSession(desk: Desk, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const cookie = request.cookies?.[SESSION_COOKIE];
  if (cookie) await desk.agents.deleteSession(sha256(cookie));
  reply.clearCookie(SESSION_COOKIE, { path: "/" });
}

/** Compares an API key with the stored hash (or the configured key). */
export function apiKeyVerifier(expectedHash: string) {
  return { verify: (key: string) => sameSecret(sha256(key), expectedHash) };
}
