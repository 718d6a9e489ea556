import { useEffect, useState } from "preact/hooks";

/** The current time, refreshed every `ms`, so wait times keep counting on screen. */
export function useNow(ms = 15_000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}
