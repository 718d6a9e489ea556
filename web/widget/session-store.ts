// Remembers the open conversation per desk so a reload continues it.
import type { Session } from "./customer-api.ts";

function key(base: string): string {
  return `tandem:session:${base}`;
}

export function loadSession(base: string): Session | undefined {
  try {
    const raw = localStorage.getItem(key(base));
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<Session>;
    return typeof parsed.conversationId === "string" && typeof parsed.token === "string"
      ? { conversationId: parsed.conversationId, token: parsed.token }
      : undefined;
  } catch {
    return undefined; // storage blocked (privacy mode) or corrupt: start fresh
  }
}

export function saveSession(base: string, session: Session | undefined): void {
  try {
    if (session) localStorage.setItem(key(base), JSON.stringify(session));
    else localStorage.removeItem(key(base));
  } catch {
    // Without storage the chat still works; it just will not survive a reload.
  }
}
