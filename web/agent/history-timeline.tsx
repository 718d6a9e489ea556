// What happened to this customer before (the firm's events) and in this
// conversation (the desk's log), so the customer never has to repeat it.
import type { HistoryEvent, LogActor, LogEntry } from "./agent-types.ts";
import { dateTime, humanize } from "./format.ts";

interface Props {
  history: HistoryEvent[];
  log: LogEntry[];
}

function details(fields: Record<string, unknown>, skip: string[]): string {
  return Object.entries(fields)
    .filter(([k, v]) => !skip.includes(k) && v !== undefined && v !== null && v !== "")
    .map(([k, v]) => `${humanize(k)}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`)
    .join(" · ");
}

function actorName(actor: LogActor): string {
  if (typeof actor === "string") return actor;
  return actor.name ?? actor.kind;
}

export function HistoryTimeline({ history, log }: Props) {
  const sorted = [...history].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return (
    <>
      <h2>Customer history</h2>
      {sorted.length === 0 ? (
        <p class="muted">No earlier events from the firm's systems.</p>
      ) : (
        <ol class="timeline">
          {sorted.map((e, i) => {
            const extra = details(e, ["type", "at"]);
            return (
              <li key={`${e.at}-${i}`}>
                <time dateTime={e.at}>{dateTime(e.at)}</time>
                <strong>{humanize(e.type)}</strong>
                {extra && <span class="muted">{extra}</span>}
              </li>
            );
          })}
        </ol>
      )}
      <details class="activity">
        <summary>Activity in this conversation ({log.length})</summary>
        <ol class="timeline">
          {log.map((e, i) => (
            <li key={`${e.at}-${i}`}>
              <time dateTime={e.at}>{dateTime(e.at)}</time>
              <strong>{humanize(e.type)}</strong>
              <span class="muted">
                by {actorName(e.actor)}
                {e.data && typeof e.data === "object" ? ` · ${details(e.data as Record<string, unknown>, [])}` : ""}
              </span>
            </li>
          ))}
        </ol>
      </details>
    </>
  );
}
