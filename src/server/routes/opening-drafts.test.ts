import fastifyWebsocket from "@fastify/websocket";
import Fastify, { type FastifyInstance } from "fastify";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { MemoryEventBus } from "../../adapters/memory/memory-event-bus.ts";
import type { Desk } from "../desk.ts";
import { registerOpeningDraftRoute } from "./stream-routes.ts";

/** The route alone, over a real socket, with a limit of two listeners. */
const bus = new MemoryEventBus();
let app: FastifyInstance;
let url: string;
beforeAll(async () => {
  app = Fastify();
  await app.register(fastifyWebsocket);
  registerOpeningDraftRoute(app, { deps: { bus } } as unknown as Desk, 2);
  await app.listen({ port: 0, host: "127.0.0.1" });
  url = `ws://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1/opening-drafts?clientMessageId=`;
});
afterAll(() => app.close());

function connect(key: string) {
  const socket = new WebSocket(url + key);
  const frames: unknown[] = [];
  const closed = new Promise<number>((resolve) => socket.on("close", (code) => resolve(code)));
  socket.on("message", (data) => frames.push(JSON.parse(String(data))));
  return { socket, frames, closed, opened: new Promise((resolve) => socket.once("open", resolve)) };
}

describe("listeners for a first answer's drafts", () => {
  it("past the limit a listener is turned away at once; a place frees when one leaves", async () => {
    const first = connect("a".repeat(16) + "-1");
    const second = connect("a".repeat(16) + "-2");
    await Promise.all([first.opened, second.opened]);
    const third = connect("a".repeat(16) + "-3");
    expect(await third.closed).toBe(1013);

    // The ones inside still hear their own drafts.
    const draft = { id: "d1", conversationId: "c1", text: "Pay in the app." };
    await bus.publish(`opening:${"a".repeat(16)}-1`, [{ type: "draft", draft }]);
    await expect.poll(() => first.frames).toEqual([{ type: "draft", draft }]);
    expect(second.frames).toEqual([]);

    first.socket.close();
    await first.closed;
    const fourth = connect("a".repeat(16) + "-4");
    await fourth.opened;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fourth.socket.readyState).toBe(WebSocket.OPEN);
    second.socket.close();
    fourth.socket.close();
  });
});
