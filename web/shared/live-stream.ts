// Keeps a WebSocket (a conversation's, or the agent feed) open. After every (re)connect it asks for
// what it missed (messages after the last one it holds), so a dropped connection leaves no
// gap; duplicates are removed by the caller (by message id).
import { parseFrame, type AnyFrame, type Message } from "./api-types.ts";
import { startTicker } from "./steady-ticker.ts";

export interface LiveStreamHandlers<C> {
  url: () => string;
  catchUp: () => Promise<void>;
  onMessage: (m: Message) => void;
  onConversation: (c: C) => void;
  onConnected: (connected: boolean) => void;
  /** Frames other than message/conversation (the agent feed's presence, callback, note). */
  onOther?: (frame: AnyFrame) => void;
  /** Sent on connect and then every `everyMs` while open: the desk counts an agent as present by it. */
  heartbeat?: { frame: string; everyMs: number };
}

export function openLiveStream<C>(h: LiveStreamHandlers<C>): () => void {
  let socket: WebSocket | undefined;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let stopBeat = (): void => undefined;

  const connect = (): void => {
    if (stopped) return;
    clearTimeout(timer);
    const ws = new WebSocket(h.url());
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      h.onConnected(true);
      void h.catchUp().catch(() => undefined);
      const hb = h.heartbeat;
      if (hb) {
        ws.send(hb.frame);
        stopBeat();
        stopBeat = startTicker(hb.everyMs, () => ws.readyState === WebSocket.OPEN && ws.send(hb.frame));
      }
    };
    ws.onmessage = (event) => {
      const frame = parseFrame(event.data);
      if (frame?.type === "message") h.onMessage(frame.message as Message);
      else if (frame?.type === "conversation") h.onConversation(frame.conversation as C);
      else if (frame) h.onOther?.(frame);
    };
    ws.onclose = () => {
      if (socket === ws) stopBeat();
      if (socket !== ws || stopped) return;
      h.onConnected(false);
      socket = undefined;
      // Back off (1 s … 15 s, with jitter) but still catch up over HTTP meanwhile,
      // so a network that blocks WebSockets degrades to polling, not silence.
      const delay = Math.min(15_000, 1000 * 2 ** attempt++) * (0.75 + Math.random() / 2);
      timer = setTimeout(() => {
        void h.catchUp().catch(() => undefined);
        connect();
      }, delay);
    };
  };

  // Coming back online or to the tab: reconnect now rather than after the back-off.
  const wake = (): void => {
    if (!socket && !stopped && document.visibilityState === "visible") {
      attempt = 0;
      connect();
    }
  };
  window.addEventListener("online", wake);
  document.addEventListener("visibilitychange", wake);
  connect();

  return () => {
    stopped = true;
    clearTimeout(timer);
    stopBeat();
    window.removeEventListener("online", wake);
    document.removeEventListener("visibilitychange", wake);
    socket?.close();
  };
}
