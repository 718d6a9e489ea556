// My presence (status, languages, skills, capacity) as the desk knows it. The
// desk may change it too — after 60 s without a heartbeat it sets me offline —
// so presence frames about me replace what is shown.
import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { AnyFrame } from "../shared/api-types.ts";
import type { AgentApi } from "./agent-api.ts";
import type { Agent, AgentPresence, Presence } from "./agent-types.ts";
import type { FeedListener } from "./feed-listener.ts";

export interface PresenceState extends FeedListener {
  presence: Presence | undefined;
  error: string | undefined;
  update: (change: Partial<Omit<Presence, "load">>) => Promise<void>;
}

export function usePresence(api: AgentApi, me: Agent): PresenceState {
  const [presence, setPresence] = useState<Presence>();
  const [error, setError] = useState<string>();
  const current = useRef(presence);
  current.current = presence;

  const catchUp = useCallback(async () => setPresence(await api.presence()), [api]);

  useEffect(() => {
    catchUp().catch(() => setError("Could not load your status."));
  }, [catchUp]);

  const onFrame = useCallback(
    (frame: AnyFrame) => {
      if (frame.type !== "presence") return;
      const a = frame.agent as AgentPresence | undefined;
      if (a?.id !== me.id) return;
      setPresence({ status: a.status, languages: a.languages, skills: a.skills, capacity: a.capacity, load: a.load });
    },
    [me.id],
  );

  const update = useCallback(
    async (change: Partial<Omit<Presence, "load">>) => {
      // Show the change at once; the desk's answer (or the old value) settles it.
      const before = current.current;
      if (before) setPresence({ ...before, ...change });
      try {
        setPresence(await api.setPresence(change));
        setError(undefined);
      } catch (err) {
        setPresence(before);
        setError(err instanceof Error ? `Not saved: ${err.message}` : "Not saved.");
      }
    },
    [api],
  );

  return useMemo(() => ({ presence, error, update, onFrame, catchUp }), [presence, error, update, onFrame, catchUp]);
}
