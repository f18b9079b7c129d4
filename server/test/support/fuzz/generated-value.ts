/** Valid-looking values built from argument types, for operations that have no hand-written baseline. */
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  getNamedType,
  type GraphQLInputType,
} from 'graphql';
import type { Fixture } from './baseline.js';

/** A plausible id for an argument named like `bookingId`, `practitionerId`, `id`… */
function guessId(name: string, fx: Fixture): string {
  const known: Record<string, string> = {
    bookingId: fx.bookings.shared,
    clientId: fx.clientId,
    practitionerId: fx.practitionerId,
    serviceId: fx.serviceId,
    categoryId: fx.categoryId,
    cabinId: fx.cabinId,
    cabinTypeId: fx.cabinTypeId,
    readerId: fx.readerId,
    checkoutId: fx.checkoutId,
    paymentId: fx.paymentId,
    userId: fx.staffUserId,
  };
  return known[name] ?? fx.bookings.shared;
}

/** A valid-looking value of a type, required positions only, for operations without a baseline. */
export function generatedValue(type: GraphQLInputType, name: string, fx: Fixture): unknown {
  const inner = type instanceof GraphQLNonNull ? type.ofType : type;
  if (inner instanceof GraphQLList) return [generatedValue(inner.ofType, name, fx)];
  if (inner instanceof GraphQLInputObjectType) {
    const fields = Object.values(inner.getFields()).filter((f) => f.type instanceof GraphQLNonNull);
    return Object.fromEntries(fields.map((f) => [f.name, generatedValue(f.type, f.name, fx)]));
  }
  if (inner instanceof GraphQLEnumType) return inner.getValues()[0]?.value;
  switch (getNamedType(inner).name) {
    case 'ID':
      return guessId(name, fx);
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'DateTime':
      return fx.freeStarts[7];
    case 'LocalDate':
      return fx.day;
    default:
      return 'Texte';
  }
}
