import { useQuery } from 'urql';
import { AgendaSettingsDocument, type AgendaSettingsQuery } from '../../../gql/graphql';

export type Cabin = AgendaSettingsQuery['cabins'][number];

/** Slots start on multiples of this (the server's `slotGranularityMinutes`) until it is known. */
export const DEFAULT_GRANULARITY = 15;

/** The slot granularity (drops and clicks snap to it) and the cabins (for block labels and forms). */
export function useAgendaSettings(): { granularity: number; cabins: Cabin[] } {
  const [{ data }] = useQuery({ query: AgendaSettingsDocument });
  return {
    granularity: data?.settings.booking.slotGranularityMinutes ?? DEFAULT_GRANULARITY,
    cabins: data?.cabins ?? [],
  };
}
