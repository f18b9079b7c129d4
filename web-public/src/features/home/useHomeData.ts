import { useCallback, useEffect, useState } from 'react';
import { fetchHomeData, type HomeData } from './home-data';

/** Kept for the session: coming back to the home page does not ask again. */
let loaded: HomeData | null = null;

export type HomeDataLoader = (signal: AbortSignal) => Promise<HomeData>;

/**
 * The home page's data when the app shows it (reached from another page of the app, the server's
 * rendering unavailable, or Vite's dev server): one request to the API, kept for the session. A
 * first visit to `/` gets the page rendered by the server, which runs no script.
 */
export function useHomeData(load: HomeDataLoader = fetchHomeData) {
  const [data, setData] = useState<HomeData | null>(loaded);
  const [error, setError] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (data !== null) return;
    const controller = new AbortController();
    load(controller.signal).then(
      (result) => {
        loaded = result;
        setData(result);
      },
      () => {
        if (!controller.signal.aborted) setError(true);
      },
    );
    return () => controller.abort();
  }, [data, load, attempt]);
  const retry = useCallback(() => {
    setError(false);
    setAttempt((n) => n + 1);
  }, []);
  return { data, error: error && data === null, retry };
}

/** Forgets the data kept for the session (tests). */
export function resetHomeData(): void {
  loaded = null;
}
