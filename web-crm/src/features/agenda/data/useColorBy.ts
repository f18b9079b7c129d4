import { useCallback, useState } from 'react';
import type { AgendaColorBy } from './agenda-state';

const KEY = 'serenaia.agenda.colorBy';

function stored(): AgendaColorBy {
  try {
    return window.localStorage.getItem(KEY) === 'practitioner' ? 'practitioner' : 'category';
  } catch {
    return 'category'; // storage refused (private mode): the default
  }
}

/** What the agenda's colours say, a choice of this device kept across visits (not in the URL: not shared). */
export function useColorBy(): [AgendaColorBy, (next: AgendaColorBy) => void] {
  const [colorBy, setColorBy] = useState<AgendaColorBy>(stored);
  const choose = useCallback((next: AgendaColorBy) => {
    setColorBy(next);
    try {
      window.localStorage.setItem(KEY, next);
    } catch {
      // Not kept, still applied.
    }
  }, []);
  return [colorBy, choose];
}
