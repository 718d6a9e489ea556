// The launcher and the chat panel.
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Conversation } from "../shared/api-types.ts";
import type { CustomerApi } from "./customer-api.ts";
import { fill, textsFor, type Texts } from "./i18n.ts";
import { Composer } from "./composer.tsx";
import { MessageList } from "./message-list.tsx";
import { RatingPrompt } from "./rating-prompt.tsx";
import { useChat } from "./use-chat.ts";
import { WaitPanel } from "./wait-panel.tsx";

interface Props {
  api: CustomerApi;
  base: string;
  language: string;
  title: string | undefined;
}

/** Who is answering, in plain words: the customer should never have to guess. */
export function whoIsAnswering(t: Texts, c: Conversation | undefined): string {
  switch (c?.status) {
    case "waiting":
      return t.waiting;
    case "agent":
      return c.agentName ? fill(t.personNamed, { name: c.agentName }) : t.aPerson;
    case "resolved":
      return t.resolved;
    default:
      return t.assistant;
  }
}

export function WidgetApp({ api, base, language, title }: Props) {
  const t = useMemo(() => textsFor(language), [language]);
  const chat = useChat(api, base, language);
  const [open, setOpen] = useState(false);
  const launcher = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  const wasOpen = useRef(false);
  const [seen, setSeen] = useState(0);
  const status = chat.conversation?.status;
  // A reply that arrives while the panel is closed marks the launcher.
  const unread = !open && chat.messages.slice(seen).some((m) => m.author !== "customer");
  useEffect(() => {
    if (open) setSeen(chat.messages.length);
  }, [open, chat.messages.length]);
  const withPerson = status === "waiting" || status === "agent";

  // Give focus back to the launcher when the panel closes, so keyboard users stay put.
  useEffect(() => {
    if (wasOpen.current && !open) launcher.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <div class="tw" lang={language}>
      {open && (
        <section
          id="tw-panel"
          ref={panel}
          class="tw-panel"
          role="dialog"
          aria-label={title ?? t.chat}
          onKeyDown={(e) => e.key === "Escape" && setOpen(false)}
        >
          <header class="tw-head">
            <div>
              <h2 class="tw-title">{title ?? t.chat}</h2>
              <p class={`tw-who tw-who-${status ?? "assistant"}`} aria-live="polite">
                <span class="tw-dot" aria-hidden="true" />
                {status === "waiting" || status === "resolved" ? "" : `${t.answering} `}
                <strong>{whoIsAnswering(t, chat.conversation)}</strong>
              </p>
            </div>
            <button type="button" class="tw-x" aria-label={t.close} onClick={() => setOpen(false)}>
              ×
            </button>
          </header>
          {!chat.connected && (
            <p class="tw-banner" role="status">
              {t.offline}
            </p>
          )}
          <MessageList t={t} language={language} chat={chat} />
          {status === "waiting" && (
            <WaitPanel
              t={t}
              language={language}
              wait={chat.conversation?.wait}
              chat={chat}
              onLeaveMessage={() => panel.current?.querySelector<HTMLTextAreaElement>("#tw-input")?.focus()}
            />
          )}
          {status === "resolved" && (
            <RatingPrompt t={t} rated={chat.rated} onRate={chat.rate} onRestart={chat.restart} />
          )}
          <Composer t={t} showPersonButton={!withPerson} onSend={chat.send} onAskForPerson={(text) =>
            chat.askForPerson(text || (chat.conversation ? "" : t.askPerson))
          } />
        </section>
      )}
      <button
        ref={launcher}
        type="button"
        class="tw-launch"
        aria-expanded={open}
        aria-controls="tw-panel"
        aria-label={open ? t.close : unread ? `${t.open} (${t.unread})` : t.open}
        onClick={() => setOpen(!open)}
      >
        {open ? (
          <span class="tw-launch-x" aria-hidden="true">×</span>
        ) : (
          <svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true">
            <path fill="currentColor" d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z" />
          </svg>
        )}
        {unread && <span class="tw-badge" aria-hidden="true" />}
      </button>
    </div>
  );
}
