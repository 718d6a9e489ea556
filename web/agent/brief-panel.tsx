// The hand-over brief, the first thing an agent reads: why the conversation came
// to a person, what happened to this customer lately, what the assistant already
// said (and from which articles), the language, and how the mood moved. The
// customer should never have to repeat any of it.
import type { Brief, ConversationSummary } from "./agent-types.ts";
import { clock, languageName, waitText, weightLabel } from "./format.ts";
import { MoodSparkline } from "./mood-sparkline.tsx";

interface Props {
  conversation: ConversationSummary;
  brief: Brief | undefined;
  now: number;
}

function seconds(s: number): string {
  return waitText(new Date(0).toISOString(), s * 1000);
}

export function BriefPanel({ conversation: c, brief, now }: Props) {
  const reasons = brief?.reasons.length ? brief.reasons : c.reasons;
  const waiting =
    c.status === "waiting" && c.waitingSince ? waitText(c.waitingSince, now) : brief?.waitingSeconds !== undefined ? seconds(brief.waitingSeconds) : undefined;
  return (
    <details class="brief" open aria-label="Hand-over brief">
      <summary>
        <h2>Hand-over brief</h2>
      </summary>
      <div class="brief-grid">
        <section class="brief-why" aria-labelledby="brief-why">
          <h3 id="brief-why">Why a person</h3>
          <ul class="chips">{reasons.length ? reasons.map((r) => <li key={r}>{r}</li>) : <li>no reason recorded</li>}</ul>
          <dl class="facts">
            <div>
              <dt>Weight</dt>
              <dd class={`w-${weightLabel(c.weight)}`}>
                {weightLabel(c.weight)} ({c.weight.toFixed(2)})
              </dd>
            </div>
            <div>
              <dt>Language</dt>
              <dd>{languageName(brief?.language ?? c.language)}</dd>
            </div>
            {c.skill && (
              <div>
                <dt>Skill</dt>
                <dd>{c.skill}</dd>
              </div>
            )}
            {waiting && (
              <div>
                <dt>{c.status === "waiting" ? "Waiting" : "Waited"}</dt>
                <dd>{waiting}</dd>
              </div>
            )}
            <div>
              <dt>Mood</dt>
              <dd>{brief ? <MoodSparkline mood={brief.mood} /> : <span class="muted">not recorded</span>}</dd>
            </div>
          </dl>
        </section>
        <section aria-labelledby="brief-history">
          <h3 id="brief-history">Recent history</h3>
          {brief?.history.length ? (
            <ul class="brief-lines">
              {brief.history.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          ) : (
            <p class="muted">Nothing recent from the firm's systems.</p>
          )}
        </section>
        <section aria-labelledby="brief-assistant">
          <h3 id="brief-assistant">The assistant said</h3>
          {brief?.assistant.length ? (
            <ol class="brief-lines said">
              {brief.assistant.map((a, i) => (
                <li key={i}>
                  <time dateTime={a.createdAt}>{clock(a.createdAt)}</time>
                  <span class="quote" title={a.text}>
                    “{a.text}”
                  </span>
                  {a.sources.length > 0 && <span class="cited"> Cited: {a.sources.map((s) => s.title).join(", ")}</span>}
                </li>
              ))}
            </ol>
          ) : (
            <p class="muted">The assistant did not answer.</p>
          )}
        </section>
      </div>
    </details>
  );
}
