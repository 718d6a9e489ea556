// The workspace's live state: every conversation summary the agent can see,
// the open conversation in full, and the actions on it. The agent feed pushes
// every change; after a reconnect everything shown is fetched again, so a
// dropped connection never leaves a stale queue.
import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { AnyFrame, Message } from "../shared/api-types.ts";
import { ApiError } from "../shared/http.ts";
import { openLiveStream } from "../shared/live-stream.ts";
import { mergeMessages } from "../shared/merge-messages.ts";
import type { AgentApi } from "./agent-api.ts";
import type { Agent, ConversationDetail, ConversationSummary, DraftResult, Note } from "./agent-types.ts";
import type { FeedListener } from "./feed-listener.ts";

/** The desk sets an agent offline after 60 s without one; 15 s leaves room for a slow network. */
const HEARTBEAT = { frame: JSON.stringify({ type: "heartbeat" }), everyMs: 15_000 };

export interface Desk {
  queue: ConversationSummary[];
  mine: ConversationSummary[];
  connected: boolean;
  selectedId: string | undefined;
  detail: ConversationDetail | undefined;
  notice: string | undefined;
  /** The last conversation the desk routed to me, until I open it. */
  routed: ConversationSummary | undefined;
  select: (id: string | undefined) => void;
  take: (id: string) => Promise<boolean>;
  resolve: (id: string) => Promise<void>;
  reply: (id: string, text: string, clientMessageId: string, draftId?: string) => Promise<void>;
  addNote: (id: string, text: string) => Promise<void>;
  transfer: (id: string, to: { agentId: string } | { skill: string }) => Promise<boolean>;
  draft: (id: string) => Promise<DraftResult>;
  dismissNotice: () => void;
}

type Summaries = Record<string, ConversationSummary>;

const waitedFrom = (c: ConversationSummary) => Date.parse(c.waitingSince ?? c.updatedAt);

/** Heaviest first, then longest waiting — the order people should be helped in. */
function byPriority(a: ConversationSummary, b: ConversationSummary): number {
  return b.weight - a.weight || waitedFrom(a) - waitedFrom(b);
}

function errorText(err: unknown): string {
  if (err instanceof ApiError && err.code === "already_assigned") return "A colleague has already taken this conversation.";
  if (err instanceof ApiError && err.code === "invalid_transition") return "That is not possible in this conversation's current state.";
  return err instanceof Error ? err.message : "Something went wrong.";
}

/** Notes arrive twice (the POST's answer and the feed); the id is what they agree on. */
function addNotes(current: Note[] | undefined, incoming: Note[]): Note[] {
  const known = new Set((current ?? []).map((n) => n.id));
  const fresh = incoming.filter((n) => !known.has(n.id));
  return fresh.length ? [...(current ?? []), ...fresh] : (current ?? []);
}

/**
 * `onSessionLost` runs when the desk no longer knows this agent (signed out elsewhere,
 * expired). `listeners` also live off the feed (presence, callbacks); read through a ref.
 */
