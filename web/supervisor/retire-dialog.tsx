// Retiring takes an article out of the assistant's reach at once, so it is confirmed.
// A native modal dialog keeps focus inside and closes on Escape.
import { useEffect, useRef, useState } from "preact/hooks";

interface Props {
  title: string;
  onConfirm: () => Promise<void>;
  onCancel: () => void;
}

export function RetireDialog({ title, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const confirm = async () => {
    setBusy(true);
    setError("");
    try {
      await onConfirm();
    } catch (err) {
      setError(err instanceof Error ? err.message : "Could not retire the article.");
      setBusy(false);
    }
  };
  return (
    <dialog ref={dialog} class="kb-dialog" aria-labelledby="kb-retire-title" onCancel={onCancel} onClose={onCancel}>
      <h2 id="kb-retire-title">Retire “{title}”?</h2>
      <p>The assistant stops answering from it at once. Its versions stay, so earlier answers can still be traced to their text.</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="kb-actions">
        <button type="button" class="ghost" onClick={onCancel} autoFocus>
          Cancel
        </button>
        <button type="button" class="primary danger" disabled={busy} onClick={() => void confirm()}>
          Retire article
        </button>
      </div>
    </dialog>
  );
}
