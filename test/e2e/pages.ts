// Steps several browser tests share: opening a page with sane defaults, signing
// in to the agent workspace, opening the widget, and what the widget stored.
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { Credentials } from "./desk-under-test.ts";

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
}

export async function openPage(browser: Browser, locale: string, viewport = { width: 1280, height: 800 }): Promise<OpenedPage> {
  const context = await browser.newContext({ locale, viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

export async function signIn(page: Page, deskUrl: string, who: Credentials): Promise<void> {
  await page.goto(`${deskUrl}/agent/`);
  await page.getByLabel("E-mail").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.locator(".topbar .live").waitFor();
}

/** The conversation id and token the widget keeps in localStorage. */
export function widgetSession(page: Page): Promise<{ conversationId?: string; token?: string }> {
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith("tandem:session:"));
    return key ? (JSON.parse(localStorage.getItem(key) ?? "{}") as { conversationId?: string; token?: string }) : {};
  });
}

/** Every message the customer side of the API returns: what the customer can ever see. */
export async function customerTranscript(page: Page, deskUrl: string): Promise<string> {
  const { conversationId, token } = await widgetSession(page);
  const res = await fetch(`${deskUrl}/api/v1/conversations/${conversationId}/messages`, { headers: { authorization: `Bearer ${token}` } });
  return JSON.stringify(await res.json());
}
