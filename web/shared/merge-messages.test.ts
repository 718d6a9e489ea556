import { describe, expect, it } from "vitest";
import type { Message } from "./api-types.ts";
import { lastMessageId, mergeMessages } from "./merge-messages.ts";

const msg = (id: string, at: string, text = id): Message => ({
  id,
  conversationId: "c1",
  author: "customer",
  text,
  createdAt: `2026-01-01T00:00:${at}Z`,
});

describe("mergeMessages", () => {
  it("a message delivered by both the stream and a catch-up page shows once", () => {
    const fromStream = mergeMessages([msg("a", "01")], [msg("b", "02")]);
    const afterCatchUp = mergeMessages(fromStream, [msg("b", "02"), msg("c", "03")]);
    expect(afterCatchUp.map((m) => m.id)).toEqual(["a", "b", "c"]);
  });

  it("a late catch-up page slots older messages in before newer ones", () => {
    const merged = mergeMessages([msg("c", "03")], [msg("a", "01"), msg("b", "02")]);
    expect(merged.map((m) => m.id)).toEqual(["a", "b", "c"]);
  });

  it("messages with the same timestamp keep the order the desk sent them in", () => {
    const merged = mergeMessages([], [msg("q", "05"), msg("answer", "05"), msg("note", "05")]);
    expect(merged.map((m) => m.id)).toEqual(["q", "answer", "note"]);
  });

  it("nothing new returns the same list, so the view does not re-render", () => {
    const list = [msg("a", "01")];
    expect(mergeMessages(list, [msg("a", "01")])).toBe(list);
    expect(mergeMessages(list, [])).toBe(list);
  });

  it("the catch-up cursor is the newest message's id", () => {
    expect(lastMessageId([msg("a", "01"), msg("b", "02")])).toBe("b");
    expect(lastMessageId([])).toBeUndefined();
  });
});
