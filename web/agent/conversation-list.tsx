// The queue or "mine": each row says why the conversation came to a person.
import type { ConversationSummary, View } from "./agent-types.ts";
import { languageName, waitText, weightLabel } from "./format.ts";
import { useNow } from "./use-now.ts";

interface Props {
  view: View;
  conversations: ConversationSummary[];
  selectedId: string | undefined;
  onOpen: (id: string) => void;
}

export function ConversationList({ view, conversations, selectedId, onOpen }: Props) {
  const now = useNow();
  if (conversations.length === 0) {
    return <p class="list-empty">{view === "queue" ? "Nobody is waiting. " : "Nothing is assigned to you right now."}</p>;
  }
  return (
    <ul class="list">
      {conversations.map((c) => {
        const level = weightLabel(c.weight);
        return (
          <li key={c.id}>
            <button
              type="button"
              class={c.id === selectedId ? "row on" : "row"}
              aria-current={c.id === selectedId ? "true" : undefined}
              data-conversation-id={c.id}
              onClick={() => onOpen(c.id)}
            >
              <span class="row-top">
                <strong>{c.customer.name ?? "Visitor"}</strong>
                <span class={`weight w-${level}`} title={`Weight ${c.weight.toFixed(2)}`}>
                  {level} · {c.weight.toFixed(2)}
                </span>
              </span>
              <span class="reasons">{c.reasons.length ? c.reasons.join(" · ") : "no reason recorded"}</span>
              {c.lastMessage && <span class="last">{c.lastMessage.text}</span>}
              <span class="row-foot">
                <span>{languageName(c.language)}</span>
                {c.status === "waiting" ? (
                  <span>waiting {waitText(c.waitingSince ?? c.updatedAt, now)}</span>
                ) : (
                  <span class={`status s-${c.status}`}>{c.status === "agent" ? "with you" : c.status}</span>
                )}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
