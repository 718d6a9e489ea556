import type { Desk } from "../desk.ts";
import type { RouteRegistry } from "../http/route-registry.ts";

export function registerHealthRoutes(routes: RouteRegistry, _desk: Desk): void {
  routes.add(
    { method: "GET", url: "/healthz", summary: "Liveness: 200 once the server accepts traffic", tag: "health", auth: "none", responses: { 200: "Up" } },
    async () => ({ ok: true }),
  );
}
