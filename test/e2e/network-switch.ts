// Lets a test cut a page's WebSockets and keep them cut for a while, the way a
// train tunnel does, to check that the widget reconnects and catches up.
import type { Page, WebSocketRoute } from "playwright-core";

export interface NetworkSwitch {
  /** Closes every open stream and refuses new ones until restore(). */
  cut: () => Promise<void>;
  restore: () => void;
}

export async function streamSwitch(page: Page): Promise<NetworkSwitch> {
  let cut = false;
  const open = new Set<WebSocketRoute>();
  await page.routeWebSocket(
    (url) => url.pathname.endsWith("/stream"),
    (ws) => {
      if (cut) {
        void ws.close({ code: 1013, reason: "test: network down" });
        return;
      }
      ws.connectToServer(); // frames flow both ways untouched; closing one side closes the other
      open.add(ws);
    },
  );
  return {
    cut: async () => {
      cut = true;
      await Promise.all([...open].map((ws) => ws.close({ code: 4000, reason: "test: network down" })));
      open.clear();
    },
    restore: () => {
      cut = false;
    },
  };
}
