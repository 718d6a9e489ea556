// With a language model behind the desk, the widget shows the answer while the model
// writes it: each draft is a checked prefix, and the committed answer (with its sources)
// replaces it. The model is the local fake server, streaming slowly enough to watch.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDesk, type RunningDesk } from "../../src/server/start.ts";
import { behaviours, startFakeChatServer, type FakeChatServer } from "../../src/test-support/fake-chat-server.ts";
import { prepareArtifacts, shootOnFailure, shot } from "./artifacts.ts";
import { launchChromium } from "./browser.ts";
import { ensureWebBuild } from "./web-build.ts";

const FIRST = "You can submit a meter reading in the Nordvik Energy app or on the My Account page at any time";
const SECOND = 'Choose "Meter reading" and enter the numbers shown on your meter from left to right';

describe("an answer shown while the language model writes it, in the browser", () => {
  let model: FakeChatServer;
  let running: RunningDesk;
  let browser: Browser;
  let dataDir: string;

  beforeAll(async () => {
    ensureWebBuild();
    await prepareArtifacts();
    model = await startFakeChatServer();
    dataDir = await mkdtemp(join(tmpdir(), "tandem-e2e-stream-"));
    [running, browser] = await Promise.all([
      startDesk({ port: 0, dataDir, demo: true, logLevel: "silent", languageModel: { url: model.baseUrl, model: "fake", timeoutMs: 20_000 } }),
      launchChromium(),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await running?.close();
    await model?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("the draft shows a checked sentence, then the cited answer takes its place, for the first message and a follow-up", async () => {
    const context = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    shootOnFailure({ customer: page });
    await page.goto(`${running.url}/`);
    await page.getByRole("button", { name: "Open chat" }).click();
    const widget = page.getByRole("dialog");

    const slowly = () => behaviours.shaped(() => ({ content: `${FIRST} [1]. ${SECOND} [1]. Is there anything else?` }), { chunkChars: 4, chunkDelayMs: 60 });
    const draft = widget.locator(".tw-draft");
    const answers = widget.locator(".tw-assistant:not(.tw-draft)");

    // The first message: the conversation does not exist yet, the draft still shows.
    model.play(slowly());
    await widget.getByLabel("Your message").fill("How do I submit a meter reading?");
    await widget.getByLabel("Your message").press("Enter");
    await draft.waitFor();
    await expect(draft.locator(".tw-bubble").textContent()).resolves.toBe(`${FIRST}.`);
    await expect(draft.textContent()).resolves.toContain("Writing…");
    await shot(page, "09-widget-answer-being-written");
    await answers.first().waitFor();
    await draft.waitFor({ state: "detached" });

    // A follow-up, on the conversation's own stream: a sentence shows while the rest is written.
    model.play(slowly());
    await widget.getByLabel("Your message").fill("Where do I send my meter reading?");
    await widget.getByLabel("Your message").press("Enter");
    await draft.waitFor();
    await expect(draft.locator(".tw-bubble").textContent()).resolves.toBe(`${FIRST}.`);

    // The committed answer replaces the draft: whole, cited, and the draft is gone.
    await expect.poll(() => answers.count(), { timeout: 15_000 }).toBe(2);
    await draft.waitFor({ state: "detached" });
    const final = answers.nth(1);
    await expect(final.locator(".tw-bubble").textContent()).resolves.toContain(SECOND);
    expect((await final.locator(".tw-sources li").allTextContents()).join(" ").toLowerCase()).toContain("meter");
    await context.close();
  });
});
