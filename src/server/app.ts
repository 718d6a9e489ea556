import fastifyCookie from "@fastify/cookie";
import fastifyCors from "@fastify/cors";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import fastifyWebsocket from "@fastify/websocket";
import Fastify, { LogController, type FastifyBaseLogger, type FastifyError, type FastifyInstance } from "fastify";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Desk } from "./desk.ts";
import { authenticator } from "./http/authentication.ts";
import { HTTP_STATUS, HttpError, type ErrorCode } from "./http/error-codes.ts";
import { openApiDocument } from "./http/openapi.ts";
import { RouteRegistry } from "./http/route-registry.ts";
import { registerAgentRoutes } from "./routes/agent-routes.ts";
import { registerCustomerRoutes } from "./routes/customer-routes.ts";
import { registerFirmRoutes } from "./routes/firm-routes.ts";
import { registerHealthRoutes } from "./routes/health-routes.ts";
import { registerAgentStreamRoutes, registerCustomerStreamRoutes, registerOpeningDraftRoute } from "./routes/stream-routes.ts";
import { registerStaffRoutes } from "./routes/staff-routes.ts";
import { registerArticleRoutes } from "./routes/article-routes.ts";

export const BODY_LIMIT_BYTES = 64 * 1024;
const WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));
const VERSION = "0.1.0";

export interface AppOptions {
  /** Request lines are logged only at debug and trace. */
  logLevel: string;
  /** Sign-in attempts per minute per address and account. */
  signInLimit?: number;
  /** Sites allowed to embed the widget (CORS on the customer API); ["*"] for any. */
  widgetOrigins?: string[];
}

/** The HTTP + WebSocket transport: thin routes over the use cases. */
export async function buildApp(desk: Desk, options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    // One logger for the desk and its transport; JSON on stderr (stdout is for people).
    loggerInstance: desk.log as FastifyBaseLogger,
    // A line per request costs a third of the throughput; kept for debug and trace.
    logController: new LogController({ disableRequestLogging: options.logLevel !== "debug" && options.logLevel !== "trace" }),
  });

  await app.register(fastifyWebsocket, { options: { maxPayload: BODY_LIMIT_BYTES } });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyCors, { delegator: corsFor(options.widgetOrigins ?? ["*"]) });
  app.setErrorHandler((error, request, reply) => {
    const { code, message, details } = toHttpError(error as FastifyError);
    const status = HTTP_STATUS[code];
    if (status >= 500) request.log.error({ err: error }, "request failed");
    return reply.code(status).send({ error: { code, message, ...(details ? { details } : {}) } });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: { code: "not_found", message: `No route for ${request.method} ${request.url.split("?")[0]}.` } }),
  );

  const authenticate = authenticator(desk);
  const routes = new RouteRegistry(app, authenticate);
  registerHealthRoutes(routes, desk);
  registerCustomerRoutes(routes, desk);
  registerFirmRoutes(routes, desk);
  registerCustomerStreamRoutes(app, desk, authenticate);
  registerOpeningDraftRoute(app, desk);
  // Only staff sign in with a session cookie. Registered in their own context, the cookie
  // plugin's parsing and its hook on every reply stay off the customer message path.
  await app.register(async (staff) => {
    await staff.register(fastifyCookie);
    const staffRoutes = routes.on(staff);
    registerAgentRoutes(staffRoutes, desk, { signInLimit: options.signInLimit ?? 10 });
    registerStaffRoutes(staffRoutes, desk);
    registerArticleRoutes(staffRoutes, desk);
    registerAgentStreamRoutes(staff, desk, authenticate);
  });
  const openapi = openApiDocument(routes, VERSION);
  app.get("/api/openapi.json", async () => openapi);

  if (existsSync(WEB_DIST)) {
    await app.register(fastifyStatic, { root: WEB_DIST, prefix: "/" });
    app.get("/agent", (_request, reply) => reply.redirect("/agent/"));
    app.get("/supervisor", (_request, reply) => reply.redirect("/supervisor/"));
  } else {
    app.get("/", async (_request, reply) =>
      reply.type("text/plain").send("The web apps are not built yet: run `npm run build:web` (npm ci does it for you)."),
    );
  }
  return app;
}

/**
 * The widget runs on the firm's own site, so the customer API answers other origins.
 * Nothing else does: the agent API is same-origin only (its session cookie is SameSite).
 */
function corsFor(origins: string[]) {
  const origin = origins.includes("*") ? "*" : origins;
  // Built once: the delegator runs on every request.
  const open = { origin, methods: ["GET", "POST"], allowedHeaders: ["authorization", "content-type"], credentials: false, maxAge: 600 };
  const closed = { origin: false };
  return (request: { url?: string }, callback: (error: Error | null, options: object) => void) => {
    const customerApi = request.url?.startsWith("/api/v1/conversations") || request.url?.startsWith("/healthz");
    callback(null, customerApi ? open : closed);
  };
}

function toHttpError(error: FastifyError | HttpError): { code: ErrorCode; message: string; details?: unknown } {
  if (error instanceof HttpError) return { code: error.code, message: error.message, details: error.details };
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return { code: "malformed_json", message: "The body is not valid JSON." };
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return { code: "payload_too_large", message: `The body is larger than ${BODY_LIMIT_BYTES} bytes.` };
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return { code: "unsupported_media_type", message: "Send JSON with Content-Type: application/json." };
  }
  if (error.statusCode === 429) return { code: "rate_limited", message: "Too many attempts; wait a minute and try again." };
  if (error instanceof SyntaxError || error.statusCode === 400) {
    return { code: "malformed_json", message: "The body is not valid JSON." };
  }
  if (error.statusCode === 413) return { code: "payload_too_large", message: `The body is larger than ${BODY_LIMIT_BYTES} bytes.` };
  if (error.statusCode === 415) return { code: "unsupported_media_type", message: "Send JSON with Content-Type: application/json." };
  return { code: "internal_error", message: "Something went wrong on our side; it has been logged." };
}
