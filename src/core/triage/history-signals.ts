import type { HistoryEvent } from "../inquiry.ts";

/** History features, each in [0, 2]; trouble fades with age and once a later contact resolved it. */
export interface HistoryReading {
  repeatUnresolved: number;
  callbackMissed: number;
  deliveryDelayed: number;
  refundPending: number;
  complaintOpen: number;
  lowRating: number;
  recentEscalation: number;
  paymentOverdue: number;
  paymentFailed: number;
}

const halfLife = (daysAgo: number, days: number): number => Math.pow(0.5, Math.max(0, daysAgo) / days);

/** Full weight inside the window, then halving every `days` after it. */
const windowed = (daysAgo: number, window: number, days: number): number =>
  daysAgo <= window ? 1 : halfLife(daysAgo - window, days);

export function readHistory(history: readonly HistoryEvent[] | undefined): HistoryReading {
  const r: HistoryReading = {
    repeatUnresolved: 0,
    callbackMissed: 0,
    deliveryDelayed: 0,
    refundPending: 0,
    complaintOpen: 0,
    lowRating: 0,
    recentEscalation: 0,
    paymentOverdue: 0,
    paymentFailed: 0,
  };
  if (!history || history.length === 0) return r;

  // The most recent contact that ended resolved closes out the trouble before it.
  let resolvedAt = Number.POSITIVE_INFINITY;
  let refundIssuedAt = Number.POSITIVE_INFINITY;
  for (const e of history) {
    const d = daysOf(e);
    if (d === undefined) continue;
    if (e.type === "contact" && e.outcome === "resolved") resolvedAt = Math.min(resolvedAt, d);
    if (e.type === "refund_issued") refundIssuedAt = Math.min(refundIssuedAt, d);
  }
  const fade = (d: number): number => (d > resolvedAt ? 0.25 : 1);

  for (const e of history) {
    const d = daysOf(e);
    if (d === undefined) continue;
    switch (e.type) {
      case "contact":
        if (e.outcome === "unresolved") r.repeatUnresolved += windowed(d, 7, 7) * fade(d);
        // An abandoned chat may be a dropped phone as often as a failed answer.
        else if (e.outcome === "abandoned") r.repeatUnresolved += 0.4 * windowed(d, 7, 7) * fade(d);
        break;
      case "callback_missed":
        r.callbackMissed += windowed(d, 14, 14) * fade(d);
        break;
      case "delivery_delayed": {
        const late = typeof e.daysLate === "number" ? e.daysLate : 3;
        const size = late >= 7 ? 1 : late >= 3 ? 0.5 : 0.2;
        r.deliveryDelayed = Math.max(r.deliveryDelayed, size * windowed(d, 21, 21) * fade(d));
        break;
      }
      case "refund_pending": {
        if (refundIssuedAt < d) break;
        // Refunds are usually promised within two weeks; past that the wait itself is the trouble.
        const overdue = d >= 14 ? 1 : d >= 7 ? 0.5 : 0.2;
        r.refundPending = Math.max(r.refundPending, overdue);
        break;
      }
      case "complaint_opened":
        r.complaintOpen = Math.max(r.complaintOpen, windowed(d, 90, 60) * (d > resolvedAt ? 0.3 : 1));
        break;
      case "csat": {
        const score = typeof e.score === "number" ? e.score : 3;
        const low = score <= 1 ? 1 : score <= 2 ? 0.9 : 0;
        r.lowRating = Math.max(r.lowRating, low * windowed(d, 21, 14) * fade(d));
        break;
      }
      case "escalated":
        r.recentEscalation = Math.max(r.recentEscalation, windowed(d, 14, 14) * fade(d));
        break;
      case "payment_overdue":
        r.paymentOverdue = Math.max(r.paymentOverdue, windowed(d, 60, 30));
        break;
      case "payment_failed":
        r.paymentFailed = Math.max(r.paymentFailed, windowed(d, 14, 14));
        break;
      default:
        // Unknown and benign types (order_delivered, refund_issued, …) carry no weight.
        break;
    }
  }
  r.repeatUnresolved = Math.min(2, r.repeatUnresolved);
  r.callbackMissed = Math.min(1.5, r.callbackMissed);
  return r;
}

function daysOf(e: HistoryEvent): number | undefined {
  return typeof e.daysAgo === "number" && Number.isFinite(e.daysAgo) && e.daysAgo >= 0 ? e.daysAgo : undefined;
}
