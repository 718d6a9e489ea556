import { normaliseTopic } from "../features.ts";
import type { InquiryRecord } from "../io/inquiry-input.ts";
import type { TriageEngine } from "../triage-engine.ts";

/** What a firm reads before deploying anything: can its inquiries be separated, and how many can the assistant take? */
export interface SegmentationReport {
  total: number;
  labelled: number;
  threshold: number;
  /** Share routed to the assistant. */
  assistantShare: number;
  /** Ten bins of weight, [0, 0.1) … [0.9, 1]: counts routed to the assistant and to a person. */
  histogram: { from: number; to: number; ai: number; human: number }[];
  reasons: { reason: string; count: number; share: number }[];
  topics: TopicRow[];
  languages: { language: string; count: number; weightyShare: number }[];
  /** Present when the file is labelled. */
  labels?: LabelledFigures;
  verdict: Verdict;
}

export interface TopicRow {
  topic: string;
  count: number;
  /** Share triage sends to a person. */
  weightyShare: number;
  /** Share a person labelled weighty, when labelled. */
  labelledWeightyShare?: number;
}

export interface LabelledFigures {
  weighty: number;
  routine: number;
  weightyToPerson: number;
  routineToAssistant: number;
  /** Probability a random weighty inquiry outweighs a random routine one. */
  auc: number;
  /** The largest assistant share at which ≥ 95% of weighty inquiries still reach a person. */
  assistantShareAt95: number;
  /** Trade-off points as the threshold moves: for the chart. */
  curve: { threshold: number; assistantShare: number; weightyToPerson: number }[];
  /** What a topic-only router would have achieved: each topic wholly to whichever side most of it is. */
  topicOnly?: { weightyToPerson: number; routineToAssistant: number };
}

export interface Verdict {
  go: boolean;
  headline: string;
  reasons: string[];
}

/** Below this, an assistant takes too little of the work to be worth deploying. */
export const USEFUL_ASSISTANT_SHARE = 0.3;
const WEIGHTY_TARGET = 0.95;

export function analyzeInquiries(
  records: readonly InquiryRecord[],
  engine: TriageEngine,
  threshold: number,
  onProgress?: (done: number) => void,
): SegmentationReport {
  const histogram = Array.from({ length: 10 }, (_, i) => ({ from: i / 10, to: (i + 1) / 10, ai: 0, human: 0 }));
  const reasonCounts = new Map<string, number>();
  const topicStats = new Map<string, { count: number; human: number; labelled: number; weighty: number }>();
  const languageStats = new Map<string, { count: number; human: number }>();
  const scored: { weight: number; human: boolean; explicit: boolean; weighty?: boolean; topic: string }[] = [];
  let toAssistant = 0;

  records.forEach((r, i) => {
    const d = engine.decide(r.input);
    const human = d.route === "human";
    if (!human) toAssistant++;
    const bin = histogram[Math.min(9, Math.floor(d.weight * 10))] as (typeof histogram)[number];
    if (human) bin.human++;
    else bin.ai++;
    if (human) for (const reason of d.reasons) reasonCounts.set(reason, (reasonCounts.get(reason) ?? 0) + 1);
    const topic = normaliseTopic(r.input.topic) ?? "(no topic)";
    const t = topicStats.get(topic) ?? { count: 0, human: 0, labelled: 0, weighty: 0 };
    t.count++;
    if (human) t.human++;
    if (r.weighty !== undefined) {
      t.labelled++;
      if (r.weighty) t.weighty++;
    }
    topicStats.set(topic, t);
    const l = languageStats.get(d.language) ?? { count: 0, human: 0 };
    l.count++;
    if (human) l.human++;
    languageStats.set(d.language, l);
    const s: (typeof scored)[number] = { weight: d.weight, human, explicit: d.explicitRequest, topic };
    if (r.weighty !== undefined) s.weighty = r.weighty;
    scored.push(s);
    if (onProgress && (i + 1) % 500 === 0) onProgress(i + 1);
  });
  onProgress?.(records.length);

  const total = records.length;
  const humanCount = total - toAssistant;
  const report: SegmentationReport = {
    total,
    labelled: scored.filter((s) => s.weighty !== undefined).length,
    threshold,
    assistantShare: total ? toAssistant / total : 0,
    histogram,
    reasons: [...reasonCounts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([reason, count]) => ({ reason, count, share: humanCount ? count / humanCount : 0 })),
    topics: [...topicStats]
      .map(([topic, s]) => {
        const row: TopicRow = { topic, count: s.count, weightyShare: s.human / s.count };
        if (s.labelled > 0) row.labelledWeightyShare = s.weighty / s.labelled;
        return row;
      })
      .sort((a, b) => b.count - a.count),
    languages: [...languageStats]
      .map(([language, s]) => ({ language, count: s.count, weightyShare: s.human / s.count }))
      .sort((a, b) => b.count - a.count),
    verdict: { go: false, headline: "", reasons: [] },
  };
  const labelled = scored.filter((s): s is typeof s & { weighty: boolean } => s.weighty !== undefined);
  if (labelled.length > 0 && labelled.some((s) => s.weighty) && labelled.some((s) => !s.weighty)) {
    report.labels = labelledFigures(labelled, topicStats);
  }
  report.verdict = verdictOf(report);
  return report;
}

