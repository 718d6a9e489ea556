import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z, type ZodType } from "zod";
import { HttpError } from "./error-codes.ts";

export type Auth = "none" | "conversation" | "apiKey" | "agent" | "supervisor";

export interface RouteSpec<B extends ZodType | undefined, Q extends ZodType | undefined> {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  url: string;
  summary: string;
  tag: string;
  auth: Auth;
  body?: B;
  query?: Q;
  /** Requests per minute per key, by default the caller's address (for routes worth guessing at). */
  rateLimit?: { perMinute: number; key?: (request: FastifyRequest) => string };
  /** Status → description, for the OpenAPI document. */
  responses: Record<number, string>;
}

type Parsed<T> = T extends ZodType ? z.output<T> : undefined;

export interface RouteContext<B, Q> {
  request: FastifyRequest;
  reply: FastifyReply;
  body: B;
  query: Q;
  params: Record<string, string>;
}

/**
 * Every route is declared through here: its input is validated with zod before the
 * handler runs, and its description feeds the OpenAPI document, so the docs cannot drift
 * from what the server accepts.
 */
export class RouteRegistry {
  constructor(
    private readonly app: FastifyInstance,
    private readonly authenticate: (auth: Auth, request: FastifyRequest) => Promise<void>,
    readonly specs: RouteSpec<ZodType | undefined, ZodType | undefined>[] = [],
  ) {}

  /** Declares routes in another (encapsulated) context; they still go into one OpenAPI document. */
  on(app: FastifyInstance): RouteRegistry {
    return new RouteRegistry(app, this.authenticate, this.specs);
  }

  add<B extends ZodType | undefined = undefined, Q extends ZodType | undefined = undefined>(
    spec: RouteSpec<B, Q>,
    handler: (ctx: RouteContext<Parsed<B>, Parsed<Q>>) => Promise<unknown>,
  ): void {
    this.specs.push(spec);
    this.app.route({
      method: spec.method,
      url: spec.url,
      ...(spec.rateLimit
        ? {
            config: {
              rateLimit: {
                max: spec.rateLimit.perMinute,
                timeWindow: "1 minute",
                // A key that reads the body must run after the body is parsed.
                ...(spec.rateLimit.key ? { keyGenerator: spec.rateLimit.key, hook: "preHandler" } : {}),
              },
            },
          }
        : {}),
      handler: async (request, reply) => {
        await this.authenticate(spec.auth, request);
        const body = spec.body ? validate(spec.body, request.body ?? {}, "body") : undefined;
        const query = spec.query ? validate(spec.query, request.query ?? {}, "query") : undefined;
        return handler({
          request,
          reply,
          body: body as Parsed<B>,
          query: query as Parsed<Q>,
          params: request.params as Record<string, string>,
        });
      },
    });
  }
}

function validate<T extends ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  const first = issues[0];
  const message = first ? `${where}${first.path ? `.${first.path}` : ""}: ${first.message}` : `invalid ${where}`;
  throw new HttpError("invalid_request", message, issues);
}
