// While the customer waits for a person: the honest wait the desk estimated (its
// message is already in the customer's language), and — when nobody is online —
// two ways forward instead of a dead end: leave a message, or ask for a call back.
import { useState } from "preact/hooks";
import type { CallbackChannel, Wait } from "../shared/api-types.ts";
import { ApiError } from "../shared/http.ts";
import { fill, type Texts } from "./i18n.ts";
import type { Chat } from "./use-chat.ts";

interface Props {
  t: Texts;
  language: string;
  wait: Wait | undefined;
  chat: Chat;
  onLeaveMessage: () => void;
}

function dueText(iso: string, language: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(language, { weekday: "long", hour: "2-digit", minute: "2-digit" });
}

export function WaitPanel({ t, language, wait, chat, onLeaveMessage }: Props) {
  const [mode, setMode] = useState<"choose" | "leave" | "callback">("choose");
  if (chat.callback) {
    return (
      <div class="tw-wait-panel tw-confirmed" role="status">
        {fill(t.cbDone, { due: dueText(chat.callback.dueAt, language) })}
      </div>
    );
  }
  const nobody = wait?.agentsOnline === 0;
  // The desk's wait message already names the minutes, in the customer's language; when
  // the same words already stand in the conversation (the hand-over said "nobody is
  // online"), saying them again right below would only add noise.
  const message = wait?.message ?? t.waitingNote;
  const alreadySaid = chat.messages.some((m) => m.author === "system" && m.text.trim() === message.trim());
  return (
    <div class="tw-wait-panel">
      {!alreadySaid && (
        <p class="tw-wait-msg" role="status">
          {message}
        </p>
      )}
      {nobody && mode === "choose" && (
        <div class="tw-choices">
          <button
            type="button"
            class="tw-person"
            onClick={() => {
              setMode("leave");
              onLeaveMessage();
            }}
          >
            {t.leave}
          </button>
          <button type="button" class="tw-person" onClick={() => setMode("callback")}>
            {t.callMe}
          </button>
        </div>
      )}
      {nobody && mode === "leave" && <p class="tw-hint">{t.leaveHint}</p>}
      {nobody && mode === "callback" && <CallbackForm t={t} chat={chat} onCancel={() => setMode("choose")} />}
    </div>
  );
}

function CallbackForm({ t, chat, onCancel }: { t: Texts; chat: Chat; onCancel: () => void }) {
  const [channel, setChannel] = useState<CallbackChannel>("phone");
  const [contact, setContact] = useState("");
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const contactProps = {
    id: "tw-cb-contact",
    required: true,
    maxLength: 320,
    value: contact,
    "aria-invalid": error === t.cbInvalid,
    "aria-describedby": error ? "tw-cb-error" : undefined,
    onInput: (e: { currentTarget: HTMLInputElement }) => setContact(e.currentTarget.value),
  };

  return (
    <form
      class="tw-cb"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!contact.trim() || busy) return;
        setBusy(true);
        try {
          await chat.requestCallback(channel, contact.trim(), note);
        } catch (err) {
          setError(err instanceof ApiError && err.status === 400 ? t.cbInvalid : t.failed);
          setBusy(false);
        }
      }}
    >
      <fieldset>
        <legend>{t.cbHow}</legend>
        {(["phone", "email"] as const).map((c) => (
          <label key={c} class="tw-radio">
            <input type="radio" name="tw-cb-channel" value={c} checked={channel === c} onChange={() => setChannel(c)} />{" "}
            {c === "phone" ? t.cbPhone : t.cbEmail}
          </label>
        ))}
      </fieldset>
      <label for="tw-cb-contact">{channel === "phone" ? t.cbPhoneLabel : t.cbEmailLabel}</label>
      {channel === "phone" ? (
        <input type="tel" autoComplete="tel" key="tel" {...contactProps} />
      ) : (
        <input type="email" autoComplete="email" key="email" {...contactProps} />
      )}
      <label for="tw-cb-note">{t.cbNote}</label>
      <input id="tw-cb-note" maxLength={1000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      {error && (
        <p id="tw-cb-error" class="tw-failed" role="alert">
          {error}
        </p>
      )}
      <div class="tw-cb-bar">
        <button type="button" class="tw-link" onClick={onCancel}>
          {t.cancel}
        </button>
        <button type="submit" class="tw-send" disabled={busy || !contact.trim()}>
          {t.cbSend}
        </button>
      </div>
    </form>
  );
}
