// The conversation, announced politely to screen readers as it grows.
import { useEffect, useRef } from "preact/hooks";
import type { Message } from "../shared/api-types.ts";
import type { Texts } from "./i18n.ts";
import type { Chat } from "./use-chat.ts";

interface Props {
  t: Texts;
  language: string;
  chat: Chat;
}

function authorName(t: Texts, m: Message, agentName: string | undefined): string {
  if (m.author === "customer") return t.you;
  if (m.author === "assistant") return t.assistant;
  if (m.author === "agent") return m.agentName ?? agentName ?? t.aPerson;
  return "";
}

function time(iso: string, language: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? "" : d.toLocaleTimeString(language, { hour: "2-digit", minute: "2-digit" });
}

export function MessageList({ t, language, chat }: Props) {
  const log = useRef<HTMLDivElement>(null);
  // Scroll the log itself, never the host page (scrollIntoView could move it).
  useEffect(() => {
    if (log.current) log.current.scrollTop = log.current.scrollHeight;
  }, [chat.messages.length, chat.pending.length, chat.connected, chat.draft]);
  const agentName = chat.conversation?.agentName;

  return (
    <div class="tw-log" ref={log} role="log" aria-live="polite" aria-relevant="additions">
      <p class="tw-intro">{t.intro}</p>
      {chat.messages.map((m) =>
        m.author === "system" ? (
          <p key={m.id} class="tw-sys">
            {m.text}
          </p>
        ) : (
          <div key={m.id} class={`tw-msg tw-${m.author}`} data-message-id={m.id}>
            <div class="tw-meta">
              <span class="tw-author">{authorName(t, m, agentName)}</span> <time dateTime={m.createdAt}>{time(m.createdAt, language)}</time>
            </div>
            <div class="tw-bubble">{m.text}</div>
            {m.sources && m.sources.length > 0 && (
              <div class="tw-sources">
                <span>{t.sources}:</span>
                <ul>
                  {m.sources.map((s) => (
                    <li key={s.articleId}>
                      {s.url ? (
                        <a href={s.url} target="_blank" rel="noopener noreferrer">
                          {s.title}
                        </a>
                      ) : (
                        s.title
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        ),
      )}
      {chat.pending.map((p) => (
        <div key={p.clientMessageId} class="tw-msg tw-customer tw-pending">
          <div class="tw-bubble">{p.text}</div>
          <div class="tw-meta">
            {p.failed ? (
              <>
                <span class="tw-failed">{t.failed}</span>{" "}
                <button type="button" class="tw-link" onClick={() => chat.retry(p.clientMessageId)}>
                  {t.retry}
                </button>
              </>
            ) : (
              t.sending
            )}
          </div>
        </div>
      ))}
      {chat.draft && (
        // Hidden from screen readers: the finished answer is announced once, not every draft.
        <div class="tw-msg tw-assistant tw-draft" aria-hidden="true">
          <div class="tw-meta">
            <span class="tw-author">{t.assistant}</span> {t.writing}
          </div>
          <div class="tw-bubble">{chat.draft}</div>
        </div>
      )}
    </div>
  );
}
