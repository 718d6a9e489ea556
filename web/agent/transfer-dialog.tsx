// Hand a conversation on: to a colleague (it stays with a person, now them) or to
// a skill (back to the queue, for whoever has that skill). Shows each colleague's
// status and load so the agent does not hand it to someone who is away or full.
import { useEffect, useRef, useState } from "preact/hooks";
import type { AgentApi } from "./agent-api.ts";
import type { AgentPresence } from "./agent-types.ts";
import { languageName } from "./format.ts";

interface Props {
  api: AgentApi;
  meId: string;
  onTransfer: (to: { agentId: string } | { skill: string }) => Promise<boolean>;
  onClose: () => void;
}

export function TransferDialog({ api, meId, onTransfer, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [agents, setAgents] = useState<AgentPresence[]>();
  const [error, setError] = useState<string>();
  const [skill, setSkill] = useState("");
  const [busy, setBusy] = useState(false);

  // A modal <dialog> traps focus and closes on Esc by itself.
  useEffect(() => {
    dialog.current?.showModal();
    api.colleagues().then(
      (list) => setAgents(list.filter((a) => a.id !== meId).sort((a, b) => rank(a) - rank(b) || a.load / (a.capacity || 1) - b.load / (b.capacity || 1))),
      () => setError("Could not load colleagues."),
    );
  }, [api, meId]);

  const go = async (to: { agentId: string } | { skill: string }) => {
    setBusy(true);
    const ok = await onTransfer(to);
    setBusy(false);
    if (ok) onClose();
  };
  const skills = [...new Set((agents ?? []).flatMap((a) => a.skills))].sort();

  return (
    <dialog ref={dialog} class="transfer" aria-labelledby="transfer-title" onClose={onClose}>
      <h2 id="transfer-title">Transfer conversation</h2>
      <h3>To a colleague</h3>
      {error && <p class="error">{error}</p>}
      {!agents && !error && <p class="muted">Loading colleagues…</p>}
      {agents?.length === 0 && <p class="muted">No colleagues yet.</p>}
      {agents && agents.length > 0 && (
        <ul class="people">
          {agents.map((a) => {
            const full = a.load >= a.capacity;
            return (
              <li key={a.id}>
                <span class={`dot st-${a.status}`} aria-hidden="true" />
                <span class="person">
                  <strong>{a.name}</strong>
                  <span class="muted">
                    {a.status} · {a.load}/{a.capacity} · {a.languages.map(languageName).join(", ") || "no languages"}
                    {a.skills.length > 0 && ` · ${a.skills.join(", ")}`}
                  </span>
                </span>
                <button
                  type="button"
                  class="secondary"
                  disabled={busy || a.status === "offline"}
                  aria-label={`Transfer to ${a.name}${full ? " (at capacity)" : ""}`}
                  onClick={() => void go({ agentId: a.id })}
                >
                  Transfer{full ? " (full)" : ""}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <h3>To a skill (back to the queue)</h3>
      <form
        class="skill-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (skill.trim()) void go({ skill: skill.trim() });
        }}
      >
        <label for="transfer-skill">Skill</label>
        <input id="transfer-skill" list="transfer-skills" value={skill} onInput={(e) => setSkill(e.currentTarget.value)} placeholder="e.g. billing" />
        <datalist id="transfer-skills">
          {skills.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <button type="submit" class="secondary" disabled={busy || !skill.trim()}>
          Send to queue
        </button>
      </form>
      <div class="dialog-bar">
        <button type="button" class="ghost" onClick={() => dialog.current?.close()}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}

/** Online first, then away, then offline. */
function rank(a: AgentPresence): number {
  return a.status === "online" ? 0 : a.status === "away" ? 1 : 2;
}
