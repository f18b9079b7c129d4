import type {
  BookingCatalogQuery,
  BookingPractitionersQuery,
  CreateBookingMutation,
} from '../../gql/graphql';

export type CatalogCategory = BookingCatalogQuery['serviceCategories'][number];
export type CatalogService = CatalogCategory['services'][number];
export type BookablePractitioner = BookingPractitionersQuery['practitioners'][number];
export type CreatedBooking = CreateBookingMutation['createBooking'];
