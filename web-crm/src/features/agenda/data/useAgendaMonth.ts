import type { CombinedError } from '@urql/core';
import { useQuery } from 'urql';
import { AgendaMonthDocument, type AgendaMonthQuery } from '../../../gql/graphql';

export type AgendaMonthData = AgendaMonthQuery['agendaMonth'];

export interface AgendaMonthState {
  data: AgendaMonthData | undefined;
  fetching: boolean;
  error: CombinedError | undefined;
  refetch: () => void;
}

/**
 * The month view's bookings summed up per day (`agendaMonth`: one request for the 35–42 days shown),
 * fetched afresh on each visit of a month; nothing is asked while `month` is null (day and week views).
 */
export function useAgendaMonth(month: string | null): AgendaMonthState {
  const [result, reexecute] = useQuery({
    query: AgendaMonthDocument,
    variables: { month: month ?? '' },
    pause: month === null,
    requestPolicy: 'cache-and-network',
  });
  const data = result.data?.agendaMonth;
  return {
    data: data !== undefined && data.month === month ? data : undefined,
    fetching: result.fetching,
    error: result.error,
    refetch: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
