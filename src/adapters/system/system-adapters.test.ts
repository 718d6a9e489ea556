import { createHmac, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { HmacConversationTokens } from "./system-adapters.ts";

describe("HmacConversationTokens", () => {
  const secret = "a-desk-secret-ÿ-with-non-ascii";

  it("issues the same token as an HMAC of the id under the secret, so tokens already handed out stay valid", () => {
    const id = randomUUID();
    const expected = createHmac("sha256", secret).update(`conversation:${id}`).digest("base64url");
    expect(new HmacConversationTokens(secret).issue(id)).toBe(expected);
  });

  it("a token opens its own conversation, every time, and no other", () => {
    const tokens = new HmacConversationTokens(secret);
    const [a, b] = [randomUUID(), randomUUID()];
    const tokenA = tokens.issue(a);
    expect(tokens.verify(a, tokenA)).toBe(true);
    expect(tokens.verify(a, tokenA)).toBe(true);
    expect(tokens.verify(b, tokenA)).toBe(false);
    expect(tokens.verify(a, tokens.issue(b))).toBe(false);
    expect(tokens.verify(a, `${tokenA}x`)).toBe(false);
    expect(tokens.verify(a, "")).toBe(false);
  });

  it("a token under another secret opens nothing", () => {
    const id = randomUUID();
    expect(new HmacConversationTokens(secret).verify(id, new HmacConversationTokens("another").issue(id))).toBe(false);
  });

  it("keeps verifying correctly once more tokens were used than it remembers", () => {
    const tokens = new HmacConversationTokens(secret, 3);
    const ids = Array.from({ length: 10 }, () => randomUUID());
    for (const id of ids) expect(tokens.verify(id, tokens.issue(id))).toBe(true);
    for (const id of ids) expect(tokens.verify(id, tokens.issue(id))).toBe(true);
    expect(tokens.verify(ids[0]!, tokens.issue(ids[1]!))).toBe(false);
  });
});
