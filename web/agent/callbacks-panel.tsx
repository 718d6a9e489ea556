// Promised callbacks, soonest due first; overdue ones stand out. Done means the
// customer was contacted; it leaves the list for everyone.
import type { AgentCallback } from "./agent-types.ts";
import { dateTime, waitText } from "./format.ts";
import { useNow } from "./use-now.ts";

interface Props {
  callbacks: AgentCallback[];
  error: string | undefined;
  onComplete: (id: string) => void;
  onOpenConversation: (id: string) => void;
}

export function CallbacksPanel({ callbacks, error, onComplete, onOpenConversation }: Props) {
  const now = useNow(30_000);
  return (
    <div class="callbacks">
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {callbacks.length === 0 ? (
        <p class="list-empty">No callbacks are open.</p>
      ) : (
        <ul class="list">
          {callbacks.map((c) => {
            const overdue = Date.parse(c.dueAt) < now;
            return (
              <li key={c.id} class={overdue ? "cb overdue" : "cb"} data-callback-id={c.id}>
                <div class="row-top">
                  <strong>{c.customer?.name ?? "Visitor"}</strong>
                  <span class={overdue ? "due late" : "due"}>
                    {overdue ? `Overdue ${waitText(c.dueAt, now)}` : `Due ${dateTime(c.dueAt)}`}
                  </span>
                </div>
                <div>
                  {c.channel === "phone" ? "Call" : "E-mail"} <a href={c.channel === "phone" ? `tel:${c.contact}` : `mailto:${c.contact}`}>{c.contact}</a>
                </div>
                {c.note && <div class="muted">“{c.note}”</div>}
                <div class="cb-actions">
                  <button type="button" class="ghost" onClick={() => onOpenConversation(c.conversationId)}>
                    Open conversation
                  </button>
                  <button type="button" class="secondary" onClick={() => onComplete(c.id)}>
                    Mark done
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
