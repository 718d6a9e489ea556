import { useEffect, useRef } from "preact/hooks";
import type { Message } from "../shared/api-types.ts";
import type { Note } from "./agent-types.ts";
import { clock } from "./format.ts";
import { threadEntries } from "./thread-entries.ts";

interface Props {
  messages: Message[];
  notes: Note[];
  agentName: string | undefined;
}

const AUTHOR: Record<Message["author"], string> = { customer: "Customer", assistant: "Assistant", agent: "Agent", system: "" };

export function MessageThread({ messages, notes, agentName }: Props) {
  const log = useRef<HTMLElement>(null);
  // Follow new entries, and stay at the bottom when the box below grows (a draft, an
  // error line) — unless the agent has scrolled up to read.
  const pinned = useRef(true);
  const toBottom = () => {
    const el = log.current;
    if (el && pinned.current) el.scrollTop = el.scrollHeight;
  };
  const distanceToEnd = () => {
    const el = log.current;
    return el ? el.scrollHeight - el.scrollTop - el.clientHeight : 0;
  };
  const settle = () => requestAnimationFrame(() => (pinned.current = distanceToEnd() < 40));
  useEffect(toBottom, [messages.length, notes.length]);
  useEffect(() => {
    const el = log.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(toBottom);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  return (
    <section
      class="thread"
      ref={log}
      role="log"
      aria-live="polite"
      aria-label="Conversation"
      // Only the agent's own scrolling unpins; layout shifts fire scroll events too.
      onScroll={() => (pinned.current ||= distanceToEnd() < 40)}
      onWheel={settle}
      onTouchMove={settle}
      onKeyDown={settle}
    >
      {threadEntries(messages, notes).map((e) => {
        if (e.kind === "note") return <NoteItem key={`n-${e.n.id}`} note={e.n} />;
        const m = e.m;
        return m.author === "system" ? (
          <p key={m.id} class="sys">
            {m.text}
          </p>
        ) : (
          <div key={m.id} class={`msg m-${m.author}`} data-message-id={m.id}>
            <div class="meta">
              <strong>{m.author === "agent" ? (m.agentName ?? agentName ?? AUTHOR.agent) : AUTHOR[m.author]}</strong> {clock(m.createdAt)}
              {m.draftId && <span class="drafted"> · from an assistant draft</span>}
            </div>
            <div class="bubble">{m.text}</div>
            {m.sources && m.sources.length > 0 && (
              <div class="sources">
                Sources:{" "}
                {m.sources.map((s, i) => (
                  <span key={s.articleId}>
                    {i > 0 && ", "}
                    {s.url ? (
                      <a href={s.url} target="_blank" rel="noopener noreferrer">
                        {s.title}
                      </a>
                    ) : (
                      s.title
                    )}
                  </span>
                ))}
              </div>
            )}
          </div>
        );
      })}
    </section>
  );
}

function NoteItem({ note }: { note: Note }) {
  return (
    <aside class="note" data-note-id={note.id} aria-label={`Internal note by ${note.agentName}`}>
      <div class="meta">
        <strong>Internal note</strong> · {note.agentName} · {clock(note.createdAt)} · <em>not shown to the customer</em>
      </div>
      <div class="note-text">{note.text}</div>
    </aside>
  );
}
