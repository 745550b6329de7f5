import { useEffect, useState } from 'react';

/** How often relative times ("2 minutes ago") are refreshed. */
export const NOW_REFRESH_MS = 10_000;

/** The current time, refreshed every `intervalMs`; a fixed `override` (tests, screenshots) stops the clock. */
export function useNow(override?: number, intervalMs = NOW_REFRESH_MS): number {
  const [now, setNow] = useState(() => override ?? Date.now());
  useEffect(() => {
    if (override !== undefined) return undefined;
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [override, intervalMs]);
  return override ?? now;
}
