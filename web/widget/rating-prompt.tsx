// Asked once the conversation is resolved: a 1–5 score and an optional comment.
import { useState } from "preact/hooks";
import { fill, type Texts } from "./i18n.ts";

interface Props {
  t: Texts;
  rated: boolean;
  onRate: (score: number, comment: string) => Promise<void>;
  onRestart: () => void;
}

export function RatingPrompt({ t, rated, onRate, onRestart }: Props) {
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState("");
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  if (rated) {
    return (
      <div class="tw-rate" role="status">
        <p>{t.thanks}</p>
        <button type="button" class="tw-link" onClick={onRestart}>
          {t.restart}
        </button>
      </div>
    );
  }

  return (
    <form
      class="tw-rate"
      onSubmit={(e) => {
        e.preventDefault();
        if (!score || busy) return;
        setBusy(true);
        onRate(score, comment).then(
          () => setBusy(false),
          () => {
            setBusy(false);
            setFailed(true);
          },
        );
      }}
    >
      <fieldset>
        <legend>{t.rate}</legend>
        <div class="tw-stars">
          {[1, 2, 3, 4, 5].map((n) => (
            <button
              key={n}
              type="button"
              class={n <= score ? "tw-star tw-on" : "tw-star"}
              aria-label={fill(t.stars, { n })}
              aria-pressed={n === score}
              onClick={() => setScore(n)}
            >
              ★
            </button>
          ))}
        </div>
      </fieldset>
      {score > 0 && (
        <>
          <label class="tw-sr" for="tw-comment">
            {t.comment}
          </label>
          <input id="tw-comment" placeholder={t.comment} value={comment} maxLength={2000} onInput={(e) => setComment(e.currentTarget.value)} />
          <button type="submit" class="tw-send" disabled={busy}>
            {t.sendRating}
          </button>
          {failed && <span class="tw-failed"> {t.failed}</span>}
        </>
      )}
    </form>
  );
}
