import { z, type ZodType } from "zod";
import type { RouteRegistry } from "./route-registry.ts";

const SECURITY: Record<string, Record<string, string[]>[] | undefined> = {
  none: undefined,
  conversation: [{ conversationToken: [] }],
  apiKey: [{ firmApiKey: [] }],
  agent: [{ agentSession: [] }],
  supervisor: [{ agentSession: [] }],
};

/** Extra endpoints that are not plain JSON routes (WebSockets), described by hand. */
const STREAMS = {
  "/api/v1/conversations/{id}/stream": {
    get: {
      tags: ["customer"],
      summary: "WebSocket (token as ?token=, optional ?after=<messageId> to catch up): every new message and status change as JSON frames {type:'message'|'conversation', …}",
      description:
        "With `?drafts=1` the stream also carries `{type:'draft', draft:{id, conversationId, text}}` frames while a language-model assistant is writing an answer: " +
        "each is the whole checked text so far (every sentence in it passed the groundedness check; citation marks removed). Drafts are never stored; the " +
        "assistant or system message that follows replaces the draft (show one draft at a time and drop it when any non-customer message arrives).",
      parameters: [
        { name: "id", in: "path", required: true, schema: { type: "string" } },
        { name: "token", in: "query", required: true, schema: { type: "string" }, description: "The conversation's token" },
        { name: "after", in: "query", required: false, schema: { type: "string" }, description: "Catch up on messages after this message id" },
        { name: "drafts", in: "query", required: false, schema: { type: "string", enum: ["1"] }, description: "Also send drafts of answers being written" },
      ],
      responses: { "101": { description: "Switching protocols" }, "404": { description: "No such conversation" } },
    },
  },
  "/api/v1/opening-drafts": {
    get: {
      tags: ["customer"],
      summary: "WebSocket for the drafts of the answer to a conversation's first message, while the customer has no conversation yet",
      description:
        "Open it with the clientMessageId (16-200 characters, random: it is the only key) you are about to send with POST /api/v1/conversations; " +
        "while that request is answered by a language-model assistant, `{type:'draft', draft:{id, conversationId, text}}` frames arrive as for `?drafts=1` " +
        "on the conversation stream. Close it when the POST answers. It closes itself after 130 s; past 5,000 listeners per server it is " +
        "closed at once with code 1013, and the answer still comes whole with the POST.",
      parameters: [{ name: "clientMessageId", in: "query", required: true, schema: { type: "string", minLength: 16, maxLength: 200 } }],
      responses: { "101": { description: "Switching protocols" }, "400": { description: "invalid_request: no clientMessageId, or one too short to be unguessable" } },
    },
  },
  "/api/v1/agent/stream": {
    get: {
      tags: ["agent"],
      summary: "WebSocket for signed-in agents: every conversation change and message",
      responses: { "101": { description: "Switching protocols" }, "401": { description: "Not signed in" } },
    },
  },
};

/** The OpenAPI 3.1 description, generated from the same route specs the server validates with. */
export function openApiDocument(routes: RouteRegistry, version: string) {
  const paths: Record<string, Record<string, unknown>> = { ...STREAMS };
  for (const spec of routes.specs) {
    const path = spec.url.replace(/:(\w+)/g, "{$1}");
    const params = [...spec.url.matchAll(/:(\w+)/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: "string" } }));
    const query = spec.query ? queryParameters(spec.query) : [];
    paths[path] ??= {};
    paths[path][spec.method.toLowerCase()] = {
      tags: [spec.tag],
      summary: spec.summary,
      ...(SECURITY[spec.auth] ? { security: SECURITY[spec.auth] } : {}),
      parameters: [...params, ...query],
      ...(spec.body
        ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(spec.body) } } } }
        : {}),
      responses: Object.fromEntries(
        Object.entries(spec.responses).map(([status, description]) => [
          status,
          Number(status) >= 400
            ? { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }
            : { description },
        ]),
      ),
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Tandem desk API",
      version,
      description: "The customer API (fixed by shared/spec/api.md), the firm's API and the agent workspace API. Errors are {error:{code,message}} with a stable snake_case code.",
    },
    paths,
    components: {
      securitySchemes: {
        conversationToken: { type: "http", scheme: "bearer", description: "The token returned when the conversation was opened" },
        firmApiKey: { type: "http", scheme: "bearer", description: "TANDEM_API_KEY" },
        agentSession: { type: "apiKey", in: "cookie", name: "tandem_session", description: "Plus an x-csrf-token header on changes" },
      },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" } } } },
        },
      },
    },
  };
}

function jsonSchema(schema: ZodType): unknown {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
}

function queryParameters(schema: ZodType) {
  const json = jsonSchema(schema) as { properties?: Record<string, unknown> };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({ name, in: "query", required: false, schema: s }));
}
