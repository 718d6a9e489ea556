// Open callbacks: promises to contact a customer by a due time. Kept live from
// the agent feed's callback frames; a done callback leaves the list.
import { useCallback, useEffect, useMemo, useState } from "preact/hooks";
import type { AnyFrame } from "../shared/api-types.ts";
import type { AgentApi } from "./agent-api.ts";
import type { AgentCallback } from "./agent-types.ts";
import type { FeedListener } from "./feed-listener.ts";

export interface CallbacksState extends FeedListener {
  open: AgentCallback[];
  error: string | undefined;
  complete: (id: string) => Promise<void>;
}

const byDue = (a: AgentCallback, b: AgentCallback) => Date.parse(a.dueAt) - Date.parse(b.dueAt);

export function useCallbacks(api: AgentApi): CallbacksState {
  const [byId, setById] = useState<Record<string, AgentCallback>>({});
  const [error, setError] = useState<string>();

  const catchUp = useCallback(async () => {
    const list = await api.callbacks("open");
    setById(Object.fromEntries(list.map((c) => [c.id, c])));
  }, [api]);

  useEffect(() => {
    catchUp().catch(() => setError("Could not load callbacks."));
  }, [catchUp]);

  const keep = useCallback((c: AgentCallback) => {
    setById((prev) => {
      const next = { ...prev };
      if (c.status === "open") next[c.id] = { ...prev[c.id], ...c };
      else delete next[c.id];
      return next;
    });
  }, []);

  const onFrame = useCallback(
    (frame: AnyFrame) => {
      if (frame.type === "callback" && frame.callback) keep(frame.callback as AgentCallback);
    },
    [keep],
  );

  const complete = useCallback(
    async (id: string) => {
      try {
        keep(await api.completeCallback(id));
        setError(undefined);
      } catch (err) {
        setError(err instanceof Error ? `Not marked done: ${err.message}` : "Not marked done.");
      }
    },
    [api, keep],
  );

  const open = useMemo(() => Object.values(byId).sort(byDue), [byId]);
  return useMemo(() => ({ open, error, complete, onFrame, catchUp }), [open, error, complete, onFrame, catchUp]);
}
