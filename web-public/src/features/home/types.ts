import type { PublicHomeQuery } from '../../gql/graphql';

export type PublicInstitute = PublicHomeQuery['settings']['institute'];

/** Anchor of the "Nous trouver" section (linked from the header and the hero). */
export const FIND_US_ID = 'nous-trouver';
