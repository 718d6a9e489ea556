// The knowledge base page in a real browser: a supervisor writes an article, a
// customer gets an answer citing it at once, an edit makes version 2 while version
// 1's exact text stays readable, retiring asks first, and an agent is refused.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareArtifacts, shootOnFailure, shot } from "./artifacts.ts";
import { launchChromium } from "./browser.ts";
import { startDeskUnderTest, type Credentials, type DeskUnderTest } from "./desk-under-test.ts";
import { openPage, signIn } from "./pages.ts";
import { ensureWebBuild } from "./web-build.ts";

const FIRST_TEXT = "Nordvik Energy does not give heat pump grants. Ask your municipality about local grants for heat pumps.";
const SECOND_TEXT = "Nordvik Energy does not give heat pump grants. Your municipality or the national energy agency can tell you about grants.";

// The mock desk in web/dev has no knowledge base API; this page needs the real one.
describe.skipIf(process.env.TANDEM_E2E_MOCK === "1")("the knowledge base page, in the browser", () => {
  let desk: DeskUnderTest;
  let browser: Browser;
  let agentLogin: Credentials;

  beforeAll(async () => {
    ensureWebBuild();
    await prepareArtifacts();
    [desk, browser] = await Promise.all([startDeskUnderTest(), launchChromium()]);
    agentLogin = await desk.addAgent("Ola Berg", "agent");
  });

  afterAll(async () => {
    await browser?.close();
    await desk?.close();
  });

  it("a supervisor writes an article the assistant cites at once, edits it into version 2, and retires it", async () => {
    const { context, page } = await openPage(browser, "en-GB", { width: 1280, height: 900 });
    const { context: customerContext, page: customer } = await openPage(browser, "en-GB", { width: 1024, height: 800 });
    shootOnFailure({ supervisor: page, customer });

    // Reached from the supervisor view's header.
    await signIn(page, desk.url, desk.demoCredentials);
    await page.goto(`${desk.url}/supervisor/`);
    await page.getByRole("link", { name: "Knowledge base" }).click();
    await page.locator(".kb-list tr", { hasText: "Submitting a meter reading" }).waitFor();
    await shot(page, "40-knowledge-list");

    // A title that is taken: the desk's refusal shows beside the title, and nothing is saved.
    await page.getByRole("button", { name: "New article" }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("kb-title");
    await page.getByLabel("Title", { exact: true }).fill("Submitting a meter reading");
    await page.getByLabel("Language", { exact: true }).selectOption("en");
    await page.getByLabel("Text (Markdown)").fill(FIRST_TEXT);
    await page.getByLabel("Sample questions").fill("Do you give grants for heat pumps?\nheat pump subsidy");
    await page.getByLabel("Tags").fill("heating, grants");
    await page.getByRole("button", { name: "Save article" }).click();
    await page.locator("#kb-title-error", { hasText: "already exists" }).waitFor();
    await expect(page.getByLabel("Title", { exact: true }).getAttribute("aria-invalid")).resolves.toBe("true");
    await shot(page, "41-knowledge-duplicate-title");

    await page.getByLabel("Title", { exact: true }).fill("Heat pump grants");
    await page.getByRole("button", { name: "Save article" }).click();
    await page.getByRole("status").filter({ hasText: "saved as version 1" }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("kb-article-title");
    await page.locator(".kb-list tr.selected", { hasText: "Heat pump grants" }).waitFor();
    await shot(page, "42-knowledge-article-saved");

    // A customer asks in their own words and gets an answer that cites it.
    await customer.goto(`${desk.url}/`);
    await customer.getByRole("button", { name: "Open chat" }).click();
    const widget = customer.getByRole("dialog");
    await widget.getByLabel("Your message").fill("Do you give a grant for a heat pump?");
    await widget.getByLabel("Your message").press("Enter");
    await widget.locator(".tw-assistant .tw-sources li", { hasText: "Heat pump grants" }).waitFor();
    await expect(widget.locator(".tw-assistant").first().textContent()).resolves.toContain("municipality");
    await shot(customer, "43-widget-cites-new-article");

    // Edited: version 2 is current, and version 1's exact text is one click away.
    await page.getByRole("button", { name: "Edit" }).click();
    await page.getByLabel("Text (Markdown)").fill(SECOND_TEXT);
    await page.getByRole("button", { name: "Save new version" }).click();
    await page.getByRole("status").filter({ hasText: "Saved as version 2" }).waitFor();
    await expect(page.locator(".kb-article .kb-body").first().textContent()).resolves.toBe(SECOND_TEXT);
    await page.getByRole("button", { name: "Version 1" }).click();
    const first = page.locator(".kb-version[data-version='1']");
    await first.waitFor();
    await expect(first.locator(".kb-body").textContent()).resolves.toBe(FIRST_TEXT);
    await expect(page.getByRole("button", { name: "Version 2" }).isVisible()).resolves.toBe(true);
    await shot(page, "44-knowledge-version-1-of-2");

    // Retiring asks first; afterwards the list hides it unless asked to show retired ones.
    await page.getByRole("button", { name: "Retire…" }).click();
    const confirm = page.getByRole("dialog", { name: /Retire “Heat pump grants”/ });
    await confirm.waitFor();
    await shot(page, "45-knowledge-retire-confirm");
    await confirm.getByRole("button", { name: "Retire article" }).click();
    await page.locator(".kb-article .chip.retired").waitFor();
    await page.locator(".kb-list tr", { hasText: "Heat pump grants" }).waitFor({ state: "detached" });
    await page.getByLabel("Show retired").check();
    await page.locator(".kb-list tr.dim", { hasText: "Heat pump grants" }).waitFor();
    await shot(page, "46-knowledge-retired");
    await Promise.all([context.close(), customerContext.close()]);
  }, 60_000);

  it("an agent opening the page is refused", async () => {
    const { context, page } = await openPage(browser, "en-GB");
    shootOnFailure({ agent: page });
    await signIn(page, desk.url, agentLogin);
    await page.goto(`${desk.url}/supervisor/knowledge/`);
    await page.getByRole("heading", { name: "This page is for supervisors" }).waitFor();
    await expect(page.locator(".kb-list").count()).resolves.toBe(0);
    await shot(page, "47-knowledge-refused-for-agent");
    await context.close();
  });
});
