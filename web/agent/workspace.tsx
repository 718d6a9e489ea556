// Layout: top bar (presence, live state, me), the queue / my conversations /
// callbacks on the left, the open conversation on the right. On narrow screens
// one of the two at a time.
import { useCallback, useEffect, useMemo, useState } from "preact/hooks";
import type { AgentApi } from "./agent-api.ts";
import type { Agent, View } from "./agent-types.ts";
import { CallbacksPanel } from "./callbacks-panel.tsx";
import { ConversationList } from "./conversation-list.tsx";
import { ConversationView } from "./conversation-view.tsx";
import { PresenceControl } from "./presence-control.tsx";
import { useCallbacks } from "./use-callbacks.ts";
import { useDesk } from "./use-desk.ts";
import { usePresence } from "./use-presence.ts";
import { useShortcuts } from "./use-shortcuts.ts";

interface Props {
  api: AgentApi;
  me: Agent;
  onSignOut: () => void;
  onSessionLost: () => void;
}

const TAB_LABEL: Record<View, string> = { queue: "Queue", mine: "My conversations", callbacks: "Callbacks" };

export function Workspace({ api, me, onSignOut, onSessionLost }: Props) {
  const presence = usePresence(api, me);
  const callbacks = useCallbacks(api);
  const listeners = useMemo(() => [presence, callbacks], [presence, callbacks]);
  const desk = useDesk(api, me, onSessionLost, listeners);
  const [view, setView] = useState<View>("queue");
  const list = view === "mine" ? desk.mine : desk.queue;
  const counts: Record<View, number> = {
    queue: desk.queue.length,
    mine: desk.mine.filter((c) => c.status !== "resolved").length,
    callbacks: callbacks.open.length,
  };

  // The tab title shows the queue length, so a waiting customer is seen from another tab.
  useEffect(() => {
    document.title = desk.queue.length ? `(${desk.queue.length}) Tandem — agent workspace` : "Tandem — agent workspace";
  }, [desk.queue.length]);

  const { select, selectedId } = desk;
  const back = useCallback(() => {
    if (!selectedId) return;
    select(undefined);
    // Back on the row just left, so j / k continue from there.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-conversation-id="${selectedId}"]`)?.focus());
  }, [select, selectedId]);
  useShortcuts({ listSelector: ".side", onBack: back });

  const openConversation = (id: string) => {
    if (desk.mine.some((c) => c.id === id)) setView("mine");
    desk.select(id);
  };

  return (
    <div class={desk.selectedId ? "shell has-open" : "shell"}>
      <header class="topbar">
        <strong class="brand">
          <span class="mark" aria-hidden="true">◐</span> Tandem
        </strong>
        <PresenceControl state={presence} holding={desk.mine.filter((c) => c.status === "agent").length} />
        <span class={desk.connected ? "live on" : "live"} role="status">
          {desk.connected ? "Live" : "Reconnecting…"}
        </span>
        {me.role !== "agent" && (
          <a class="ghost navlink" href="/supervisor/">
            Supervisor view
          </a>
        )}
        <span class="who">
          {me.name} <span class="muted">· {me.role}</span>
        </span>
        <button type="button" class="ghost" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      {desk.notice && (
        <div class="notice" role="alert">
          {desk.notice}{" "}
          <button type="button" class="ghost" onClick={desk.dismissNotice}>
            Dismiss
          </button>
        </div>
      )}
      <nav class="side" aria-label="Conversations">
        <div class="tabs">
          {(["queue", "mine", "callbacks"] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} class={view === v ? "tab on" : "tab"} onClick={() => setView(v)}>
              {TAB_LABEL[v]} <span class="count">{counts[v]}</span>
            </button>
          ))}
        </div>
        <div class="routed" role="status">
          {desk.routed && (
            <>
              New for you: <strong>{desk.routed.customer.name ?? "Visitor"}</strong>{" "}
              <button type="button" class="ghost" onClick={() => desk.routed && openConversation(desk.routed.id)}>
                Open
              </button>
            </>
          )}
        </div>
        {view === "callbacks" ? (
          <CallbacksPanel
            callbacks={callbacks.open}
            error={callbacks.error}
            onComplete={(id) => void callbacks.complete(id)}
            onOpenConversation={openConversation}
          />
        ) : (
          <ConversationList view={view} conversations={list} selectedId={desk.selectedId} onOpen={desk.select} />
        )}
        <p class="keys muted" aria-hidden="true">
          <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>Enter</kbd> open · <kbd>Esc</kbd> back · <kbd>Ctrl</kbd>+<kbd>Enter</kbd> send
        </p>
      </nav>
      <main class="main">
        {desk.selectedId ? (
          <ConversationView key={desk.selectedId} api={api} desk={desk} me={me} onTaken={() => setView("mine")} />
        ) : (
          <div class="empty">
            <p>Pick a conversation from the queue. Each shows why it came to a person.</p>
            {presence.presence?.status !== "online" && <p>Set yourself online to have conversations routed to you.</p>}
          </div>
        )}
      </main>
    </div>
  );
}
