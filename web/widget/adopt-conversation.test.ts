import { describe, expect, it } from "vitest";
import type { Conversation } from "../shared/api-types.ts";
import { adoptConversation } from "./adopt-conversation.ts";

const conv = (status: Conversation["status"], extra: Partial<Conversation> = {}): Conversation => ({
  id: "c1", status, route: "human", weight: 0.6, reasons: [], language: "en", ...extra,
});

describe("adoptConversation", () => {
  it("a late send answer saying 'waiting' does not undo a person who already joined", () => {
    expect(adoptConversation(conv("agent", { agentName: "Sven" }), conv("waiting"), { fromSend: true, streaming: true })).toBe(false);
  });

  it("a send answer may refresh the wait estimate of the state shown", () => {
    const fresher = conv("waiting", { wait: { agentsOnline: 1, estimatedMinutes: 2, message: "About 2 min" } });
    expect(adoptConversation(conv("waiting"), fresher, { fromSend: true, streaming: true })).toBe(true);
  });

  it("without the stream the send answer is the best news there is", () => {
    expect(adoptConversation(conv("agent"), conv("waiting"), { fromSend: true, streaming: false })).toBe(true);
  });

  it("stream frames always win, also when they move the state back (a re-queue)", () => {
    expect(adoptConversation(conv("agent"), conv("waiting"), { fromSend: false, streaming: true })).toBe(true);
  });

  it("the first state of a new conversation is always taken", () => {
    expect(adoptConversation(undefined, conv("assistant"), { fromSend: true, streaming: true })).toBe(true);
  });
});
