// The whole path in a real browser: a customer gets a cited answer, asks for a
// person in Swedish, an agent takes the conversation and answers, the customer
// sees it live, the agent resolves, the customer rates. Screenshots of each
// main screen land in test-artifacts/ for people to look at.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareArtifacts, shootOnFailure, shot } from "./artifacts.ts";
import { launchChromium } from "./browser.ts";
import { startForeignSite } from "./foreign-site.ts";
import { streamSwitch } from "./network-switch.ts";
import { startDeskUnderTest, type DeskUnderTest } from "./desk-under-test.ts";
import { ensureWebBuild } from "./web-build.ts";

describe("hand-over from the widget to an agent, in the browser", () => {
  let desk: DeskUnderTest;
  let browser: Browser;
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    ensureWebBuild();
    await prepareArtifacts();
    [desk, browser] = await Promise.all([startDeskUnderTest(), launchChromium()]);
  });

  afterAll(async () => {
    await Promise.all(cleanups.map((close) => close()));
    await browser?.close();
    await desk?.close();
  });

  it("a customer gets a cited answer, asks for a person in Swedish, and an agent answers live", async () => {
    const customerContext = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 800 } });
    const customer = await customerContext.newPage();
    customer.setDefaultTimeout(15_000);
    const network = await streamSwitch(customer);
    const pages: Record<string, Page> = { customer };
    shootOnFailure(pages);
    await customer.goto(`${desk.url}/`);
    await expect(customer.title()).resolves.toContain("Nordvik Energy");

    // First screen: a text box and a visible way to a person.
    await customer.getByRole("button", { name: "Open chat" }).click();
    const widget = customer.getByRole("dialog");
    await expect(widget.getByRole("button", { name: "Talk to a person" }).isVisible()).resolves.toBe(true);
    await expect(widget.locator(".tw-who").textContent()).resolves.toContain("Assistant");

    // A routine question gets an answer that names its source.
    await widget.getByLabel("Your message").fill("How do I submit a meter reading?");
    await widget.getByLabel("Your message").press("Enter");
    const answer = widget.locator(".tw-assistant").first();
    await answer.waitFor();
    const sources = await answer.locator(".tw-sources li").allTextContents();
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.join(" ").toLowerCase()).toContain("meter");
    await shot(customer, "01-widget-cited-answer");

    // An explicit request for a person, in Swedish.
    await widget.getByLabel("Your message").fill("Jag vill prata med en människa");
    await widget.getByLabel("Your message").press("Enter");
    await widget.locator(".tw-who", { hasText: "Waiting for a person" }).waitFor();
    await shot(customer, "02-widget-waiting-for-person");
    const conversationId = await customer.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith("tandem:session:"));
      return key ? (JSON.parse(localStorage.getItem(key) ?? "{}") as { conversationId?: string }).conversationId : undefined;
    });
    expect(conversationId).toBeTruthy();

    // The agent signs in and finds it in the queue, with the reason it came to a person.
    const agentContext = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 800 } });
    const agent = await agentContext.newPage();
    agent.setDefaultTimeout(15_000);
    pages.agent = agent;
    await agent.goto(`${desk.url}/agent/`);
    await shot(agent, "03-agent-sign-in");
    await agent.getByLabel("E-mail").fill(desk.demoCredentials.email);
    await agent.getByLabel("Password").fill(desk.demoCredentials.password);
    await agent.getByRole("button", { name: "Sign in" }).click();
    const row = agent.locator(`[data-conversation-id="${conversationId}"]`);
    await row.waitFor();
    const reasons = (await row.locator(".reasons").textContent()) ?? "";
    expect(reasons.trim().length).toBeGreaterThan(0);
    expect(reasons).not.toContain("no reason recorded");
    // The reason should be the customer's own request, in whatever language they wrote it.
    expect.soft(reasons.toLowerCase(), "triage should recognise the Swedish request for a person").toContain("person");
    await shot(agent, "04-agent-queue");

    // Opens it: the whole conversation, the brief; takes it and replies.
    await row.click();
    await agent.locator(".thread", { hasText: "Jag vill prata med en människa" }).waitFor();
    await expect(agent.locator(".thread").textContent()).resolves.toContain("How do I submit a meter reading?");
    await shot(agent, "05-agent-conversation-brief");
    await agent.getByRole("button", { name: "Take it" }).click();
    const reply = "Hej! Jag heter Maja och hjälper dig gärna. Vad gäller det?";
    await agent.getByLabel("Reply to the customer").fill(reply);
    await agent.getByLabel("Reply to the customer").press("Enter");
    await agent.locator(".m-agent", { hasText: reply }).waitFor();

    // The customer sees the reply arrive live, and who is answering now.
    await widget.locator(".tw-agent", { hasText: reply }).waitFor();
    await expect(widget.locator(".tw-who").textContent()).resolves.toMatch(/A person/);
    await shot(customer, "06-widget-agent-reply-live");

    // The agent's screen is live too: the customer's next message appears unasked.
    await widget.getByLabel("Your message").fill("Min mätare visar 0 kWh sedan i måndags");
    await widget.getByLabel("Your message").press("Enter");
    await agent.locator(".m-customer", { hasText: "Min mätare visar 0 kWh" }).waitFor();
    await shot(agent, "07-agent-replied");

    // The widget loses its connection; a reply sent meanwhile arrives once it is
    // back, exactly once.
    await network.cut();
    await widget.getByText("Reconnecting…").waitFor();
    const whileAway = "Tack! Jag kontrollerar mätaren nu.";
    await agent.getByLabel("Reply to the customer").fill(whileAway);
    await agent.getByLabel("Reply to the customer").press("Enter");
    await agent.locator(".m-agent", { hasText: whileAway }).waitFor();
    await shot(customer, "07b-widget-reconnecting");
    network.restore();
    await widget.locator(".tw-agent", { hasText: whileAway }).waitFor();
    await widget.getByText("Reconnecting…").waitFor({ state: "detached" });
    const ids = await widget.locator("[data-message-id]").evaluateAll((els) => els.map((e) => e.getAttribute("data-message-id")));
    expect(new Set(ids).size).toBe(ids.length);
    await expect(widget.locator(".tw-agent", { hasText: whileAway }).count()).resolves.toBe(1);

    // The agent resolves; the customer is asked for a rating and gives one.
    await agent.getByRole("button", { name: "Resolve" }).click();
    await agent.locator(".conv-head .status", { hasText: "resolved" }).waitFor();
    await widget.getByText("How did we do?").waitFor();
    await widget.getByRole("button", { name: "5 of 5" }).click();
    await widget.getByRole("button", { name: "Send rating" }).click();
    await widget.getByText("Thank you for your feedback!").waitFor();
    await shot(customer, "08-widget-rated");

    // Tablet width: the agent app still works in portrait.
    await agent.setViewportSize({ width: 768, height: 1024 });
    await shot(agent, "09-agent-tablet-portrait");

    await Promise.all([customerContext.close(), agentContext.close()]);
  }, 120_000);

  it("speaks the customer's language, retries a lost send without duplicating it, and survives a reload", async () => {
    const context = await browser.newContext({ locale: "sv-SE", viewport: { width: 390, height: 780 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    shootOnFailure({ swedish: page });

    // The first send reaches the desk but its answer is lost on the way back.
    const sentBodies: string[] = [];
    await page.route("**/api/v1/conversations", async (route) => {
      sentBodies.push(route.request().postData() ?? "");
      if (sentBodies.length === 1) {
        await route.fetch();
        await route.abort("connectionreset");
      } else {
        await route.continue();
      }
    });

    await page.goto(`${desk.url}/`);
    await page.getByRole("button", { name: "Öppna chatten" }).click();
    const widget = page.getByRole("dialog");
    await widget.getByRole("button", { name: "Prata med en människa" }).waitFor();
    await widget.getByLabel("Ditt meddelande").fill("How do I submit a meter reading?");
    await widget.getByLabel("Ditt meddelande").press("Enter");
    await widget.locator(".tw-assistant").first().waitFor();
    await shot(page, "10-widget-swedish-mobile");

    expect(sentBodies.length).toBe(2);
    const [first, retried] = sentBodies.map((b) => (JSON.parse(b) as { clientMessageId?: string }).clientMessageId);
    expect(first).toBeTruthy();
    expect(retried).toBe(first);
    await expect(widget.locator(".tw-customer:not(.tw-pending)").count()).resolves.toBe(1);

    // A reload continues the same conversation, without duplicates.
    await page.reload();
    await page.getByRole("button", { name: "Öppna chatten" }).click();
    await widget.locator(".tw-assistant").first().waitFor();
    const ids = await widget.locator("[data-message-id]").evaluateAll((els) => els.map((e) => e.getAttribute("data-message-id")));
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ids).size).toBe(ids.length);

    // One press of the button is enough to be put through to a person.
    await widget.getByRole("button", { name: "Prata med en människa" }).click();
    await widget.locator(".tw-who", { hasText: "Väntar på en människa" }).waitFor();
    await expect(widget.getByRole("button", { name: "Prata med en människa" }).count()).resolves.toBe(0);
    await shot(page, "11-widget-swedish-waiting");
    await context.close();
  }, 60_000);

  it("works when embedded on another origin with data-tandem-url", async () => {
    const site = await startForeignSite(desk.url);
    const context = await browser.newContext({ locale: "de-DE", viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    shootOnFailure({ foreign: page });
    // Closed after the failure screenshots, in afterAll.
    cleanups.push(() => context.close(), site.close);
    await page.goto(`${site.url}/`);
    await page.getByRole("button", { name: "Chat öffnen" }).click();
    const widget = page.getByRole("dialog", { name: "Help" });
    await widget.getByLabel("Ihre Nachricht").fill("How do I submit a meter reading?");
    await widget.getByLabel("Ihre Nachricht").press("Enter");
    // Either the answer arrives or the widget gives up after its retries.
    await widget.locator(".tw-assistant .tw-sources li, .tw-failed").first().waitFor({ timeout: 25_000 });
    await shot(page, "12-widget-foreign-origin-german");
    const failed = await widget.locator(".tw-failed").count();
    expect(failed, "the widget on another origin could not reach the desk (does it answer CORS preflights?)").toBe(0);
  }, 60_000);
});
