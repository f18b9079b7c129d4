import { useEffect, useRef } from 'react';

/** Function keys of the desktop till (F2 search, F8 cash exact, F9 pay…): one listener on the window. */
export function useShortcuts(map: Partial<Record<string, () => void>>): void {
  const latest = useRef(map);
  useEffect(() => {
    latest.current = map;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = latest.current[event.key];
      if (action === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
