import { z } from "zod";
import { recordCustomerEvent } from "../../core/conversations/record-customer-event.ts";
import { KNOWN_HISTORY_TYPES } from "../../core/inquiry.ts";
import type { Desk } from "../desk.ts";
import type { RouteRegistry } from "../http/route-registry.ts";

/**
 * A history event from the firm's systems, in the vocabulary of inquiry-format.md. Types
 * outside the vocabulary are accepted and kept (triage ignores them), as the spec says.
 */
const HistoryEventBody = z
  .object({
    type: z.string().min(1).max(100).describe(`One of ${KNOWN_HISTORY_TYPES.join(", ")}; others are kept and ignored`),
    daysAgo: z.number().min(0).max(36_500).optional(),
    at: z.iso.datetime({ offset: true }).optional(),
    outcome: z.enum(["resolved", "unresolved", "abandoned"]).optional(),
    handledBy: z.enum(["ai", "human"]).optional(),
    daysLate: z.number().min(0).optional(),
    amount: z.number().optional(),
    score: z.number().int().min(1).max(5).optional(),
  })
  .catchall(z.union([z.string().max(500), z.number(), z.boolean(), z.null()]))
  .refine((e) => e.daysAgo !== undefined || e.at !== undefined, { message: "give daysAgo or at" })
  .refine((e) => e.at === undefined || Date.parse(e.at) <= Date.now() + 60_000, { message: "at must not be in the future" });

const CustomerParams = z.object({ customerId: z.string().min(1).max(200) });

export function registerFirmRoutes(routes: RouteRegistry, desk: Desk): void {
  routes.add(
    {
      method: "POST",
      url: "/api/v1/customers/:customerId/events",
      summary: "Post one history event about a customer (firm API key); triage reads it when their next conversation opens",
      tag: "firm",
      auth: "apiKey",
      body: HistoryEventBody,
      responses: { 201: "Recorded", 400: "Invalid event", 401: "Missing or wrong API key" },
    },
    async ({ body, params, reply }) => {
      const { customerId } = CustomerParams.parse(params);
      const { at: atText, daysAgo, ...fields } = body;
      const at = atText ? new Date(atText) : undefined;
      const recorded = await recordCustomerEvent(desk.deps, {
        customerId,
        event: { ...fields, daysAgo: daysAgo ?? 0 },
        at,
      });
      reply.code(201);
      return { event: { customerId, ...fields, at: recorded.at.toISOString() } };
    },
  );
}
