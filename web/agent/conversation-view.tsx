// One conversation: the hand-over brief first (why it came to a person and what
// happened), then the whole exchange with internal notes, the customer's history,
// and the actions (take, reply, note, transfer, resolve).
import { useEffect, useRef, useState } from "preact/hooks";
import type { AgentApi } from "./agent-api.ts";
import type { Agent } from "./agent-types.ts";
import { BriefPanel } from "./brief-panel.tsx";
import { HistoryTimeline } from "./history-timeline.tsx";
import { MessageThread } from "./message-thread.tsx";
import { ReplyBox } from "./reply-box.tsx";
import { TransferDialog } from "./transfer-dialog.tsx";
import type { Desk } from "./use-desk.ts";
import { useNow } from "./use-now.ts";

interface Props {
  api: AgentApi;
  desk: Desk;
  me: Agent;
  onTaken: () => void;
}

export function ConversationView({ api, desk, me, onTaken }: Props) {
  const now = useNow();
  const heading = useRef<HTMLHeadingElement>(null);
  const [transferring, setTransferring] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const d = desk.detail;
  // Move focus to the opened conversation so keyboard and screen-reader users follow.
  useEffect(() => heading.current?.focus(), [d?.conversation.id]);

  if (!d) return <p class="loading">Loading conversation…</p>;
  const c = d.conversation;
  const mine = c.assignedAgent?.id === me.id && c.status === "agent";
  const canTake = c.status !== "resolved" && !mine;
  const open = c.status !== "resolved";

  return (
    <article class="conv" aria-labelledby="conv-title">
      <header class="conv-head">
        <button type="button" class="ghost back" onClick={() => desk.select(undefined)} aria-keyshortcuts="Escape">
          ← Back
        </button>
        <h1 id="conv-title" tabIndex={-1} ref={heading}>
          {c.customer.name ?? "Visitor"}
          {c.customer.id && <span class="muted"> · {c.customer.id}</span>}
        </h1>
        <span class={`status s-${c.status}`}>
          {c.status === "agent" ? `with ${c.assignedAgent?.id === me.id ? "you" : (c.assignedAgent?.name ?? "an agent")}` : c.status}
        </span>
        <div class="actions">
          <button type="button" class="ghost history-btn" aria-expanded={historyOpen} aria-controls="conv-history" onClick={() => setHistoryOpen(!historyOpen)}>
            {historyOpen ? "Hide history" : "History"}
          </button>
          {canTake && (
            <button
              type="button"
              class="primary"
              onClick={async () => {
                if (await desk.take(c.id)) onTaken();
              }}
            >
              {c.assignedAgent && c.status === "agent" ? `Take over from ${c.assignedAgent.name}` : "Take it"}
            </button>
          )}
          {open && (mine || me.role !== "agent") && (
            <button type="button" class="secondary" onClick={() => setTransferring(true)}>
              Transfer
            </button>
          )}
          {mine && (
            <button type="button" class="secondary" onClick={() => void desk.resolve(c.id)}>
              Resolve
            </button>
          )}
        </div>
      </header>

      <BriefPanel conversation={c} brief={d.brief} now={now} />

      <div class="conv-body">
        <MessageThread messages={d.messages} notes={d.notes ?? []} agentName={c.assignedAgent?.name} />
        <aside id="conv-history" class={historyOpen ? "history open" : "history"} aria-label="Customer history">
          <HistoryTimeline history={d.history} log={d.log} />
        </aside>
      </div>

      {open ? (
        <>
          {!mine && <p class="reply-hint">Take the conversation to reply. You can still leave an internal note.</p>}
          <ReplyBox
            key={c.id}
            canReply={mine}
            onSend={(text, id, draftId) => desk.reply(c.id, text, id, draftId)}
            onNote={(text) => desk.addNote(c.id, text)}
            onDraft={() => desk.draft(c.id)}
          />
        </>
      ) : (
        <p class="reply-hint">This conversation is resolved.</p>
      )}
      {transferring && (
        <TransferDialog api={api} meId={me.id} onTransfer={(to) => desk.transfer(c.id, to)} onClose={() => setTransferring(false)} />
      )}
    </article>
  );
}
