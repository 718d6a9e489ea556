// The box under the thread: a reply to the customer, or an internal note for
// colleagues (never sent to the customer). Enter or Ctrl/Cmd+Enter sends,
// Shift+Enter adds a line. A failed send keeps the text and its clientMessageId,
// so "Retry" can never post the reply twice. "Draft with assistant" fills the box
// with a grounded draft and its sources; the reply then carries the draft's id.
import { useEffect, useRef, useState } from "preact/hooks";
import type { Source } from "../shared/api-types.ts";
import { newClientMessageId } from "../shared/http.ts";
import type { DraftResult } from "./agent-types.ts";

type Mode = "reply" | "note";

interface Props {
  /** False when the conversation is not mine: only notes are possible. */
  canReply: boolean;
  onSend: (text: string, clientMessageId: string, draftId?: string) => Promise<void>;
  onNote: (text: string) => Promise<void>;
  onDraft: () => Promise<DraftResult>;
}

interface DraftInUse {
  id: string;
  sources: Source[];
}

export function ReplyBox({ canReply, onSend, onNote, onDraft }: Props) {
  const [mode, setMode] = useState<Mode>(canReply ? "reply" : "note");
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [draft, setDraft] = useState<DraftInUse>();
  const [drafting, setDrafting] = useState<string>();
  const pendingId = useRef<string | undefined>(undefined);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => box.current?.focus(), [mode]);
  // Taking the conversation opens the reply; losing it (transfer, re-queue) leaves notes only.
  useEffect(() => setMode(canReply ? "reply" : "note"), [canReply]);

  const send = async () => {
    const trimmed = text.trim();
    if (!trimmed || busy) return;
    setBusy(true);
    try {
      if (mode === "note") {
        await onNote(trimmed);
      } else {
        pendingId.current ??= newClientMessageId();
        await onSend(trimmed, pendingId.current, draft?.id);
        pendingId.current = undefined;
        setDraft(undefined);
      }
      setText("");
      setError(undefined);
    } catch (err) {
      setError(err instanceof Error ? `Not sent: ${err.message}` : "Not sent.");
    } finally {
      setBusy(false);
      box.current?.focus();
    }
  };

  const askForDraft = async () => {
    setDrafting("The assistant is drafting…");
    try {
      const res = await onDraft();
      if (res.draft) {
        setText(res.draft.text);
        setDraft({ id: res.draft.id, sources: res.draft.sources });
        pendingId.current = undefined;
        setDrafting(undefined);
      } else {
        setDrafting(`No draft: ${res.reason}`);
      }
    } catch (err) {
      setDrafting(err instanceof Error ? `No draft: ${err.message}` : "No draft.");
    }
    box.current?.focus();
  };

  const label = mode === "note" ? "Internal note (not shown to the customer)" : "Reply to the customer";
  return (
    <form
      class={mode === "note" ? "reply is-note" : "reply"}
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <div class="reply-modes" role="group" aria-label="Write">
        <button type="button" class={mode === "reply" ? "mode on" : "mode"} aria-pressed={mode === "reply"} disabled={!canReply} onClick={() => setMode("reply")}>
          Reply
        </button>
        <button type="button" class={mode === "note" ? "mode on" : "mode"} aria-pressed={mode === "note"} onClick={() => setMode("note")}>
          Internal note
        </button>
        {mode === "reply" && canReply && (
          <button type="button" class="ghost draft-btn" onClick={() => void askForDraft()} disabled={drafting === "The assistant is drafting…"}>
            Draft with assistant
          </button>
        )}
      </div>
      <label for="reply-text" class="sr">
        {label}
      </label>
      <textarea
        id="reply-text"
        ref={box}
        rows={3}
        maxLength={4000}
        placeholder={
          mode === "note"
            ? "Note for colleagues — the customer never sees it… (Enter saves)"
            : "Write a reply… (Enter or Ctrl+Enter sends, Shift+Enter for a new line)"
        }
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          pendingId.current = undefined; // edited text is a new message
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            void send();
          }
        }}
      />
      <p class="draft-status" role="status">
        {mode === "reply" && draft && (
          <>
            Assistant draft — check it before sending. Sources:{" "}
            {draft.sources.length ? draft.sources.map((s) => s.title).join(", ") : "none"}{" "}
            <button
              type="button"
              class="linkish"
              onClick={() => {
                setDraft(undefined);
                setText("");
              }}
            >
              Discard draft
            </button>
          </>
        )}
        {mode === "reply" && !draft && drafting}
      </p>
      <div class="reply-bar">
        {error && (
          <span class="error" role="alert">
            {error}
          </span>
        )}
        <button type="submit" class={mode === "note" ? "note-send" : "primary"} disabled={busy || !text.trim()}>
          {error ? "Retry" : mode === "note" ? "Add note" : "Send"}
        </button>
      </div>
    </form>
  );
}
