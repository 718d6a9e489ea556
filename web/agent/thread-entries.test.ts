import { describe, expect, it } from "vitest";
import type { Message } from "../shared/api-types.ts";
import type { Note } from "./agent-types.ts";
import { threadEntries } from "./thread-entries.ts";

const at = (s: string) => `2026-01-01T00:00:${s}Z`;
const msg = (id: string, s: string): Message => ({ id, conversationId: "c1", author: "customer", text: id, createdAt: at(s) });
const note = (id: string, s: string): Note => ({ id, conversationId: "c1", agentId: "a1", agentName: "Maja", text: id, createdAt: at(s) });

describe("threadEntries", () => {
  it("a note written between two messages shows between them", () => {
    const entries = threadEntries([msg("q", "01"), msg("a", "05")], [note("n", "03")]);
    expect(entries.map((e) => (e.kind === "note" ? `note:${e.n.id}` : e.m.id))).toEqual(["q", "note:n", "a"]);
  });

  it("messages with the same time keep the desk's order", () => {
    const entries = threadEntries([msg("q", "01"), msg("answer", "01")], [note("n", "02")]);
    expect(entries.map((e) => (e.kind === "note" ? e.n.id : e.m.id))).toEqual(["q", "answer", "n"]);
  });

  it("without notes it is just the messages", () => {
    expect(threadEntries([msg("q", "01")], []).map((e) => e.kind)).toEqual(["message"]);
  });
});
