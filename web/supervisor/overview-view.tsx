// What a supervisor watches: how many wait and for how long, who is online with
// what load and languages, and which callbacks are due.
import type { Agent, AgentPresence, Overview } from "../agent/agent-types.ts";
import { dateTime, languageName, waitText, weightLabel } from "../agent/format.ts";
import { useNow } from "../agent/use-now.ts";
import { SupervisorNav } from "./supervisor-nav.tsx";

interface Props {
  me: Agent;
  data: { overview: Overview; at: number; stale: boolean; connected: boolean };
}

function duration(seconds: number): string {
  return waitText(new Date(0).toISOString(), Math.max(0, seconds) * 1000);
}

const ORDER = { online: 0, away: 1, offline: 2 } as const;
const share = (a: AgentPresence) => a.load / (a.capacity || 1);
const byStatus = (a: AgentPresence, b: AgentPresence) => ORDER[a.status] - ORDER[b.status] || share(b) - share(a);

export function OverviewView({ me, data }: Props) {
  const now = useNow(5000);
  const { queue, agents, waits, callbacksDue } = data.overview;
  const online = agents.filter((a) => a.status === "online");
  // Away people still hold their conversations, so they count towards the load.
  const present = agents.filter((a) => a.status !== "offline");
  const seats = present.reduce((n, a) => n + a.capacity, 0);
  const held = present.reduce((n, a) => n + a.load, 0);
  const overdue = callbacksDue.filter((c) => Date.parse(c.dueAt) < now).length;

  return (
    <div class="sup">
      <header class="topbar">
        <strong class="brand">
          <span class="mark" aria-hidden="true">◐</span> Tandem <span class="muted">supervisor</span>
        </strong>
        <span class={data.stale ? "live" : "live on"} role="status">
          {data.stale ? "Not updating — retrying…" : `Live · updated ${new Date(data.at).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" })}`}
        </span>
        <SupervisorNav current="/supervisor/" />
        <span class="who">
          {me.name} <span class="muted">· {me.role}</span>
        </span>
      </header>
      <main class="sup-main">
        <section class="tiles" aria-label="Right now">
          <Tile label="Waiting" value={String(waits.waiting)} tone={waits.waiting > 0 && online.length === 0 ? "bad" : undefined} />
          <Tile label="Median wait" value={duration(waits.medianSeconds)} />
          <Tile label="Longest wait" value={duration(waits.longestSeconds)} tone={waits.longestSeconds > 600 ? "bad" : undefined} />
          <Tile label="Agents online" value={String(online.length)} tone={online.length === 0 ? "bad" : undefined} />
          <Tile label="Load" value={seats ? `${held}/${seats}` : "–"} />
          <Tile label="Callbacks due" value={String(callbacksDue.length)} tone={overdue ? "bad" : undefined} note={overdue ? `${overdue} overdue` : undefined} />
        </section>

        <section class="panel wide" aria-labelledby="q-title">
          <h2 id="q-title">Queue ({queue.length})</h2>
          {queue.length === 0 ? (
            <p class="muted">Nobody is waiting.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">Customer</th>
                  <th scope="col">Why a person</th>
                  <th scope="col">Weight</th>
                  <th scope="col">Language</th>
                  <th scope="col">Skill</th>
                  <th scope="col">Waiting</th>
                </tr>
              </thead>
              <tbody>
                {queue.map((c) => (
                  <tr key={c.id} data-conversation-id={c.id}>
                    <td>{c.customer.name ?? "Visitor"}</td>
                    <td>{c.reasons.join(" · ") || "–"}</td>
                    <td>
                      <span class={`weight w-${weightLabel(c.weight)}`}>{c.weight.toFixed(2)}</span>
                    </td>
                    <td>{languageName(c.language)}</td>
                    <td>{c.skill ?? "–"}</td>
                    <td>{waitText(c.waitingSince ?? c.updatedAt, now)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <section class="panel" aria-labelledby="a-title">
          <h2 id="a-title">Agents ({online.length} online of {agents.length})</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">Agent</th>
                <th scope="col">Status</th>
                <th scope="col">Load</th>
                <th scope="col">Languages</th>
                <th scope="col">Skills</th>
                <th scope="col">Last seen</th>
              </tr>
            </thead>
            <tbody>
              {[...agents].sort(byStatus).map((a) => (
                <tr key={a.id} data-agent-id={a.id} class={a.status === "offline" ? "dim" : undefined}>
                  <td>
                    {a.name} {a.role && a.role !== "agent" && <span class="muted">· {a.role}</span>}
                  </td>
                  <td class="nowrap">
                    <span class={`dot st-${a.status}`} aria-hidden="true" /> {a.status}
                  </td>
                  <td>
                    <LoadBar load={a.load} capacity={a.capacity} />
                  </td>
                  <td>{a.languages.join(" ") || "–"}</td>
                  <td>{a.skills.join(", ") || "–"}</td>
                  <td>{a.lastSeenAt ? dateTime(a.lastSeenAt) : "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section class="panel" aria-labelledby="cb-title">
          <h2 id="cb-title">Callbacks due ({callbacksDue.length})</h2>
          {callbacksDue.length === 0 ? (
            <p class="muted">No callbacks are due.</p>
          ) : (
            <ul class="due-list">
              {callbacksDue.map((c) => {
                const late = Date.parse(c.dueAt) < now;
                return (
                  <li key={c.id} class={late ? "late" : undefined}>
                    <strong>{c.customer?.name ?? "Visitor"}</strong> · {c.channel === "phone" ? "call" : "e-mail"} {c.contact} ·{" "}
                    <span class={late ? "due late" : "due"}>{late ? `overdue ${waitText(c.dueAt, now)}` : `due ${dateTime(c.dueAt)}`}</span>
                    {c.note && <span class="muted"> · “{c.note}”</span>}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      </main>
    </div>
  );
}

function Tile({ label, value, tone, note }: { label: string; value: string; tone?: "bad"; note?: string }) {
  return (
    <div class={tone === "bad" ? "tile bad" : "tile"}>
      <span class="tile-label">{label}</span>
      <strong class="tile-value">{value}</strong>
      {note && <span class="tile-note">{note}</span>}
    </div>
  );
}

function LoadBar({ load, capacity }: { load: number; capacity: number }) {
  const share = capacity > 0 ? Math.min(1, load / capacity) : 0;
  return (
    <span class="loadbar" title={`${load} of ${capacity} conversations`}>
      <span class="bar" aria-hidden="true">
        <span class={share >= 1 ? "fill full" : "fill"} style={{ width: `${share * 100}%` }} />
      </span>
      {load}/{capacity}
    </span>
  );
}
