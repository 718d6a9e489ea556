// Text box, Send, and the "Talk to a person" button that is there from the first screen.
import { useEffect, useRef, useState } from "preact/hooks";
import type { Texts } from "./i18n.ts";

interface Props {
  t: Texts;
  showPersonButton: boolean;
  onSend: (text: string) => void;
  onAskForPerson: (text: string) => void;
}

export function Composer({ t, showPersonButton, onSend, onAskForPerson }: Props) {
  const [text, setText] = useState("");
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => box.current?.focus(), []);

  const submit = () => {
    const trimmed = text.trim();
    if (!trimmed) return;
    onSend(trimmed);
    setText("");
  };

  return (
    <form
      class="tw-compose"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label class="tw-sr" for="tw-input">
        {t.label}
      </label>
      <div class="tw-row">
        <textarea
          id="tw-input"
          ref={box}
          rows={1}
          maxLength={4000}
          placeholder={t.placeholder}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Enter sends; Shift+Enter makes a new line; never mid-IME composition.
            if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
              e.preventDefault();
              submit();
            }
          }}
        />
        <button type="submit" class="tw-send" disabled={!text.trim()}>
          {t.send}
        </button>
      </div>
      {showPersonButton && (
        <button
          type="button"
          class="tw-person"
          onClick={() => {
            onAskForPerson(text.trim());
            setText("");
          }}
        >
          {t.person}
        </button>
      )}
    </form>
  );
}
