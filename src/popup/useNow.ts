import { useEffect, useState } from 'preact/hooks';

/** The time, refreshed every `everyMs`: "2 min ago" in an open popup stays true. */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
