import type { SegmentationReport } from "./analyze.ts";

/**
 * The segmentation report as one self-contained HTML file: inline CSS and SVG, no
 * scripts, no fonts or libraries from a CDN, so it opens offline and can be mailed.
 */
export function renderReportHtml(report: SegmentationReport, title: string, generatedAt: string): string {
  const v = report.verdict;
  const l = report.labels;
  const sections = [
    `<header class="${v.go ? "go" : "nogo"}"><h1>${esc(v.headline)}</h1><ul>${v.reasons.map((r) => `<li>${esc(r)}</li>`).join("")}</ul></header>`,
    `<section class="row">${card("Share the assistant could take", donut(report.assistantShare))}${card(
      "At a glance",
      figuresTable(report),
    )}</section>`,
    card(`Emotional weight of ${report.total.toLocaleString("en")} inquiries`, histogram(report)),
    `<section class="row">${card("Why inquiries need a person", bars(report.reasons.map((r) => ({ label: r.reason, value: r.share, note: `${r.count}` }))))}${card(
      "Weighty share within each topic",
      topicBars(report),
      "If topic were a good guide, every bar would be near 0% or 100%.",
    )}</section>`,
  ];
  if (l) sections.push(card("Trade-off: assistant share against weighty inquiries reaching a person", curve(report)));
  if (report.languages.length > 1) {
    sections.push(card("Languages", bars(report.languages.map((x) => ({ label: `${x.language} (${x.count})`, value: x.weightyShare, note: pct(x.weightyShare) + " weighty" })))));
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${CSS}</style></head>
<body><main>
<p class="meta">Tandem segmentation report · ${esc(title)} · ${esc(generatedAt)}</p>
${sections.join("\n")}
<p class="meta">Weight is emotional weight in [0, 1]; inquiries at or above ${report.threshold.toFixed(3)}, and every explicit request for a person, go to a person.</p>
</main></body></html>
`;
}

const CSS = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2330;background:#f4f5f8;margin:0}
main{max-width:1100px;margin:0 auto;padding:24px}
header{border-radius:12px;padding:20px 24px;margin-bottom:20px;color:#fff}
header.go{background:#1f7a4d}header.nogo{background:#b23b3b}
header h1{margin:0 0 8px;font-size:24px}header ul{margin:0;padding-left:20px}
.row{display:flex;gap:20px;flex-wrap:wrap}.row>.card{flex:1 1 420px}
.card{background:#fff;border-radius:12px;padding:16px 20px;margin-bottom:20px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
.card h2{font-size:16px;margin:0 0 12px}.note{color:#5b6475;font-size:13px;margin:8px 0 0}
table{border-collapse:collapse;width:100%}td{padding:4px 8px;border-bottom:1px solid #eceef3}td.n{text-align:right;font-variant-numeric:tabular-nums}
.meta{color:#5b6475;font-size:13px}svg text{font:12px system-ui,sans-serif;fill:#1d2330}
`;

const AI = "#3d7be0";
const HUMAN = "#e0893d";

function card(title: string, body: string, note?: string): string {
  return `<section class="card"><h2>${esc(title)}</h2>${body}${note ? `<p class="note">${esc(note)}</p>` : ""}</section>`;
}

function figuresTable(r: SegmentationReport): string {
  const rows: [string, string][] = [
    ["Inquiries", r.total.toLocaleString("en")],
    ["To the assistant", pct(r.assistantShare)],
    ["To a person", pct(1 - r.assistantShare)],
  ];
  const l = r.labels;
  if (l) {
    rows.push(
      ["Labelled", `${l.weighty} weighty, ${l.routine} routine`],
      ["Weighty → person", pct(l.weightyToPerson)],
      ["Routine → assistant", pct(l.routineToAssistant)],
      ["Separability (AUC)", l.auc.toFixed(3)],
      ["Assistant share keeping 95% of weighty with people", pct(l.assistantShareAt95)],
    );
    if (l.topicOnly) rows.push(["Topic-only router: weighty → person", pct(l.topicOnly.weightyToPerson)]);
  }
  return `<table>${rows.map(([k, v]) => `<tr><td>${esc(k)}</td><td class="n">${esc(v)}</td></tr>`).join("")}</table>`;
}

function donut(share: number): string {
  const r = 70;
  const c = 2 * Math.PI * r;
  return `<svg viewBox="0 0 220 190" width="100%" height="200" role="img" aria-label="${pct(share)} to the assistant">
<circle cx="110" cy="95" r="${r}" fill="none" stroke="${HUMAN}" stroke-width="28"/>
<circle cx="110" cy="95" r="${r}" fill="none" stroke="${AI}" stroke-width="28" stroke-dasharray="${(c * share).toFixed(1)} ${c.toFixed(1)}" transform="rotate(-90 110 95)"/>
<text x="110" y="92" text-anchor="middle" style="font-size:28px;font-weight:600">${pct(share)}</text>
<text x="110" y="114" text-anchor="middle">to the assistant</text></svg>
${legend()}`;
}

function legend(): string {
  return `<p class="note"><span style="color:${AI}">■</span> assistant &nbsp; <span style="color:${HUMAN}">■</span> person</p>`;
}

function histogram(r: SegmentationReport): string {
  const w = 640, h = 220, left = 40, bottom = 30, top = 10;
  const max = Math.max(1, ...r.histogram.map((b) => b.ai + b.human));
  const bw = (w - left - 10) / r.histogram.length;
  const y = (n: number) => ((h - bottom - top) * n) / max;
  const bars = r.histogram
    .map((b, i) => {
      const x = left + i * bw + 3;
      const hAi = y(b.ai);
      const hHu = y(b.human);
      return `<rect x="${x}" y="${h - bottom - hAi}" width="${bw - 6}" height="${hAi}" fill="${AI}"><title>${b.ai} to the assistant</title></rect>
<rect x="${x}" y="${h - bottom - hAi - hHu}" width="${bw - 6}" height="${hHu}" fill="${HUMAN}"><title>${b.human} to a person</title></rect>
<text x="${x + (bw - 6) / 2}" y="${h - bottom + 16}" text-anchor="middle">${b.from.toFixed(1)}</text>`;
    })
    .join("");
  const tx = left + r.threshold * (w - left - 10);
  return `<svg viewBox="0 0 ${w} ${h}" width="100%" role="img" aria-label="weight distribution">
<line x1="${left}" y1="${h - bottom}" x2="${w - 10}" y2="${h - bottom}" stroke="#aab"/>
<text x="4" y="${top + 10}">${max}</text>${bars}
<line x1="${tx}" y1="${top}" x2="${tx}" y2="${h - bottom}" stroke="#1d2330" stroke-dasharray="4 3"/>
<text x="${tx + 4}" y="${top + 12}">threshold</text></svg>${legend()}`;
}

function bars(items: { label: string; value: number; note: string }[]): string {
  if (items.length === 0) return `<p class="note">Nothing to show.</p>`;
  const rowH = 24, w = 480, labelW = 210;
  const h = items.length * rowH + 4;
  const rows = items
    .map((it, i) => {
      const y = i * rowH + 2;
      const bw = Math.max(1, (w - labelW - 60) * Math.min(1, it.value));
      return `<text x="0" y="${y + 15}">${esc(truncate(it.label, 30))}</text>
<rect x="${labelW}" y="${y + 3}" width="${bw}" height="${rowH - 8}" rx="3" fill="${HUMAN}"/>
<text x="${labelW + bw + 6}" y="${y + 15}">${esc(it.note)}</text>`;
    })
    .join("");
  return `<svg viewBox="0 0 ${w} ${h}" width="100%" style="max-width:640px" role="img">${rows}</svg>`;
}

function topicBars(r: SegmentationReport): string {
  const topics = r.topics.slice(0, 14);
  const rowH = 24, w = 480, labelW = 170, barW = 230;
  const h = topics.length * rowH + 4;
  const rows = topics
    .map((t, i) => {
      const y = i * rowH + 2;
      const marker =
        t.labelledWeightyShare === undefined
          ? ""
          : `<line x1="${labelW + barW * t.labelledWeightyShare}" y1="${y + 1}" x2="${labelW + barW * t.labelledWeightyShare}" y2="${y + rowH - 3}" stroke="#1d2330" stroke-width="2"><title>labelled: ${pct(t.labelledWeightyShare)}</title></line>`;
      return `<text x="0" y="${y + 15}">${esc(truncate(t.topic, 22))} (${t.count})</text>
<rect x="${labelW}" y="${y + 3}" width="${barW}" height="${rowH - 8}" rx="3" fill="${AI}"/>
<rect x="${labelW}" y="${y + 3}" width="${barW * t.weightyShare}" height="${rowH - 8}" rx="3" fill="${HUMAN}"/>${marker}
<text x="${labelW + barW + 6}" y="${y + 15}">${pct(t.weightyShare)}</text>`;
    })
    .join("");
  return `<svg viewBox="0 0 ${w} ${h}" width="100%" role="img">${rows}</svg>${r.labels ? `<p class="note">Black marks: the share your people labelled weighty.</p>` : ""}`;
}

function curve(r: SegmentationReport): string {
  const l = r.labels;
  if (!l) return "";
  const w = 640, h = 260, left = 50, bottom = 36, top = 10, right = 20;
  const x = (s: number) => left + s * (w - left - right);
  const y = (v: number) => h - bottom - v * (h - bottom - top);
  const path = l.curve.map((p, i) => `${i === 0 ? "M" : "L"}${x(p.assistantShare).toFixed(1)},${y(p.weightyToPerson).toFixed(1)}`).join(" ");
  const here = `<circle cx="${x(r.assistantShare)}" cy="${y(l.weightyToPerson)}" r="6" fill="${HUMAN}"><title>current threshold</title></circle>`;
  const ticks = [0, 0.25, 0.5, 0.75, 1]
    .map((t) => `<text x="${x(t)}" y="${h - bottom + 16}" text-anchor="middle">${pct(t)}</text><text x="${left - 6}" y="${y(t) + 4}" text-anchor="end">${pct(t)}</text>`)
    .join("");
  return `<svg viewBox="0 0 ${w} ${h}" width="100%" role="img" aria-label="trade-off curve">
<rect x="${left}" y="${top}" width="${w - left - right}" height="${h - bottom - top}" fill="#fafbfd" stroke="#dde"/>
<line x1="${left}" y1="${y(0.95)}" x2="${w - right}" y2="${y(0.95)}" stroke="#1f7a4d" stroke-dasharray="5 4"/>
<text x="${w - right - 4}" y="${y(0.95) - 5}" text-anchor="end">95% of weighty with a person</text>
<path d="${path}" fill="none" stroke="${AI}" stroke-width="2.5"/>${here}${ticks}
<text x="${(left + w - right) / 2}" y="${h - 4}" text-anchor="middle">share of all inquiries the assistant takes</text></svg>
<p class="note">Each point is a threshold. The orange dot is the current one. Good separation keeps the line high far to the right.</p>`;
}

function pct(x: number): string {
  return `${(100 * x).toFixed(x > 0 && x < 0.1 ? 1 : 0)}%`;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
}
