// The supervisor overview, kept live two ways: a poll every 5 s (waits keep
// growing even when nothing happens) and an immediate refresh, at most once a
// second, whenever the agent feed reports a change.
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError } from "../shared/http.ts";
import { openLiveStream } from "../shared/live-stream.ts";
import type { AgentApi } from "../agent/agent-api.ts";
import type { Overview } from "../agent/agent-types.ts";

export type OverviewState =
  | { state: "loading" }
  | { state: "forbidden" }
  | { state: "signed-out" }
  | { state: "ready"; overview: Overview; at: number; stale: boolean; connected: boolean };

const POLL_MS = 5000;
const MIN_GAP_MS = 1000;

export function useOverview(api: AgentApi, enabled: boolean): OverviewState {
  const [result, setResult] = useState<OverviewState>({ state: "loading" });
  const [connected, setConnected] = useState(false);
  const last = useRef(0);
  const queued = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    const load = async () => {
      last.current = Date.now();
      try {
        const overview = await api.overview();
        if (!stopped) setResult({ state: "ready", overview, at: Date.now(), stale: false, connected: false });
      } catch (err) {
        if (stopped) return;
        if (err instanceof ApiError && err.status === 403) setResult({ state: "forbidden" });
        else if (err instanceof ApiError && err.status === 401) setResult({ state: "signed-out" });
        // Anything else (network): keep showing the last figures, marked as stale.
        else setResult((r) => (r.state === "ready" ? { ...r, stale: true } : r));
      }
    };
    const soon = () => {
      clearTimeout(queued.current);
      queued.current = setTimeout(() => void load(), Math.max(0, last.current + MIN_GAP_MS - Date.now()));
    };
    void load();
    const poll = setInterval(() => void load(), POLL_MS);
    const close = openLiveStream({
      url: () => api.streamUrl(),
      catchUp: async () => soon(),
      onMessage: () => undefined, // messages do not change the overview
      onConversation: soon,
      onOther: soon,
      onConnected: setConnected,
    });
    return () => {
      stopped = true;
      clearInterval(poll);
      clearTimeout(queued.current);
      close();
    };
  }, [api, enabled]);

  return result.state === "ready" ? { ...result, connected } : result;
}
