import { useCallback } from 'react';
import { useQuery } from 'urql';
import { SiteSettingsDocument, type SiteSettingsQuery } from '../../gql/graphql';

export type SiteInstitute = SiteSettingsQuery['settings']['institute'];
export type SiteBookingSettings = SiteSettingsQuery['settings']['booking'];

/** The institute's identity and booking policy (cached: every page of the site asks for it). */
export function useSiteSettings() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SiteSettingsDocument });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return {
    institute: data?.settings.institute ?? null,
    booking: data?.settings.booking ?? null,
    fetching,
    error,
    retry,
  };
}
