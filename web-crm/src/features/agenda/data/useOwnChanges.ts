import { useCallback, useEffect, useRef } from 'react';
import type { AgendaChange } from './agenda-state';

/** How long a change we made ourselves is recognised when its live message comes back. */
const OWN_CHANGE_MS = 15_000;

/**
 * Tells the agenda's own changes (this screen's drags, dialogs, actions) from the ones made
 * elsewhere (the public site, another desk): only the latter deserve a "Mis à jour" hint.
 */
export function useOwnChanges() {
  const own = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const creating = useRef(0);

  useEffect(() => {
    const timers = own.current;
    return () => timers.forEach((timer) => clearTimeout(timer));
  }, []);

  const markOwn = useCallback((id: string) => {
    const timers = own.current;
    const previous = timers.get(id);
    if (previous !== undefined) clearTimeout(previous);
    timers.set(
      id,
      setTimeout(() => timers.delete(id), OWN_CHANGE_MS),
    );
  }, []);

  /** Wraps a creation: its id is unknown until the answer, which may come after the live message. */
  const creation = useCallback(
    async <T>(run: () => Promise<T>, idOf: (result: T) => string | undefined): Promise<T> => {
      creating.current += 1;
      try {
        const result = await run();
        const id = idOf(result);
        if (id !== undefined) markOwn(id);
        return result;
      } finally {
        creating.current -= 1;
      }
    },
    [markOwn],
  );

  const isOwn = useCallback((change: AgendaChange): boolean => {
    const id = change.booking?.id ?? change.block?.id;
    if (id !== undefined && own.current.has(id)) return true;
    return creating.current > 0 && (change.kind === 'CREATED' || change.kind === 'BLOCKED');
  }, []);

  return { markOwn, creation, isOwn };
}
