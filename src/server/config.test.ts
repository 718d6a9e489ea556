import { describe, expect, it } from "vitest";
import { parseConfig } from "./config.ts";

function config(env: Record<string, string>) {
  const result = parseConfig(env);
  if (!result.ok) throw new Error(result.problems.join("; "));
  return result.config;
}

describe("parseConfig", () => {
  it("runs the extractive assistant when no language model is set", () => {
    expect(config({}).languageModel).toBeUndefined();
  });

  it("a language model streams checked drafts unless TANDEM_LLM_STREAM=0", () => {
    const base = { TANDEM_LLM_URL: "http://localhost:11434/v1", TANDEM_LLM_MODEL: "llama3" };
    expect(config(base).languageModel).toMatchObject({ url: base.TANDEM_LLM_URL, model: "llama3", streamDrafts: true });
    expect(config({ ...base, TANDEM_LLM_STREAM: "0" }).languageModel?.streamDrafts).toBe(false);
  });

  it("names what is wrong instead of starting with a half-understood setting", () => {
    expect(parseConfig({ TANDEM_LLM_URL: "http://localhost:11434/v1" })).toEqual({
      ok: false,
      problems: ["TANDEM_LLM_MODEL: set the model name when TANDEM_LLM_URL is set"],
    });
    const bad = parseConfig({ TANDEM_LLM_URL: "http://x/v1", TANDEM_LLM_MODEL: "m", TANDEM_LLM_STREAM: "yes" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.join(" ")).toContain("TANDEM_LLM_STREAM");
  });
});
