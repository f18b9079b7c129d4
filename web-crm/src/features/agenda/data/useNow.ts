import { useEffect, useState } from 'react';

/** The current time, refreshed every `intervalMs` (the now line, "once started" actions). */
export function useNow(intervalMs = 30_000, clock: () => number = Date.now): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const timer = setInterval(() => setNow(clock()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs, clock]);
  return now;
}
