// In the top bar: am I taking conversations (online / away / offline), in which
// languages, with which skills, and how many at once. Routing reads all four.
import { useState } from "preact/hooks";
import { LANGUAGES, type PresenceStatus } from "./agent-types.ts";
import { languageName } from "./format.ts";
import type { PresenceState } from "./use-presence.ts";

const STATUSES: { value: PresenceStatus; label: string }[] = [
  { value: "online", label: "Online" },
  { value: "away", label: "Away" },
  { value: "offline", label: "Offline" },
];

interface Props {
  state: PresenceState;
  /** Conversations I hold, counted from my live list: the desk's presence frames are not re-sent on every assignment. */
  holding: number;
}

export function PresenceControl({ state, holding }: Props) {
  const p = state.presence;
  const [skill, setSkill] = useState("");
  if (!p) return <span class="muted presence">{state.error ?? "Status…"}</span>;

  const addSkill = () => {
    const tag = skill.trim().toLowerCase();
    setSkill("");
    if (tag && !p.skills.includes(tag)) void state.update({ skills: [...p.skills, tag] });
  };
  const toggleLanguage = (code: string, on: boolean) =>
    void state.update({ languages: on ? [...p.languages, code] : p.languages.filter((l) => l !== code) });

  return (
    <div class="presence">
      <fieldset class="status-switch">
        <legend class="sr">My status</legend>
        {STATUSES.map((s) => (
          <label key={s.value} class={p.status === s.value ? `on st-${s.value}` : ""}>
            <input
              type="radio"
              name="presence-status"
              value={s.value}
              checked={p.status === s.value}
              onChange={() => void state.update({ status: s.value })}
            />
            {s.label}
          </label>
        ))}
      </fieldset>
      {p.status === "online" && p.languages.length === 0 && (
        <span class="warn" role="status">
          Pick your languages: nothing can be routed to you without one.
        </span>
      )}
      <span class="load" title="Conversations I hold / my capacity">
        {holding}/{p.capacity}
      </span>
      <details class="presence-more">
        <summary>
          Languages <span class="langs">{p.languages.length ? p.languages.join(" ") : "none"}</span>
          <span class="sr">, skills and capacity</span>
        </summary>
        <div class="presence-panel">
          <fieldset>
            <legend>Languages I answer in</legend>
            <div class="lang-grid">
              {LANGUAGES.map((code) => (
                <label key={code}>
                  <input type="checkbox" checked={p.languages.includes(code)} onChange={(e) => toggleLanguage(code, e.currentTarget.checked)} />{" "}
                  {languageName(code)}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend>Skills</legend>
            <ul class="tags">
              {p.skills.map((s) => (
                <li key={s}>
                  {s}{" "}
                  <button type="button" class="tag-x" aria-label={`Remove skill ${s}`} onClick={() => void state.update({ skills: p.skills.filter((x) => x !== s) })}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
            <div class="inline-form">
              <label for="new-skill" class="sr">
                New skill
              </label>
              <input
                id="new-skill"
                value={skill}
                placeholder="e.g. billing"
                onInput={(e) => setSkill(e.currentTarget.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter") {
                    e.preventDefault();
                    addSkill();
                  }
                }}
              />
              <button type="button" class="secondary" onClick={addSkill} disabled={!skill.trim()}>
                Add
              </button>
            </div>
          </fieldset>
          <label class="capacity">
            Conversations at once{" "}
            <input
              type="number"
              min={1}
              max={10}
              value={p.capacity}
              onChange={(e) => {
                const n = Math.round(Number(e.currentTarget.value));
                if (n >= 1 && n <= 10) void state.update({ capacity: n });
              }}
            />
          </label>
          {state.error && (
            <p class="error" role="alert">
              {state.error}
            </p>
          )}
        </div>
      </details>
    </div>
  );
}
