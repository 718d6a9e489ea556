// Small display helpers shared by the agent screens.

export function waitText(since: string | undefined, now: number): string {
  if (!since) return "";
  const seconds = Math.max(0, Math.round((now - Date.parse(since)) / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours} h ${minutes % 60} min` : `${Math.floor(hours / 24)} days`;
}

/** Weight is triage's 0–1 emotional weight; agents read a word faster than a number. */
export function weightLabel(weight: number): "high" | "medium" | "low" {
  return weight >= 0.7 ? "high" : weight >= 0.4 ? "medium" : "low";
}

export function clock(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? "" : d.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });
}

export function dateTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(undefined, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
}

/** "missed_callback" / "conversation.handed_over" → "Missed callback" / "Conversation handed over". */
export function humanize(code: string): string {
  const words = code.replace(/[._-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export type MoodTrend = "rising" | "easing" | "steady";

/** First reading against the last; a change under 0.1 is noise, not a trend. */
export function moodTrend(mood: readonly { weight: number }[]): MoodTrend {
  const first = mood[0]?.weight;
  const last = mood[mood.length - 1]?.weight;
  if (first === undefined || last === undefined) return "steady";
  return last - first > 0.1 ? "rising" : first - last > 0.1 ? "easing" : "steady";
}
