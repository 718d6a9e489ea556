import { describe, expect, it } from "vitest";
import { canTransition, transition } from "./state-machine.ts";

describe("conversation lifecycle", () => {
  it("hands an assistant conversation to the queue", () => {
    expect(transition("assistant", "hand_over")).toEqual({ ok: true, status: "waiting", changed: true });
  });

  it("gives a waiting conversation to the person who takes it", () => {
    expect(transition("waiting", "assign")).toEqual({ ok: true, status: "agent", changed: true });
  });

  it("never lets the assistant back into a conversation a person owns", () => {
    expect(canTransition("agent", "keep_with_assistant")).toBe(false);
    expect(canTransition("waiting", "keep_with_assistant")).toBe(false);
  });

  it("treats asking for a person again as no change once a person has it", () => {
    expect(transition("agent", "hand_over")).toEqual({ ok: true, status: "agent", changed: false });
  });

  it("puts a released conversation back in the queue", () => {
    expect(transition("agent", "release")).toEqual({ ok: true, status: "waiting", changed: true });
  });

  it("reopens a resolved conversation with the assistant or a person", () => {
    expect(transition("resolved", "reopen_with_assistant")).toMatchObject({ ok: true, status: "assistant" });
    expect(transition("resolved", "hand_over")).toMatchObject({ ok: true, status: "waiting" });
  });

  it("refuses to assign a resolved conversation", () => {
    expect(transition("resolved", "assign")).toEqual({
      ok: false,
      code: "invalid_transition",
      from: "resolved",
      command: "assign",
    });
  });

  it("cannot release a conversation nobody holds", () => {
    expect(canTransition("waiting", "release")).toBe(false);
    expect(canTransition("assistant", "release")).toBe(false);
  });
});
