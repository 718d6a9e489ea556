// Screenshots for people to look at: the main screens on success, every open
// page on failure (the fastest way to see why a browser test failed).
import { mkdir } from "node:fs/promises";
import type { Page } from "playwright-core";
import { onTestFailed } from "vitest";
import { repoRoot } from "./web-build.ts";

export const ARTIFACTS = `${repoRoot}test-artifacts/`;

export async function prepareArtifacts(): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
}

export function shot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: `${ARTIFACTS}${name}.png` });
}

/** Pages may be added to the record after this call; all present at failure are shot. */
export function shootOnFailure(pages: Record<string, Page>): void {
  onTestFailed(async () => {
    await Promise.all(Object.entries(pages).map(([name, page]) => shot(page, `failed-${name}`).catch(() => undefined)));
  });
}