export function useDesk(api: AgentApi, me: Agent, onSessionLost: () => void, listeners: FeedListener[] = []): Desk {
  const [all, setAll] = useState<Summaries>({});
  const allRef = useRef(all);
  allRef.current = all;
  const [connected, setConnected] = useState(true);
  const [selectedId, setSelectedId] = useState<string>();
  const [detail, setDetail] = useState<ConversationDetail>();
  const [notice, setNotice] = useState<string>();
  const [routed, setRouted] = useState<ConversationSummary>();
  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;
  const listenersRef = useRef(listeners);
  listenersRef.current = listeners;
  // Conversations I took myself are not "routed to me".
  const tookRef = useRef(new Set<string>());

  const upsert = useCallback((list: ConversationSummary[]) => {
    setAll((prev) => {
      const next = { ...prev };
      // Action replies may omit lastMessage; keep the one we have.
      for (const c of list) next[c.id] = { ...c, lastMessage: c.lastMessage ?? prev[c.id]?.lastMessage };
      return next;
    });
    setDetail((d) => {
      const fresh = d && list.find((c) => c.id === d.conversation.id);
      return fresh && d ? { ...d, conversation: fresh } : d;
    });
  }, []);

  const addMessage = useCallback((m: Message) => {
    setDetail((d) => (d && d.conversation.id === m.conversationId ? { ...d, messages: mergeMessages(d.messages, [m]) } : d));
    setAll((prev) => {
      const c = prev[m.conversationId];
      if (!c) return prev;
      return { ...prev, [c.id]: { ...c, lastMessage: { author: m.author, text: m.text, createdAt: m.createdAt } } };
    });
  }, []);

  const loadDetail = useCallback(
    async (id: string) => {
      try {
        const d = await api.detail(id);
        if (selectedRef.current === id) setDetail(d);
        upsert([d.conversation]);
      } catch (err) {
        setNotice(errorText(err));
      }
    },
    [api, upsert],
  );

  const lost = useRef(onSessionLost);
  lost.current = onSessionLost;

  const refresh = useCallback(async () => {
    const [queue, mine] = await Promise.all([api.list("queue"), api.list("mine")]).catch((err: unknown) => {
      if (err instanceof ApiError && err.status === 401) lost.current();
      throw err;
    });
    // Replace rather than merge: a conversation that left the queue while we
    // were disconnected must not linger in it.
    const next: Summaries = {};
    for (const c of [...queue, ...mine]) next[c.id] = c;
    setAll(next);
    await Promise.all([
      selectedRef.current ? loadDetail(selectedRef.current) : undefined,
      ...listenersRef.current.map((l) => l.catchUp().catch(() => undefined)),
    ]);
  }, [api, loadDetail]);

  const onOther = useCallback((frame: AnyFrame) => {
    if (frame.type === "note") {
      const note = frame.note as Note;
      setDetail((d) => (d && d.conversation.id === note.conversationId ? { ...d, notes: addNotes(d.notes, [note]) } : d));
    }
    for (const l of listenersRef.current) l.onFrame(frame);
  }, []);

  useEffect(
    () =>
      openLiveStream<ConversationSummary>({
        url: () => api.streamUrl(),
        catchUp: refresh,
        onMessage: addMessage,
        onConversation: (c) => {
          const before = allRef.current[c.id];
          const wasMine = before?.status === "agent" && before.assignedAgent?.id === me.id;
          const toMe = c.status === "agent" && c.assignedAgent?.id === me.id;
          // A conversation I just took myself is not news to me.
          if (toMe && !wasMine && !tookRef.current.has(c.id)) setRouted(c);
          upsert([c]);
          // The open conversation's activity log changed too; fetch it again.
          if (c.id === selectedRef.current) void loadDetail(c.id);
        },
        onConnected: setConnected,
        onOther,
        heartbeat: HEARTBEAT,
      }),
    [api, me.id, refresh, addMessage, upsert, loadDetail, onOther],
  );

  // Loaded at once too, so the lists do not wait for the socket.
  useEffect(() => {
    refresh().catch((err: unknown) => setNotice(errorText(err)));
  }, [refresh]);

  const select = useCallback(
    (id: string | undefined) => {
      setSelectedId(id);
      selectedRef.current = id;
      setDetail(undefined);
      setRouted((r) => (r && r.id === id ? undefined : r));
      if (id) void loadDetail(id);
    },
    [loadDetail],
  );

  const take = useCallback(
    async (id: string) => {
      try {
        tookRef.current.add(id);
        upsert([await api.assign(id)]);
        return true;
      } catch (err) {
        setNotice(errorText(err));
        await loadDetail(id);
        return false;
      }
    },
    [api, upsert, loadDetail],
  );

  const resolve = useCallback(
    async (id: string) => {
      try {
        upsert([await api.resolve(id)]);
      } catch (err) {
        setNotice(errorText(err));
      }
    },
    [api, upsert],
  );

  // Throws so the reply box can keep the text and offer a retry with the same id.
  const reply = useCallback(
    async (id: string, text: string, clientMessageId: string, draftId?: string) =>
      addMessage(await api.reply(id, text, clientMessageId, draftId)),
    [api, addMessage],
  );

  // Throws too: the note box keeps the text when it fails.
  const addNote = useCallback(
    async (id: string, text: string) => {
      const note = await api.addNote(id, text);
      setDetail((d) => (d && d.conversation.id === id ? { ...d, notes: addNotes(d.notes, [note]) } : d));
    },
    [api],
  );

  const transfer = useCallback(
    async (id: string, to: { agentId: string } | { skill: string }) => {
      try {
        tookRef.current.delete(id);
        upsert([await api.transfer(id, to)]);
        return true;
      } catch (err) {
        setNotice(errorText(err));
        return false;
      }
    },
    [api, upsert],
  );

  const draft = useCallback((id: string) => api.draft(id), [api]);

  const { queue, mine } = useMemo(() => {
    const list = Object.values(all);
    return {
      queue: list.filter((c) => c.status === "waiting").sort(byPriority),
      mine: list
        .filter((c) => c.assignedAgent?.id === me.id && c.status !== "waiting")
        .sort((a, b) => Number(a.status === "resolved") - Number(b.status === "resolved") || Date.parse(b.updatedAt) - Date.parse(a.updatedAt)),
    };
  }, [all, me.id]);

  return {
    queue,
    mine,
    connected,
    selectedId,
    detail,
    notice,
    routed,
    select,
    take,
    resolve,
    reply,
    addNote,
    transfer,
    draft,
    dismissNotice: () => setNotice(undefined),
  };
}