function labelledFigures(
  scored: readonly { weight: number; human: boolean; explicit: boolean; weighty: boolean; topic: string }[],
  topicStats: ReadonlyMap<string, { labelled: number; weighty: number }>,
): LabelledFigures {
  const weighty = scored.filter((s) => s.weighty);
  const routine = scored.filter((s) => !s.weighty);
  const weightyToPerson = weighty.filter((s) => s.human).length / weighty.length;
  const routineToAssistant = routine.filter((s) => !s.human).length / routine.length;

  // AUC from ranks (ties count half), O(n log n) so a large export stays quick.
  const byWeight = [...scored].sort((a, b) => a.weight - b.weight);
  let rankSumWeighty = 0;
  for (let i = 0; i < byWeight.length; ) {
    let j = i;
    while (j < byWeight.length && (byWeight[j] as (typeof scored)[number]).weight === (byWeight[i] as (typeof scored)[number]).weight) j++;
    const midRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if ((byWeight[k] as (typeof scored)[number]).weighty) rankSumWeighty += midRank;
    i = j;
  }
  const auc = (rankSumWeighty - (weighty.length * (weighty.length + 1)) / 2) / (weighty.length * routine.length);

  // Sweep the threshold upwards: below it goes to the assistant (explicit requests never do).
  const curve: LabelledFigures["curve"] = [];
  let assistantShareAt95 = 0;
  let belowWeighty = 0;
  let belowAll = 0;
  const record = (t: number) => {
    const wp = 1 - belowWeighty / weighty.length;
    const share = belowAll / scored.length;
    curve.push({ threshold: t, assistantShare: share, weightyToPerson: wp });
    if (wp >= WEIGHTY_TARGET) assistantShareAt95 = Math.max(assistantShareAt95, share);
  };
  record(0);
  for (let i = 0; i < byWeight.length; ) {
    const w = (byWeight[i] as (typeof scored)[number]).weight;
    while (i < byWeight.length && (byWeight[i] as (typeof scored)[number]).weight === w) {
      const s = byWeight[i] as (typeof scored)[number];
      if (!s.explicit) {
        belowAll++;
        if (s.weighty) belowWeighty++;
      }
      i++;
    }
    record(Math.min(1, w + 1e-6));
  }
  // Thin the curve for the chart: a point per 0.5% of assistant share is plenty.
  const thinned = curve.filter((p, i) => i === 0 || i === curve.length - 1 || Math.round(p.assistantShare * 200) !== Math.round((curve[i - 1] as typeof p).assistantShare * 200));
  curve.length = 0;
  curve.push(...thinned);

  let topicOnly: LabelledFigures["topicOnly"];
  const majority = new Map<string, boolean>();
  for (const [topic, s] of topicStats) if (s.labelled > 0) majority.set(topic, s.weighty / s.labelled >= 0.5);
  if (majority.size > 1) {
    const tw = weighty.filter((s) => majority.get(s.topic) === true).length / weighty.length;
    const tr = routine.filter((s) => majority.get(s.topic) !== true).length / routine.length;
    topicOnly = { weightyToPerson: tw, routineToAssistant: tr };
  }
  const figures: LabelledFigures = {
    weighty: weighty.length,
    routine: routine.length,
    weightyToPerson,
    routineToAssistant,
    auc,
    assistantShareAt95,
    curve,
  };
  if (topicOnly) figures.topicOnly = topicOnly;
  return figures;
}

function verdictOf(report: SegmentationReport): Verdict {
  const reasons: string[] = [];
  const pct = (x: number) => `${Math.round(100 * x)}%`;
  const weightyShare = 1 - report.assistantShare;
  let go = true;
  if (report.total === 0) return { go: false, headline: "No inquiries to analyse", reasons: ["the file held no readable inquiries"] };
  if (weightyShare > 0.5) {
    go = false;
    reasons.push(`${pct(weightyShare)} of inquiries carry emotional weight: they dominate, and people should hold them.`);
  } else {
    reasons.push(`${pct(report.assistantShare)} of inquiries look routine enough for the assistant.`);
  }
  if (report.assistantShare < USEFUL_ASSISTANT_SHARE && weightyShare <= 0.5) {
    go = false;
    reasons.push(`the assistant would take only ${pct(report.assistantShare)}, below the ${pct(USEFUL_ASSISTANT_SHARE)} that makes it worth running.`);
  }
  const l = report.labels;
  if (l) {
    if (l.weightyToPerson < WEIGHTY_TARGET) {
      go = false;
      reasons.push(`only ${pct(l.weightyToPerson)} of the inquiries your people marked weighty would reach a person (target 95%).`);
    } else {
      reasons.push(`${pct(l.weightyToPerson)} of the inquiries your people marked weighty reach a person, and ${pct(l.routineToAssistant)} of the routine ones go to the assistant.`);
    }
    if (l.assistantShareAt95 < USEFUL_ASSISTANT_SHARE) {
      go = false;
      reasons.push(`routine and weighty cannot be separated reliably here: keeping 95% of weighty inquiries with people leaves the assistant ${pct(l.assistantShareAt95)}.`);
    }
    if (l.topicOnly) {
      reasons.push(`for comparison, routing by topic alone would send ${pct(l.topicOnly.weightyToPerson)} of weighty inquiries to a person.`);
    }
  } else {
    reasons.push("the file has no labels, so separability is estimated, not measured: label a few hundred inquiries and run `tandem calibrate` before deciding.");
  }
  const mixedTopics = report.topics.filter((t) => t.topic !== "(no topic)" && t.count >= 5 && t.weightyShare >= 0.2 && t.weightyShare <= 0.8);
  if (mixedTopics.length > 0) {
    reasons.push(`topic is a poor guide: ${mixedTopics.slice(0, 4).map((t) => `"${t.topic}" (${pct(t.weightyShare)} weighty)`).join(", ")} mix routine and weighty inquiries.`);
  }
  return {
    go,
    headline: go
      ? `GO: let the assistant take about ${pct(report.assistantShare)} of inquiries, with people on the rest`
      : "NO-GO: do not put an AI assistant in front of these inquiries yet",
    reasons,
  };
}
