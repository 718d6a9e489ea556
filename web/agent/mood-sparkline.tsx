// How the customer's emotional weight moved through the conversation, as a tiny
// line: an agent sees at a glance whether things got worse before they arrived.
import type { Brief } from "./agent-types.ts";
import { moodTrend, weightLabel } from "./format.ts";

const W = 120;
const H = 28;

export function MoodSparkline({ mood }: { mood: Brief["mood"] }) {
  if (mood.length === 0) return <span class="muted">no readings</span>;
  const points = mood.map((m, i) => {
    const x = mood.length === 1 ? W / 2 : (i / (mood.length - 1)) * (W - 4) + 2;
    const y = H - 2 - Math.max(0, Math.min(1, m.weight)) * (H - 4);
    return [x, y] as const;
  });
  const first = mood[0]!.weight;
  const last = mood[mood.length - 1]!.weight;
  const trend = moodTrend(mood);
  // The picture is for eyes; the words carry the same facts for screen readers.
  const summary = `Mood ${trend}: from ${first.toFixed(2)} to ${last.toFixed(2)} over ${mood.length} readings`;
  const [lx, ly] = points[points.length - 1]!;
  return (
    <span class="spark" title={summary}>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
        <line x1="0" x2={W} y1={H - 2 - 0.7 * (H - 4)} y2={H - 2 - 0.7 * (H - 4)} class="spark-high" />
        <polyline points={points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" ")} class="spark-line" />
        <circle cx={lx} cy={ly} r="2.8" class={`spark-dot w-${weightLabel(last)}`} />
      </svg>
      <span class={`spark-word w-${weightLabel(last)}`}>{trend}</span>
    </span>
  );
}
