import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { distDir, ensureWebBuild } from "./web-build.ts";

// The widget loads on every page of a firm's site: it has a budget.
const BUDGET_BYTES = 50 * 1024;

describe("customer widget bundle", () => {
  it("stays under 50 KB gzipped", () => {
    ensureWebBuild();
    const gzipped = gzipSync(readFileSync(`${distDir}widget.js`), { level: 9 }).length;
    expect(gzipped).toBeLessThan(BUDGET_BYTES);
  });

  it("is one self-contained script with its CSS inside", () => {
    ensureWebBuild();
    const source = readFileSync(`${distDir}widget.js`, "utf8");
    expect(source).not.toMatch(/\bimport\s*\(|\bfrom\s*["']/); // no module loading at run time
    expect(source).toContain(".tw-panel"); // styles are injected, not a separate file
    expect(readFileSync(`${distDir}index.html`, "utf8")).toContain('<script src="/widget.js" defer></script>');
  });
});
