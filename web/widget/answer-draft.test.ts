import { describe, expect, it } from "vitest";
import { draftOf } from "./answer-draft.ts";

describe("draftOf", () => {
  it("reads a draft frame of this conversation", () => {
    expect(draftOf({ type: "draft", draft: { id: "d1", conversationId: "c1", text: "Du lämnar din mätarställning i appen." } }, "c1")).toEqual({
      id: "d1",
      text: "Du lämnar din mätarställning i appen.",
    });
  });

  it("on the first answer's channel, before the conversation is known, any conversation's draft is read", () => {
    expect(draftOf({ type: "draft", draft: { id: "d1", conversationId: "c9", text: "Pay in the app." } }, undefined)).toEqual({ id: "d1", text: "Pay in the app." });
  });

  it("ignores other frames, other conversations, and drafts without text", () => {
    expect(draftOf({ type: "message", message: {} }, "c1")).toBeUndefined();
    expect(draftOf({ type: "draft", draft: { id: "d1", conversationId: "c2", text: "x" } }, "c1")).toBeUndefined();
    expect(draftOf({ type: "draft", draft: { id: "d1", conversationId: "c1", text: "  " } }, "c1")).toBeUndefined();
    expect(draftOf({ type: "draft", draft: { conversationId: "c1", text: "x" } }, "c1")).toBeUndefined();
    expect(draftOf({ type: "draft" }, "c1")).toBeUndefined();
  });
});
