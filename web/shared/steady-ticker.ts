// A repeating tick that keeps its pace in a background tab. Chrome limits timers of
// a page hidden for 5 minutes to one wake-up a minute, which would let an agent's
// 15 s heartbeat slip past the desk's 60 s limit and re-queue their conversations
// while they only switched tabs. A dedicated worker's timers are not throttled that
// way, so the worker keeps time and the page only answers its messages.
const WORKER_SOURCE = "onmessage=function(e){setInterval(function(){postMessage(0)},e.data)}";

export function startTicker(everyMs: number, tick: () => void): () => void {
  try {
    const url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: "text/javascript" }));
    const worker = new Worker(url);
    URL.revokeObjectURL(url);
    worker.onmessage = tick;
    worker.postMessage(everyMs);
    return () => worker.terminate();
  } catch {
    // No workers (or a policy forbids blob: workers): a plain timer still works in the foreground.
    const timer = setInterval(tick, everyMs);
    return () => clearInterval(timer);
  }
}
