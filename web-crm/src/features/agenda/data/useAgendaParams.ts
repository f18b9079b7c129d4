import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isLocalDate, weekDays, type LocalDate } from '@serenaia/shared/paris-time';
import type { AgendaView } from '../AgendaToolbar';

/**
 * The agenda's choices, kept in the URL (reload-proof, shareable): `jour` (the day, today when absent),
 * `vue=semaine` or `vue=mois`, `annules=1`, `masques` (hidden practitioners), `praticien` (the week's), `rdv` (a
 * booking to open). `update` changes some of them in place (no new history entry).
 */
export function useAgendaParams(today: LocalDate) {
  const [params, setParams] = useSearchParams();
  const rawDay = params.get('jour');
  const day: LocalDate = isLocalDate(rawDay) ? rawDay : today;
  const rawView = params.get('vue');
  const view: AgendaView = rawView === 'semaine' ? 'week' : rawView === 'mois' ? 'month' : 'day';
  const showCancelled = params.get('annules') === '1';
  const hidden = useMemo(() => new Set((params.get('masques') ?? '').split(',').filter(Boolean)), [params]);
  // The days loaded one by one (the month view loads its summary at once: none).
  const days = useMemo(() => (view === 'week' ? weekDays(day) : view === 'month' ? [] : [day]), [view, day]);

  const update = useCallback(
    (changes: Record<string, string | null>) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(changes)) {
            if (value === null || value === '') next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return {
    day,
    view,
    days,
    showCancelled,
    hidden,
    weekPractitionerId: params.get('praticien'),
    bookingLink: params.get('rdv'),
    update,
  };
}
