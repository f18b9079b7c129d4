import type { HomePageQuery } from '../../gql/graphql';

/** Everything the home page shows: the institute and its catalogue. */
export type HomeData = HomePageQuery;

/**
 * The text of `HomePage.graphql` (a test keeps them equal). The home page sends it with a plain
 * `fetch`: it does not load the GraphQL client (urql), which only the booking and manage pages need.
 */
export const HOME_QUERY = `query HomePage {
  settings {
    institute {
      name
      legalName
      addressLine1
      addressLine2
      postalCode
      city
      phone
      email
      siret
      vatNumber
    }
  }
  serviceCategories {
    id
    name
    description
    color
    services {
      id
      name
      durationMinutes
      priceCents
    }
  }
}
`;

/** Asks the API for the home page's data (POST: Apollo's CSRF prevention refuses a simple GET). */
export async function fetchHomeData(signal?: AbortSignal): Promise<HomeData> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ operationName: 'HomePage', query: HOME_QUERY }),
    signal,
  });
  const body = (await response.json()) as { data?: HomeData | null; errors?: unknown[] };
  if (!response.ok || !body.data || (body.errors?.length ?? 0) > 0) {
    throw new Error(`HomePage query failed (HTTP ${response.status})`);
  }
  return body.data;
}
