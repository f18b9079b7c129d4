import { useEffect, useRef } from 'react';
import { useClient } from 'urql';
import { AgendaChangedDocument } from '../../../gql/graphql';
import type { LocalDate } from '@serenaia/shared/paris-time';
import type { AgendaChange } from './agenda-state';

export interface AgendaDaySubscriptionProps {
  day: LocalDate;
  onChange: (change: AgendaChange) => void;
  /** The server ended the subscription with an error (the parent reloads and subscribes again). */
  onError: (day: LocalDate) => void;
}

/**
 * `agendaChanged(day)` for one displayed day. Keyed on the day: changing day ends this subscription
 * and starts the next one; graphql-ws resubscribes it by itself after a reconnection. Every message
 * is handed over (none is dropped between two renders).
 */
export function AgendaDaySubscription({ day, onChange, onError }: AgendaDaySubscriptionProps) {
  const client = useClient();
  const handlers = useRef({ onChange, onError });
  useEffect(() => {
    handlers.current = { onChange, onError };
  });

  useEffect(() => {
    const subscription = client.subscription(AgendaChangedDocument, { day }).subscribe((result) => {
      if (result.data) handlers.current.onChange(result.data.agendaChanged);
      else if (result.error) handlers.current.onError(day);
    });
    return () => subscription.unsubscribe();
  }, [client, day]);

  return null;
}
